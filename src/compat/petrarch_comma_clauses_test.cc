// Comma-clause elimination on hand-made sentences: the words kept are
// written here from the length rule, not taken from a run.
#include "compat/petrarch_comma_clauses.h"

#include <gtest/gtest.h>

namespace khaldun::compat {
namespace {

// The sentence's words with the dropped ones left out. `actors` and
// `verbs` name the words the coder would find as actors and verbs.
std::string Kept(const std::string& sentence, const PetrarchCommaLimits& limits,
                 const std::vector<std::string>& actors = {"freedonia", "sylvania", "official",
                                                           "officials"},
                 const std::vector<std::string>& verbs = {"attacked", "met", "said"}) {
  text::Span span{0, static_cast<uint32_t>(sentence.size())};
  std::vector<text::Token> tokens = text::Tokenize(sentence, span, nullptr);
  std::vector<bool> actor(tokens.size(), false), verb(tokens.size(), false);
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const std::string& w : actors) actor[i] = actor[i] || tokens[i].lower == w;
    for (const std::string& w : verbs) verb[i] = verb[i] || tokens[i].lower == w;
  }
  std::vector<bool> drop = PetrarchCommaClausesToDrop(tokens, actor, verb, limits);
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (!drop[i]) out += (out.empty() ? "" : " ") + tokens[i].lower;
  return out;
}

TEST(PetrarchCommaClauses, TerminalClauseWithinLimitsIsDropped) {
  // "a senior official said on Saturday": 6 words, within 2..8.
  EXPECT_EQ(Kept("Freedonia attacked Sylvania, a senior official said on Saturday.",
                 PetrarchCommaLimits::Petrarch()),
            "freedonia attacked sylvania .");
  // With comma_emax = 5 the six words stay.
  PetrarchCommaLimits short_end = PetrarchCommaLimits::Petrarch();
  ASSERT_TRUE(short_end.Apply("COMMA_EMAX", 5));
  EXPECT_EQ(Kept("Freedonia attacked Sylvania, a senior official said on Saturday.", short_end),
            "freedonia attacked sylvania , a senior official said on saturday .");
}

TEST(PetrarchCommaClauses, InternalClauseKeepsOneComma) {
  // "its old rival" (3 words) goes with the comma before it; "officials said"
  // (2 words) is a terminal clause within 2..8 and goes too.
  EXPECT_EQ(Kept("Freedonia met Sylvania, its old rival, officials said.",
                 PetrarchCommaLimits::Petrarch()),
            "freedonia met sylvania .");
  // Internal clauses off (comma_max = 0): only the terminal one goes.
  PetrarchCommaLimits limits = PetrarchCommaLimits::Petrarch();
  ASSERT_TRUE(limits.Apply("comma_max", 0));
  EXPECT_EQ(Kept("Freedonia met Sylvania, its old rival, officials said.", limits),
            "freedonia met sylvania , its old rival .");
}

TEST(PetrarchCommaClauses, InitialClauseOnlyWhenSwitchedOn) {
  const std::string s = "On Monday morning, Freedonia attacked Sylvania.";
  EXPECT_EQ(Kept(s, PetrarchCommaLimits::Petrarch()),
            "on monday morning , freedonia attacked sylvania .");
  PetrarchCommaLimits limits = PetrarchCommaLimits::Petrarch();
  ASSERT_TRUE(limits.Apply("comma_bmin", 2));
  ASSERT_TRUE(limits.Apply("comma_bmax", 4));
  EXPECT_EQ(Kept(s, limits), "freedonia attacked sylvania .");
}

TEST(PetrarchCommaClauses, ListMembersAndLongClausesStay) {
  // "the old Ruritania" holds an actor and no verb: a list member, kept.
  EXPECT_EQ(Kept("Freedonia met Sylvania, the old Ruritania, and Marvel.",
                 PetrarchCommaLimits::Petrarch(), {"freedonia", "sylvania", "ruritania", "marvel"}),
            "freedonia met sylvania , the old ruritania , and marvel .");
  // Nine words is over comma_emax = 8.
  EXPECT_EQ(Kept("Freedonia met Sylvania, the very old and very wise official said on Monday.",
                 PetrarchCommaLimits::Petrarch()),
            "freedonia met sylvania , the very old and very wise official said on monday .");
  // "complete, full": a comma between adjectives delimits no clause, so
  // there is no initial clause to drop even with comma_bmax on.
  PetrarchCommaLimits initial = PetrarchCommaLimits::Petrarch();
  ASSERT_TRUE(initial.Apply("comma_bmin", 2));
  ASSERT_TRUE(initial.Apply("comma_bmax", 6));
  EXPECT_EQ(Kept("Freedonia met complete, full delegations.", initial),
            "freedonia met complete , full delegations .");
  EXPECT_FALSE(PetrarchCommaLimits().Apply("comma_limit", 3));
}

TEST(PetrarchCommaClauses, ClauseAroundAToken) {
  const std::string sentence = "Freedonia met Sylvania, years after Marvel attacked, reports said.";
  std::vector<text::Token> tokens =
      text::Tokenize(sentence, text::Span{0, static_cast<uint32_t>(sentence.size())}, nullptr);
  // Tokens: freedonia met sylvania , years after marvel attacked , reports said .
  size_t begin = 0, end = 0;
  ASSERT_TRUE(PetrarchCommaClauseAround(tokens, 7, &begin, &end));  // "attacked"
  EXPECT_EQ(begin, 4u);
  EXPECT_EQ(end, 8u);
  ASSERT_TRUE(PetrarchCommaClauseAround(tokens, 10, &begin, &end));  // "said": to the end
  EXPECT_EQ(begin, 9u);
  EXPECT_EQ(end, 12u);
  EXPECT_FALSE(PetrarchCommaClauseAround(tokens, 1, &begin, &end));  // "met": no comma before
}

}  // namespace
}  // namespace khaldun::compat
