// Gapped actor phrases, on phrases and sentences written here by hand.
#include "compat/gapped_names.h"

#include <gtest/gtest.h>

namespace khaldun::compat {
namespace {

TEST(GappedNames, PartsFromBlanksWordsFromUnderscores) {
  GappedName n = SplitGappedName("PRINCE DOL_AMROTH_");
  ASSERT_EQ(n.parts.size(), 2u);
  EXPECT_EQ(n.parts[0], std::vector<std::string>({"prince"}));
  EXPECT_EQ(n.parts[1], std::vector<std::string>({"dol", "amroth"}));
  EXPECT_EQ(SplitGappedName("MINAS_TIRITH").parts.size(), 1u);
}

TEST(GappedNames, OtherWordsBetweenThePartsButNotAcrossAStop) {
  GappedName n = SplitGappedName("PRINCE DOL_AMROTH");
  std::vector<std::string> words = {"the", "prince", "of", "dol", "amroth", "."};
  std::vector<bool> stops(words.size(), false);
  EXPECT_EQ(MatchGappedName(n, words, stops, 1), std::vector<uint32_t>({1, 3, 4}));
  EXPECT_TRUE(MatchGappedName(n, words, stops, 0).empty());  // "the" is no part
  stops[2] = true;                                           // "of" made a stop
  EXPECT_TRUE(MatchGappedName(n, words, stops, 1).empty());
  // more than max_gap words between the parts
  std::vector<std::string> far = {"prince", "a", "b", "c", "d", "dol", "amroth"};
  EXPECT_TRUE(MatchGappedName(n, far, std::vector<bool>(far.size(), false), 0).empty());
  // a part's own words must be contiguous
  std::vector<std::string> split = {"prince", "of", "dol", "x", "amroth"};
  EXPECT_TRUE(MatchGappedName(n, split, std::vector<bool>(split.size(), false), 0).empty());
}

}  // namespace
}  // namespace khaldun::compat
