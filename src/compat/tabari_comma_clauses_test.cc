// TABARI's comma-clause elimination, on token lists written here by hand.
#include "compat/tabari_comma_clauses.h"

#include <gtest/gtest.h>

namespace khaldun::compat {
namespace {

// "w" a word, "," a comma, "." a full stop (neither word nor comma).
std::vector<TabariCommaToken> Tokens(const std::string& shape) {
  std::vector<TabariCommaToken> out;
  for (char c : shape) out.push_back({c == ',', c == 'w'});
  return out;
}

std::string Shown(const std::vector<bool>& drop) {
  std::string s;
  for (bool d : drop) s += d ? 'x' : '-';
  return s;
}

TEST(TabariCommaClauses, DefaultsDropInnerAndClosingStretchesOfThreeToTenWords) {
  TabariCommaLimits limits;
  ASSERT_TRUE(limits.Apply("COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 128 BMAX = 0"));
  // opening (kept: BMIN 128), closing of 3 words (dropped with its comma;
  // the full stop stays)
  EXPECT_EQ(Shown(TabariCommaClausesToDrop(Tokens("www,www."), limits, true)), "---xxxx-");
  // inner of 4 words (dropped with both its commas); its closing comma is
  // used up, so the closing stretch is no clause and stays
  EXPECT_EQ(Shown(TabariCommaClausesToDrop(Tokens("www,wwww,www."), limits, true)),
            "---xxxxxx----");
  // a two-word inner stretch is a list, not a clause (2 is not above MIN).
  EXPECT_EQ(Shown(TabariCommaClausesToDrop(Tokens("www,ww,wwwwwwwwwwww."), limits, true)),
            "--------------------");
  // without a full stop the closing stretch stays.
  EXPECT_EQ(Shown(TabariCommaClausesToDrop(Tokens("www,www"), limits, false)), "-------");
}

TEST(TabariCommaClauses, OpeningStretchAndOff) {
  TabariCommaLimits limits;
  ASSERT_TRUE(limits.Apply("comma: min=4 max=6 emin=3 emax=6 bmin=3 bmax=8"));
  EXPECT_EQ(limits.min, 4);
  EXPECT_EQ(limits.emin, 3);
  EXPECT_EQ(limits.bmax, 8);
  // opening of 5 words: dropped with the comma that closes it.
  EXPECT_EQ(Shown(TabariCommaClausesToDrop(Tokens("wwwww,wwwwwwwwwwww."), limits, true)),
            "xxxxxx-------------");
  ASSERT_TRUE(limits.Apply("COMMA: OFF"));
  EXPECT_EQ(Shown(TabariCommaClausesToDrop(Tokens("wwwww,www."), limits, true)), "----------");
  EXPECT_FALSE(limits.Apply("SET: CODE ALL"));
}

}  // namespace
}  // namespace khaldun::compat
