#include "output/event_json.h"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace khaldun::output {
namespace {

TEST(EventJsonTest, WritesTheContractKeysAndEvidence) {
  std::string error;
  auto book =
      cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  ASSERT_NE(book, nullptr) << error;

  std::string text = "Iran condemned Israel.";
  coder::Event e;
  e.doc_id = "doc \"1\"";
  e.sentence_index = 0;
  e.sentence = {0, static_cast<uint32_t>(text.size())};
  e.source.code = "IRN";
  e.source.text = "Iran";
  e.source.span = {0, 4};
  e.source.entries.push_back({"actor", "Iran", "data/dict/countries.txt:10"});
  e.target.code = "ISR";
  e.target.text = "Israel";
  e.target.span = {15, 21};
  e.cameo = "111";
  e.date = "2023-04-08";
  e.mode = "verb";
  e.pattern = "condemn";
  e.event_spans = {{5, 14}};
  e.event_text = "condemned";
  e.event_entry = {"verb", "condemn | denounce", "data/dict/verbs.txt:3"};

  std::string line;
  AppendEventJson(e, text, *book, &line);
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1) << "one event, one line";

  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  EXPECT_EQ(std::string_view(doc["doc_id"]), "doc \"1\"");
  EXPECT_EQ(int64_t(doc["sentence_index"]), 0);
  EXPECT_EQ(int64_t(doc["sentence_start"]), 0);
  EXPECT_EQ(int64_t(doc["sentence_end"]), 22);
  EXPECT_EQ(std::string_view(doc["source"]), "IRN");
  EXPECT_EQ(std::string_view(doc["target"]), "ISR");
  EXPECT_EQ(std::string_view(doc["cameo"]), "111");
  EXPECT_EQ(std::string_view(doc["date"]), "2023-04-08");
  // From the codebook: root 11, verbal conflict, Goldstein -2, PLOVER ACCUSE.
  EXPECT_EQ(std::string_view(doc["root"]), "11");
  EXPECT_EQ(int64_t(doc["quad_class"]), 3);
  EXPECT_DOUBLE_EQ(double(doc["goldstein"]), -2.0);
  EXPECT_EQ(std::string_view(doc["plover"]["event"]), "ACCUSE");
  EXPECT_EQ(std::string_view(doc["source_text"]), "Iran");
  EXPECT_EQ(std::string_view(doc["target_text"]), "Israel");
  EXPECT_EQ(std::string_view(doc["evidence"]["sentence"]), text);
  EXPECT_EQ(std::string_view(doc["evidence"]["words"]), "condemned");
  EXPECT_EQ(int64_t(doc["evidence"]["spans"].at(0).at(0)), 5);
  EXPECT_EQ(std::string_view(doc["evidence"]["entry"]["where"]), "data/dict/verbs.txt:3");
  EXPECT_EQ(std::string_view(doc["source_actor"]["entries"].at(0)["where"]),
            "data/dict/countries.txt:10");
}

TEST(EventJsonTest, MissingTargetAndUnmappedCodeAreNull) {
  std::string error;
  auto book =
      cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  ASSERT_NE(book, nullptr) << error;
  coder::Event e;
  e.doc_id = "d";
  e.source.code = "IRN";
  e.cameo = "026";  // PLOVER 2021 has no mapping for CAMEO appeals
  e.date = "2023-04-08";
  std::string line;
  AppendEventJson(e, "", *book, &line);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  EXPECT_TRUE(doc["target"].is_null());
  EXPECT_TRUE(doc["plover"].is_null());
  EXPECT_TRUE(doc["target_actor"].is_null());
  EXPECT_EQ(std::string_view(doc["root"]), "02");
}

TEST(EventJsonTest, LocationIsAnObjectOrNull) {
  std::string error;
  auto book =
      cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  ASSERT_NE(book, nullptr) << error;
  std::string text = "Clashes broke out in al-Quds.";
  coder::Event e;
  e.doc_id = "d";
  e.sentence = {0, static_cast<uint32_t>(text.size())};
  e.source.code = "ISR";
  e.cameo = "190";
  e.date = "2023-04-07";
  coder::EventLocation l;
  l.text = "al-Quds";
  l.span = {21, 28};
  l.name = "Jerusalem";
  l.feature = "P.PPLA";
  l.country = "ISR";
  l.admin1 = "Jerusalem";
  l.lat = 31.769;
  l.lon = 35.216;
  l.geonames_id = 281184;
  e.location = l;

  std::string line;
  AppendEventJson(e, text, *book, &line);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  simdjson::dom::element loc = doc["location"];
  EXPECT_EQ(std::string(loc["text"].get_string().value()), "al-Quds");
  EXPECT_EQ(std::string(loc["name"].get_string().value()), "Jerusalem");
  EXPECT_EQ(std::string(loc["feature"].get_string().value()), "P.PPLA");
  EXPECT_EQ(std::string(loc["country"].get_string().value()), "ISR");
  EXPECT_EQ(std::string(loc["admin1"].get_string().value()), "Jerusalem");
  EXPECT_DOUBLE_EQ(loc["lat"].get_double().value(), 31.769);
  EXPECT_DOUBLE_EQ(loc["lon"].get_double().value(), 35.216);
  EXPECT_EQ(loc["geonames_id"].get_int64().value(), 281184);
  EXPECT_EQ(loc["start"].get_int64().value(), 21);
  EXPECT_EQ(loc["end"].get_int64().value(), 28);

  // A region across borders has no country; our own places have no GeoNames id.
  e.location->country.clear();
  e.location->geonames_id = 0;
  line.clear();
  AppendEventJson(e, text, *book, &line);
  ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  EXPECT_TRUE(doc["location"]["country"].is_null());
  EXPECT_TRUE(doc["location"]["geonames_id"].is_null());

  e.location.reset();
  line.clear();
  AppendEventJson(e, text, *book, &line);
  ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  EXPECT_TRUE(doc["location"].is_null());
}

TEST(EventJsonTest, IssuesAreAnArrayEvenWhenEmpty) {
  std::string error;
  auto book =
      cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  ASSERT_NE(book, nullptr) << error;
  std::string text = "Teachers protested outside the ministry.";
  coder::Event e;
  e.doc_id = "d";
  e.sentence = {0, static_cast<uint32_t>(text.size())};
  e.source.code = "---EDU";
  e.cameo = "141";
  e.date = "2024-05-06";

  std::string line;
  AppendEventJson(e, text, *book, &line);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  simdjson::dom::array issues;
  ASSERT_EQ(doc["issues"].get(issues), simdjson::SUCCESS) << line;
  EXPECT_EQ(issues.size(), 0u);

  e.issues.push_back(coder::IssueMatch{"TEACHERS", "EDUCATION", "Teachers", {0, 8}});
  e.issues.push_back(coder::IssueMatch{"DRONE", "", "drone", {50, 55}});
  line.clear();
  AppendEventJson(e, text, *book, &line);
  ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  ASSERT_EQ(doc["issues"].get(issues), simdjson::SUCCESS) << line;
  ASSERT_EQ(issues.size(), 2u);
  simdjson::dom::element first = issues.at(0);
  EXPECT_EQ(std::string_view(first["code"]), "TEACHERS");
  EXPECT_EQ(std::string_view(first["category"]), "EDUCATION");
  EXPECT_EQ(std::string_view(first["text"]), "Teachers");
  EXPECT_EQ(int64_t(first["start"]), 0);
  EXPECT_EQ(int64_t(first["end"]), 8);
  EXPECT_TRUE(issues.at(1)["category"].is_null());
}

}  // namespace
}  // namespace khaldun::output
