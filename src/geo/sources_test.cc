#include "geo/sources.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "geo/gazetteer.h"

namespace khaldun::geo {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(SourcesTest, RegionsKeepGoodLinesAndLocateBadOnes) {
  std::string path =
      WriteTemp("khaldun_regions_test.tsv",
                "# comment\n"
                "Gaza Strip\tGaza|the Strip\tPSE\tGaza Strip\t31.42\t34.37\tL.RGN\n"
                "Nowhere\t\tPSE\t\t91\t34\tL.RGN\n"
                "Sahel\t\t-\t\t15\t2\tL.RGN\n"
                "too few fields\tPSE\n"
                "Jerusalem\tal-Quds\tISR\tJerusalem\t31.769\t35.216\tP.PPLA\t281184\n"
                "Bad id\t\tISR\t\t31\t35\tP.PPL\t12x\n");
  GazetteerBuilder builder;
  std::vector<std::string> errors;
  std::string error;
  EXPECT_EQ(AddRegions(path, &builder, &errors, &error), 3u);
  EXPECT_TRUE(error.empty());
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].rfind(path + ":3: needs a name", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1], path + ":5: expected 7 or 8 tab-separated fields, got 2");
  EXPECT_EQ(errors[2], path + ":7: bad GeoNames id \"12x\"");

  auto g = Gazetteer::FromBytes(builder.Serialize(), "regions", &error);
  ASSERT_NE(g, nullptr) << error;
  auto strip = g->Lookup("the strip");
  ASSERT_EQ(strip.size(), 1u);
  EXPECT_EQ(g->place(strip[0].place).name, "Gaza Strip");
  auto sahel = g->Lookup("sahel");
  ASSERT_EQ(sahel.size(), 1u);
  EXPECT_EQ(g->place(sahel[0].place).country, "");  // across borders
  auto quds = g->Lookup("al quds");
  ASSERT_EQ(quds.size(), 1u);
  EXPECT_EQ(g->place(quds[0].place).geonames_id, 281184u);
  std::remove(path.c_str());
}

TEST(SourcesTest, MissingRegionsFileIsAnError) {
  GazetteerBuilder builder;
  std::vector<std::string> errors;
  std::string error;
  EXPECT_EQ(AddRegions("/nonexistent/regions.tsv", &builder, &errors, &error), 0u);
  EXPECT_EQ(error, "/nonexistent/regions.tsv: cannot open");
}

TEST(SourcesTest, UsefulAlternateNames) {
  EXPECT_TRUE(UsefulAlternateName("Tarabulus"));
  EXPECT_TRUE(UsefulAlternateName("Ṭarābulus"));
  EXPECT_TRUE(UsefulAlternateName("Sant Julià de Lòria"));
  EXPECT_FALSE(UsefulAlternateName("ao er di nuo"));  // pinyin, lower case
  EXPECT_FALSE(UsefulAlternateName("Москва"));        // another script
  EXPECT_FALSE(UsefulAlternateName("LAX"));           // a code
  EXPECT_FALSE(UsefulAlternateName("Zone 3"));        // digits
  EXPECT_FALSE(UsefulAlternateName("Ab"));            // too short
}

}  // namespace
}  // namespace khaldun::geo
