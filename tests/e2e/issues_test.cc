// `khaldun code --issues` as a user runs it: with an issues file written
// here, with PETRARCH's Phoenix.IssueCoding.txt from ../shared (skipped when
// absent), through the store, and through `khaldun dict convert`.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

const std::string kPhoenixIssues =
    std::string(KHALDUN_SHARED_DIR) +
    "/peers/petrarch2/petrarch2/data/dictionaries/Phoenix.IssueCoding.txt";

bool Exists(const std::string& path) { return std::ifstream(path).good(); }

// "CODE text" of each issue of each event line, one string per event.
std::vector<std::string> IssuesOf(const std::string& jsonl) {
  std::vector<std::string> out;
  simdjson::dom::parser parser;
  size_t start = 0;
  while (start < jsonl.size()) {
    size_t end = jsonl.find('\n', start);
    std::string line = jsonl.substr(start, end - start);
    start = end == std::string::npos ? jsonl.size() : end + 1;
    simdjson::dom::element doc;
    if (parser.parse(line).get(doc)) {
      ADD_FAILURE() << "not JSON: " << line;
      continue;
    }
    simdjson::dom::array issues;
    if (doc["issues"].get(issues)) {
      ADD_FAILURE() << "no issues array: " << line;
      continue;
    }
    std::string s;
    for (simdjson::dom::element i : issues) {
      if (!s.empty()) s += ", ";
      s +=
          std::string(std::string_view(i["code"])) + " " + std::string(std::string_view(i["text"]));
    }
    out.push_back(s);
  }
  return out;
}

const char* kArticle =
    R"({"id": "ke-1", "date": "2024-05-06", "text": "NAIROBI - Kenyan teachers protested outside the Ministry of Education in Nairobi on Monday. Riot police fired tear gas at the students."})"
    "\n";

TEST(Issues, WithoutAnIssuesFileEveryEventHasAnEmptyArray) {
  std::string input = TempFile(kArticle);
  RunResult r = RunKhaldun("code --no-geo " + input);
  ASSERT_EQ(r.exit_status, 0) << r.err;
  std::vector<std::string> issues = IssuesOf(r.out);
  ASSERT_FALSE(issues.empty()) << r.out;
  for (const std::string& i : issues) EXPECT_EQ(i, "");
}

TEST(Issues, AnIssuesFileOfKhaldunLinesTagsTheEventsOfItsSentences) {
  std::string issues = TempFile(
      "issue teacher = TEACHERS in EDUCATION\n"
      "issue tear gas | riot police = VIOLENT_UNREST in VIOLENT_UNREST\n"
      "issue student = STUDENTS in EDUCATION\n",
      ".txt");
  std::string input = TempFile(kArticle);
  RunResult r = RunKhaldun("code --no-geo --issues '" + issues + "' " + input);
  ASSERT_EQ(r.exit_status, 0) << r.err;
  std::vector<EventRow> events = ParseEvents(r.out);
  std::vector<std::string> found = IssuesOf(r.out);
  ASSERT_EQ(found.size(), events.size());
  bool first = false, second = false;
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].sentence_index == 0) {
      first = true;
      EXPECT_EQ(found[i], "TEACHERS teachers") << events[i].line;
    } else if (events[i].sentence_index == 1) {
      second = true;
      EXPECT_EQ(found[i], "VIOLENT_UNREST Riot police, VIOLENT_UNREST tear gas, STUDENTS students")
          << events[i].line;
    }
  }
  EXPECT_TRUE(first && second) << r.out;
}

