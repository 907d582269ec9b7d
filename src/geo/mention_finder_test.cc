#include "geo/mention_finder.h"

#include <gtest/gtest.h>

#include "geo/disambiguator.h"
#include "geo/test_gazetteer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace khaldun::geo {
namespace {

class MentionFinderTest : public ::testing::Test {
 protected:
  std::vector<PlaceMention> Find(const std::string& text) {
    text_ = text;
    std::vector<PlaceMention> all;
    for (text::Span s : text::SplitSentences(text_)) {
      auto found = FindPlaceMentions(*g_, text_, text::Tokenize(text_, s, nullptr));
      all.insert(all.end(), found.begin(), found.end());
    }
    return all;
  }
  std::string Resolved(const PlaceMention& m, ArticleContext context = {}) {
    Place p = g_->place(Resolve(*g_, m, context));
    return std::string(p.name) + "/" + std::string(p.country);
  }
  std::unique_ptr<Gazetteer> g_ = TestGazetteer();
  std::string text_;
};

TEST_F(MentionFinderTest, FindsLongestNamesWithTheirEvidence) {
  auto m = Find(
      "Israel launched attacks against southern Lebanon and the Gaza Strip, and "
      "clashes broke out in al-Quds.");
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].text, "Israel");
  EXPECT_FALSE(m[0].locative);
  EXPECT_EQ(m[1].text, "southern Lebanon");
  EXPECT_EQ(m[2].text, "Gaza Strip");
  EXPECT_EQ(m[3].text, "al-Quds");
  EXPECT_TRUE(m[3].locative);
  EXPECT_EQ(Resolved(m[3]), "Jerusalem/ISR");
  EXPECT_EQ(text_.substr(m[1].span.begin, m[1].span.size()), "southern Lebanon");
}

TEST_F(MentionFinderTest, AdminContextNarrowsAndJoins) {
  auto m = Find("A storm hit Paris, Texas, on Monday.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].text, "Paris, Texas");
  EXPECT_TRUE(m[0].qualified);
  EXPECT_EQ(Resolved(m[0]), "Paris/USA");
  auto f = Find("Talks opened in Tripoli, Lebanon.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(Resolved(f[0]), "Tripoli/LBN");
}

TEST_F(MentionFinderTest, CommonWordsNeedALocative) {
  EXPECT_TRUE(Find("The mayor of Mobile resigned.").empty());
  auto m = Find("Floods struck homes in Mobile overnight.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].text, "Mobile");
  EXPECT_TRUE(Find("Talks resume in May and on Friday.").empty());
  EXPECT_TRUE(Find("Police said nothing.").empty());
}

TEST_F(MentionFinderTest, BareCitiesAreNotPartsOfPersonalNames) {
  // "Paris" inside a name is no place; opening the sentence it needs evidence.
  EXPECT_TRUE(Find("The singer Maria Paris Hilton arrived.").empty());
  EXPECT_TRUE(Find("Paris Hilton arrived.").empty());
  auto m = Find("Officials met later in Paris.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(Resolved(m[0]), "Paris/FRA");
}

TEST_F(MentionFinderTest, DatelinesAndPossessives) {
  auto m = Find("TRIPOLI, Lebanon (AP) - Israel's jets struck near Beirut.");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_TRUE(m[0].dateline);
  EXPECT_EQ(m[0].text, "TRIPOLI, Lebanon");
  EXPECT_EQ(Resolved(m[0]), "Tripoli/LBN");
  EXPECT_TRUE(m[1].possessive);
  EXPECT_EQ(m[2].text, "Beirut");
}

TEST_F(MentionFinderTest, DisambiguatesByPopulationKindAndContext) {
  auto m = Find("Fighting resumed in Tripoli.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(Resolved(m[0]), "Tripoli/LBY");
  ArticleContext lebanese;
  lebanese.actor_countries = {"LBN"};
  EXPECT_EQ(Resolved(m[0], lebanese), "Tripoli/LBN");
  ArticleContext dateline;
  dateline.dateline_country = "LBN";
  EXPECT_EQ(Resolved(m[0], dateline), "Tripoli/LBN");
  // Our listed region wins over the GeoNames city of the same name.
  auto g = Find("Shelling continued in Gaza.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(Resolved(g[0]), "Gaza Strip/PSE");
}

TEST_F(MentionFinderTest, SurvivesOddInput) {
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("in in in , , the of").empty());
  std::string long_line(100000, 'A');
  EXPECT_TRUE(Find(long_line).empty());
  auto m = Find("in Tripoli");
  EXPECT_EQ(m.size(), 1u);
}

}  // namespace
}  // namespace khaldun::geo
