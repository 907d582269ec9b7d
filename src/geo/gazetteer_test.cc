#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "geo/fold.h"
#include "geo/test_gazetteer.h"

namespace khaldun::geo {
namespace {

TEST(FoldKeyTest, FoldsCaseMarksAndPunctuation) {
  EXPECT_EQ(FoldKey("São Paulo"), "sao paulo");
  EXPECT_EQ(FoldKey("Sana'a"), "sanaa");
  EXPECT_EQ(FoldKey("Sana\u2019a"), "sanaa");
  EXPECT_EQ(FoldKey("al-Quds"), "al quds");
  EXPECT_EQ(FoldKey("Al Quds"), "al quds");
  EXPECT_EQ(FoldKey("St. Louis"), "st louis");
  EXPECT_EQ(FoldKey("  TRIPOLI  "), "tripoli");
  EXPECT_EQ(FoldKey("Łódź"), "lodz");
  EXPECT_EQ(FoldKey("Zürich"), "zurich");
}

TEST(FoldKeyTest, KeepsOtherScriptsAndSurvivesBrokenUtf8) {
  EXPECT_EQ(FoldKey("Москва"), "Москва");
  std::string broken = "Ga\xC3za\xE2\x80";  // a cut two-byte and three-byte sequence
  std::string folded = FoldKey(broken);
  EXPECT_EQ(folded.substr(0, 2), "ga");
  EXPECT_NE(folded.find("za"), std::string::npos);
}

TEST(GazetteerTest, RoundTripsPlacesAndNames) {
  auto g = TestGazetteer();
  EXPECT_EQ(g->place_count(), 18u);
  auto tripoli = g->Lookup("tripoli");
  ASSERT_EQ(tripoli.size(), 2u);
  std::set<std::string> countries;
  for (const NameEntry& e : tripoli) countries.insert(std::string(g->place(e.place).country));
  EXPECT_EQ(countries, (std::set<std::string>{"LBN", "LBY"}));
  auto quds = g->Lookup("al quds");
  ASSERT_EQ(quds.size(), 1u);
  Place jerusalem = g->place(quds[0].place);
  EXPECT_EQ(jerusalem.name, "Jerusalem");
  EXPECT_EQ(jerusalem.geonames_id, 281184u);
  EXPECT_EQ(jerusalem.feature, "P.PPLA");
  EXPECT_NEAR(jerusalem.lat, 31.769, 1e-4);
  EXPECT_EQ(g->Lookup("tarabulus").size(), 1u);
  EXPECT_TRUE(g->Lookup("tripol").empty());
  EXPECT_TRUE(g->Lookup("").empty());
  bool longer = false;
  EXPECT_EQ(g->Lookup("gaza", &longer).size(), 2u);  // the city and our region
  EXPECT_TRUE(longer);                               // "gaza strip"
  EXPECT_EQ(g->Lookup("tripoli", &longer).size(), 2u);
  EXPECT_FALSE(longer);
  EXPECT_TRUE(g->Lookup("southern", &longer).empty());
  EXPECT_TRUE(longer);  // "southern lebanon"
  EXPECT_TRUE(g->Lookup("paris texas", &longer).empty());
  EXPECT_FALSE(longer);
}

std::unique_ptr<Gazetteer> FromBytes(std::string bytes, std::string* error) {
  return Gazetteer::FromBytes(std::move(bytes), "g.khg", error);
}

TEST(GazetteerTest, RefusesDamagedFilesWithAClearError) {
  std::string good = TestBuilder().Serialize();
  std::string error;

  EXPECT_EQ(FromBytes("", &error), nullptr);
  EXPECT_EQ(error, "g.khg: too short to be a gazetteer (0 bytes)");

  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_EQ(FromBytes(bad_magic, &error), nullptr);
  EXPECT_EQ(error, "g.khg: not a Khaldun gazetteer (bad magic)");

  std::string truncated = good.substr(0, good.size() - 10);
  EXPECT_EQ(FromBytes(truncated, &error), nullptr);
  EXPECT_NE(error.find("truncated or damaged"), std::string::npos) << error;

  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  EXPECT_EQ(FromBytes(flipped, &error), nullptr);
  EXPECT_EQ(error, "g.khg: checksum mismatch: the file is damaged; rebuild it");

  std::string other_version = good;
  other_version[8] = 9;
  EXPECT_EQ(FromBytes(other_version, &error), nullptr);
  EXPECT_EQ(error, "g.khg: gazetteer format version 9, this Khaldun reads 2; rebuild it");

  EXPECT_NE(FromBytes(good, &error), nullptr);
}

TEST(GazetteerTest, OpenNamesAMissingFile) {
  std::string error;
  EXPECT_EQ(Gazetteer::Open("/nonexistent/g.khg", &error), nullptr);
  EXPECT_EQ(error, "/nonexistent/g.khg: cannot open the gazetteer");
}

TEST(GazetteerTest, WriteThenOpen) {
  std::string path = ::testing::TempDir() + "/khaldun_geo_test.khg";
  std::string error;
  ASSERT_TRUE(TestBuilder().Write(path, &error)) << error;
  auto g = Gazetteer::Open(path, &error);
  ASSERT_NE(g, nullptr) << error;
  EXPECT_EQ(g->Lookup("sao paulo").size(), 1u);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace khaldun::geo