TEST(Issues, PhoenixIssueCodingFromPetrarch) {
  if (!Exists(kPhoenixIssues)) GTEST_SKIP() << "no " << kPhoenixIssues << " (../shared absent)";
  std::string input = TempFile(kArticle);
  RunResult r = RunKhaldun("code --no-geo --issues '" + kPhoenixIssues + "' " + input);
  ASSERT_EQ(r.exit_status, 0) << r.err;
  // The file's malformed lines are named, and the rest loads.
  EXPECT_NE(r.err.find("Phoenix.IssueCoding.txt:1198: text after [MEDIA_CENSORSHIP]"),
            std::string::npos)
      << r.err;
  std::vector<EventRow> events = ParseEvents(r.out);
  std::vector<std::string> found = IssuesOf(r.out);
  ASSERT_EQ(found.size(), events.size());
  bool first = false, second = false;
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].sentence_index == 0) {
      first = true;
      // n:teacher [TEACHERS]; nothing else of the file is in the sentence.
      EXPECT_EQ(found[i], "TEACHERS teachers") << events[i].line;
    } else if (events[i].sentence_index == 1) {
      second = true;
      // riot police, tear gas [VIOLENT_UNREST]; n:student [STUDENTS].
      EXPECT_EQ(found[i], "VIOLENT_UNREST Riot police, VIOLENT_UNREST tear gas, STUDENTS students")
          << events[i].line;
    }
  }
  EXPECT_TRUE(first && second) << r.out;
}

TEST(Issues, ExportFromTheStoreKeepsTheIssues) {
  std::string issues = TempFile("issue teacher = TEACHERS in EDUCATION\n", ".txt");
  std::string input = TempFile(kArticle);
  std::string store = TempFile("", ".db");
  RunResult code = RunKhaldun("code --no-geo --issues '" + issues + "' " + input);
  ASSERT_EQ(code.exit_status, 0) << code.err;
  ASSERT_NE(code.out.find("\"code\":\"TEACHERS\""), std::string::npos) << code.out;
  RunResult ingest =
      RunKhaldun("ingest --no-geo --issues '" + issues + "' --store '" + store + "' " + input);
  ASSERT_EQ(ingest.exit_status, 0) << ingest.err;
  EXPECT_EQ(RunKhaldun("export --store '" + store + "' --format jsonl").out, code.out);
}

TEST(Issues, DictConvertWritesIssueLinesThatCheckAndCount) {
  if (!Exists(kPhoenixIssues)) GTEST_SKIP() << "no " << kPhoenixIssues << " (../shared absent)";
  std::string dir = TempFile("", ".d");
  std::remove(dir.c_str());
  ASSERT_EQ(std::system(("mkdir -p '" + dir + "'").c_str()), 0);
  RunResult convert =
      RunKhaldun("dict convert '" + kPhoenixIssues + "' -o '" + dir + "/issues.txt'");
  EXPECT_EQ(convert.exit_status, 3) << convert.err;  // the file has malformed lines
  std::string text = ReadFile(dir + "/issues.txt");
  EXPECT_NE(text.find("issue teacher | teachers = TEACHERS in EDUCATION"), std::string::npos);
  EXPECT_NE(text.find("issue a head start = not in EDUCATION"), std::string::npos);
  // With the bundled dictionaries beside it, the folder codes issues without --issues.
  ASSERT_EQ(
      std::system(
          ("cp " + std::string(KHALDUN_SOURCE_DIR) + "/data/dict/*.txt '" + dir + "/'").c_str()),
      0);
  RunResult stats = RunKhaldun("dict stats --dict '" + dir + "'");
  ASSERT_EQ(stats.exit_status, 0) << stats.err;
  EXPECT_NE(stats.out.find("\nissue\t"), std::string::npos) << stats.out;
  EXPECT_EQ(stats.out.find("\nissue\t0\t"), std::string::npos) << stats.out;
  std::string input = TempFile(kArticle);
  RunResult r = RunKhaldun("code --no-geo --dict '" + dir + "' " + input);
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_NE(r.out.find("{\"code\":\"TEACHERS\",\"category\":\"EDUCATION\",\"text\":\"teachers\""),
            std::string::npos)
      << r.out;
  ASSERT_EQ(std::system(("rm -r '" + dir + "'").c_str()), 0);
}

}  // namespace
}  // namespace khaldun::e2e
