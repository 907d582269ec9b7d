// The peers' validation suites (TABARI Validate.text, PETRARCH unit-test
// records) must pass at least as many records as tests/compat/pass_floor.txt
// records. Also `khaldun dict convert` and bad peer dictionary lines.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

const std::string kPeers = std::string(KHALDUN_SHARED_DIR) + "/peers";

std::map<std::string, int> Floors() {
  std::ifstream in(std::string(KHALDUN_SOURCE_DIR) + "/tests/compat/pass_floor.txt");
  std::map<std::string, int> floors;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    std::string name;
    int n = 0;
    if (ss >> name >> n) floors[name] = n;
  }
  return floors;
}

// "N passed, M failed" from the last line of a validate run.
std::pair<int, int> Tally(const std::string& out) {
  std::smatch m;
  static const std::regex kTally("(\\d+) passed, (\\d+) failed\\n$");
  if (!std::regex_search(out, m, kTally)) return {-1, -1};
  return {std::stoi(m[1]), std::stoi(m[2])};
}

void RunSuite(const std::string& name, const std::string& records, int total) {
  if (!std::ifstream(records)) GTEST_SKIP() << "../shared/peers not present (" << records << ")";
  int floor = Floors()[name];
  ASSERT_GT(floor, 0) << "no floor for " << name << " in tests/compat/pass_floor.txt";
  RunResult r = RunKhaldun("validate '" + records + "'");
  ASSERT_EQ(r.exit_status, 0) << r.err;
  auto [passed, failed] = Tally(r.out);
  EXPECT_EQ(passed + failed, total);
  EXPECT_GE(passed, floor) << name << " suite fell below its floor";
}

TEST(PeerSuites, TabariValidationSuiteStaysAboveItsFloor) {
  // The 472 standard records, START-00 to MINWRD-05.
  RunSuite("tabari", kPeers + "/TABARI-Code/Validate.text", 472);
}

TEST(PeerSuites, PetrarchUnitTestsStayAboveTheirFloor) {
  // 284 sentences, 3 in categories the file's <Include> leaves out.
  RunSuite("petrarch", kPeers + "/petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml", 281);
}

}  // namespace
}  // namespace khaldun::e2e
