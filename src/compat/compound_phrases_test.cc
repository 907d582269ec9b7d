// Compound noun and adjective phrases, on word lists written here by hand.
#include "compat/compound_phrases.h"

#include <gtest/gtest.h>

namespace khaldun::compat {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t space = text.find(' ', start);
    if (space == std::string::npos) space = text.size();
    out.push_back(text.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

TEST(CompoundPhrases, NounsAndAdjectivesFromTheLists) {
  const std::set<std::string> nouns = {"sheep", "goat", "forces_"};
  const std::set<std::string> adjectives = {"evil", "awful"};
  EXPECT_TRUE(InWordList(nouns, "goats"));    // a stem
  EXPECT_FALSE(InWordList(nouns, "forcez"));  // exact
  EXPECT_TRUE(InWordList(nouns, "forces"));
  // <noun> and <adjective>* <noun>
  EXPECT_TRUE(
      JoinsCompoundPhrase(Words("by sheep and evil awful goats from"), 2, nouns, adjectives));
  // <adjective> and <adjective>
  EXPECT_TRUE(JoinsCompoundPhrase(Words("its awful and evil minister"), 2, nouns, adjectives));
  // "cool" is in neither list; "pigs" is no listed noun: two clauses
  EXPECT_FALSE(JoinsCompoundPhrase(Words("its awful and cool minister"), 2, nouns, adjectives));
  EXPECT_FALSE(JoinsCompoundPhrase(Words("its sheep and pigs of"), 2, nouns, adjectives));
  EXPECT_FALSE(JoinsCompoundPhrase(Words("and sheep"), 0, nouns, adjectives));
}

}  // namespace
}  // namespace khaldun::compat
