// Dated office holders from the bundled people_europe.txt, people_americas.txt
// and people_asia_pacific.txt: the same name codes by the article's date, as a
// minister while in office and as a former leader (ELI) after. Expected codes
// come from the terms of office, worked out by hand.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

// Codes one article per line and returns "SOURCE>TARGET" by article id.
std::map<std::string, std::string> SourceAndTargetById(const std::string& jsonl) {
  RunResult r = RunKhaldun("code '" + TempFile(jsonl) + "'");
  EXPECT_EQ(r.exit_status, 0) << r.err;
  std::map<std::string, std::string> out;
  for (const EventRow& e : ParseEvents(r.out)) {
    EXPECT_EQ(out.count(e.doc_id), 0u) << "two events for " << e.doc_id;
    out[e.doc_id] = e.source + ">" + e.target;
  }
  return out;
}

std::string Article(const std::string& id, const std::string& date, const std::string& text) {
  return R"({"id": ")" + id + R"(", "date": ")" + date + R"(", "text": ")" + text + "\"}\n";
}

TEST(OfficeHoldersTest, MinisterInOfficeAndAfter) {
  std::string input;
  // Gen Nakatani: Japan's defence minister again from 2024-10-01 to 2025-10-21.
  input += Article("nakatani-2025", "2025-03-10", "Gen Nakatani criticized North Korea.");
  input += Article("nakatani-2021", "2021-03-10", "Gen Nakatani criticized North Korea.");
  // Kasit Piromya: Thailand's foreign minister from 2008-12-20 to 2011-08-09.
  input += Article("kasit-2010", "2010-05-10", "Kasit Piromya criticized Cambodia.");
  input += Article("kasit-2016", "2016-05-10", "Kasit Piromya criticized Cambodia.");
  // Teodoro Locsin: the Philippines' foreign secretary from 2018-10-17 to 2022-06-30.
  input += Article("locsin-2020", "2020-08-01", "Teodoro Locsin criticized China.");
  input += Article("locsin-2024", "2024-08-01", "Teodoro Locsin criticized China.");
  std::map<std::string, std::string> got = SourceAndTargetById(input);
  EXPECT_EQ(got["nakatani-2025"], "JPNGOV>PRK");
  EXPECT_EQ(got["nakatani-2021"], "JPNELI>PRK");
  EXPECT_EQ(got["kasit-2010"], "THAGOV>KHM");
  EXPECT_EQ(got["kasit-2016"], "THAELI>KHM");
  EXPECT_EQ(got["locsin-2020"], "PHLGOV>CHN");
  EXPECT_EQ(got["locsin-2024"], "PHLELI>CHN");
}

TEST(OfficeHoldersTest, BareSurnameCodesLikeTheFullName) {
  std::string input;
  // Traian Basescu: Romania's president from 2004-12-20 to 2014-12-21.
  input += Article("basescu-2009", "2009-05-10", "Traian Basescu criticized Moldova.");
  input += Article("basescu-2016", "2016-05-10", "Basescu criticized Moldova.");
  std::map<std::string, std::string> got = SourceAndTargetById(input);
  EXPECT_EQ(got["basescu-2009"], "ROUGOV>MDA");
  EXPECT_EQ(got["basescu-2016"], "ROUELI>MDA");
}

TEST(OfficeHoldersTest, TwoMinistersOfDifferentCountries) {
  // In 2008 Chertoff headed US Homeland Security and Smith was Britain's Home Secretary.
  std::map<std::string, std::string> got = SourceAndTargetById(
      Article("home-2008", "2008-05-10", "Michael Chertoff met Jacqui Smith in London."));
  EXPECT_EQ(got["home-2008"], "USAGOV>GBRGOV");
}

TEST(OfficeHoldersTest, ArmedGroupLeadersTakeTheirGroupsCode) {
  std::string input;
  input += Article("reyes", "2004-05-10", "Raul Reyes accused Colombia of massacres.");
  input += Article("misuari", "2010-05-10", "Nur Misuari condemned the Philippines.");
  std::map<std::string, std::string> got = SourceAndTargetById(input);
  EXPECT_EQ(got["reyes"], "COLREBFRC>COL");
  EXPECT_EQ(got["misuari"], "PHLREBMNL>PHL");
}

}  // namespace
}  // namespace khaldun::e2e
