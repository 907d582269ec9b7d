#include "coder/document_memory.h"

#include <gtest/gtest.h>

namespace khaldun::coder {
namespace {

TEST(DocumentMemoryTest, LongestKnownName) {
  DocumentMemory memory;
  memory.LearnName("nasser kanaani", "IRNGOV", "the spokesman ..., Nasser Kanaani");
  memory.LearnName("kanaani", "IRNGOV", "the spokesman ..., Nasser Kanaani");
  const DocumentMemory::Remembered* found = nullptr;
  EXPECT_EQ(memory.LongestKnownName({"nasser", "kanaani", "said"}, &found), 2u);
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->code, "IRNGOV");
  EXPECT_EQ(memory.LongestKnownName({"kanaani"}, &found), 1u);
  EXPECT_EQ(memory.LongestKnownName({"nasser"}, &found), 0u);
}

TEST(DocumentMemoryTest, RolesAndPronouns) {
  DocumentMemory memory;
  EXPECT_EQ(memory.LastPerson(), nullptr);
  memory.LearnRole("foreign minister", "IRNGOV", "Iran's foreign minister");
  ASSERT_NE(memory.FindRole("foreign minister"), nullptr);
  EXPECT_EQ(memory.FindRole("president"), nullptr);
  memory.SetLastPerson("IRNGOV", "Raisi");
  memory.SetLastThing("ISR", "Israel");
  EXPECT_EQ(memory.LastPerson()->code, "IRNGOV");
  EXPECT_EQ(memory.LastThing()->code, "ISR");
}

}  // namespace
}  // namespace khaldun::coder
