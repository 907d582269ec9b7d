// TABARI's forwarding memory and pronoun kinds, on record ids and words
// written here by hand.
#include "compat/forward_memory.h"

#include <gtest/gtest.h>

namespace khaldun::compat {
namespace {

TEST(ForwardMemory, StoryAndSentenceFromTheFormat) {
  std::string story;
  long sentence = 0;
  ASSERT_TRUE(StoryAndSentence("^^*****NNN*SSS", "REUT-045-003", &story, &sentence));
  EXPECT_EQ(story, "045");
  EXPECT_EQ(sentence, 3);
  EXPECT_FALSE(StoryAndSentence("^^*****NNN*SSS", "REUT-04", &story, &sentence));
  EXPECT_FALSE(StoryAndSentence("^^*****NNN*SSS", "REUT-ABC-003", &story, &sentence));
}

TEST(ForwardMemory, NextSentenceOfTheStoryReceivesTheFirstActor) {
  const std::string f = "*****NNN*SSS";
  ForwardMemory m;
  EXPECT_EQ(m.Begin(f, "REUT-045-001"), "");
  m.End("USA");
  EXPECT_EQ(m.Begin(f, "REUT-045-002"), "USA");
  m.End("");  // no actor of its own: passes on what it received
  EXPECT_EQ(m.Begin(f, "REUT-045-003"), "USA");
  m.End("ISR");
  EXPECT_EQ(m.Begin(f, "REUT-045-005"), "");  // a sentence skipped: no forwarding
  m.End("JOR");
  EXPECT_EQ(m.Begin(f, "REUT-046-006"), "");  // another story
  m.End("EGY");
  EXPECT_EQ(m.Begin("", "REUT-046-007"), "");  // forwarding off
}

TEST(ForwardMemory, Pronouns) {
  EXPECT_EQ(PronounOf("he"), PronounKind::kFirstActor);
  EXPECT_EQ(PronounOf("its"), PronounKind::kPrior);
  EXPECT_EQ(PronounOf("them"), PronounKind::kPlural);
  EXPECT_EQ(PronounOf("hen"), PronounKind::kNone);
}

}  // namespace
}  // namespace khaldun::compat
