// Places through the binary: the seed article's events carry the locations
// its text names, --no-geo codes without a gazetteer, and a missing or damaged
// gazetteer stops 'khaldun code' with a message that says what to do.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <fstream>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

const std::string kSeed = std::string(KHALDUN_SHARED_DIR) + "/examples/seed_article.jsonl";

struct Located {
  int sentence = -1;
  std::string source, target, text, name, country;
  double lat = 0, lon = 0;
  bool has_location = false;
};

std::vector<Located> ParseLocations(const std::string& jsonl) {
  std::vector<Located> out;
  simdjson::dom::parser parser;
  for (const EventRow& row : ParseEvents(jsonl)) {
    Located l;
    l.sentence = row.sentence_index;
    l.source = row.source;
    l.target = row.target;
    simdjson::dom::element doc;
    EXPECT_EQ(parser.parse(row.line).get(doc), simdjson::SUCCESS) << row.line;
    simdjson::dom::element loc;
    EXPECT_EQ(doc["location"].get(loc), simdjson::SUCCESS) << "no location key: " << row.line;
    if (!loc.is_null()) {
      l.has_location = true;
      l.text = std::string(loc["text"].get_string().value());
      l.name = std::string(loc["name"].get_string().value());
      l.country = std::string(loc["country"].get_string().value());
      l.lat = loc["lat"].get_double().value();
      l.lon = loc["lon"].get_double().value();
    }
    out.push_back(l);
  }
  return out;
}

TEST(GeoEndToEnd, SeedArticleSentence5IsPlacedInLebanonGazaAndJerusalem) {
  if (!std::ifstream(kSeed)) GTEST_SKIP() << "../shared not present (" << kSeed << ")";
  RunResult r = RunKhaldun("code '" + kSeed + "'");
  ASSERT_EQ(r.exit_status, 0) << r.err;
  bool lebanon = false, gaza = false, quds = false;
  for (const Located& e : ParseLocations(r.out)) {
    if (e.sentence != 5 || !e.has_location) continue;
    // "Israel launched attacks against southern Lebanon and the Gaza Strip
    // ... attacks against worshipers in al-Quds."
    if (e.target == "LBN" && e.text == "southern Lebanon" && e.country == "LBN" && e.lat > 33.0 &&
        e.lat < 33.5 && e.lon > 35.1 && e.lon < 35.8)
      lebanon = true;
    if (e.target == "PSE" && e.text == "Gaza Strip" && e.country == "PSE" && e.lat > 31.2 &&
        e.lat < 31.6 && e.lon > 34.2 && e.lon < 34.6)
      gaza = true;
    if (e.text == "al-Quds" && e.name == "Jerusalem" && std::abs(e.lat - 31.77) < 0.05 &&
        std::abs(e.lon - 35.22) < 0.05)
      quds = true;
  }
  EXPECT_TRUE(lebanon) << r.out;
  EXPECT_TRUE(gaza) << r.out;
  EXPECT_TRUE(quds) << r.out;
}

TEST(GeoEndToEnd, NoGeoCodesWithoutPlaces) {
  std::string article = TempFile(
      "{\"id\":\"a\",\"date\":\"2024-03-01\",\"text\":\"Israel attacked Hamas fighters in Gaza "
      "on Monday.\"}\n");
  RunResult with = RunKhaldun("code '" + article + "'");
  ASSERT_EQ(with.exit_status, 0) << with.err;
  std::vector<Located> placed = ParseLocations(with.out);
  ASSERT_FALSE(placed.empty()) << with.out;
  EXPECT_EQ(placed[0].name, "Gaza Strip");

  RunResult without = RunKhaldun("code --no-geo --gazetteer /nonexistent.khg '" + article + "'");
  ASSERT_EQ(without.exit_status, 0) << without.err;
  std::vector<Located> unplaced = ParseLocations(without.out);
  ASSERT_EQ(unplaced.size(), placed.size());
  for (const Located& e : unplaced) EXPECT_FALSE(e.has_location);
}

TEST(GeoEndToEnd, MissingOrDamagedGazetteerIsAClearError) {
  std::string article =
      TempFile("{\"id\":\"a\",\"date\":\"2024-03-01\",\"text\":\"Israel attacked Gaza.\"}\n");
  RunResult missing = RunKhaldun("code --gazetteer /nonexistent/g.khg '" + article + "'");
  EXPECT_EQ(missing.exit_status, 1);
  EXPECT_NE(missing.err.find("/nonexistent/g.khg: cannot open the gazetteer"), std::string::npos)
      << missing.err;
  EXPECT_NE(missing.err.find("--no-geo"), std::string::npos) << missing.err;
  EXPECT_TRUE(missing.out.empty());

  std::string damaged = TempFile("KHGAZET\n but not really a gazetteer", ".khg");
  RunResult bad = RunKhaldun("code --gazetteer '" + damaged + "' '" + article + "'");
  EXPECT_EQ(bad.exit_status, 1);
  EXPECT_NE(bad.err.find(damaged + ": "), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("--no-geo"), std::string::npos) << bad.err;
}

TEST(GeoEndToEnd, GeoCommandShowsResolutions) {
  RunResult r = RunKhaldun("geo 'A tornado hit Paris, Texas, and talks went on in Paris.'");
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_NE(r.out.find("Paris, Texas\t[14,26) sentence 1 -> Paris (P.PPLA2) USA / Texas"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Paris\t[49,54) sentence 1 -> Paris (P.PPLC) FRA"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace khaldun::e2e
