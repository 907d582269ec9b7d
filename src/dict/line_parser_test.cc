#include "dict/line_parser.h"

#include <gtest/gtest.h>

namespace khaldun::dict {
namespace {

TEST(LineParserTest, BlankAndCommentLinesAddNothing) {
  ParsedLine p;
  std::string error;
  ASSERT_TRUE(ParseLine("", &p, &error));
  EXPECT_TRUE(p.blank);
  ASSERT_TRUE(ParseLine("   # just a comment", &p, &error));
  EXPECT_TRUE(p.blank);
}

TEST(LineParserTest, ActorWithAlternatives) {
  ParsedLine p;
  std::string error;
  ASSERT_TRUE(ParseLine("actor  Iran | Islamic Republic of Iran = IRN  # a country", &p, &error))
      << error;
  EXPECT_FALSE(p.blank);
  EXPECT_EQ(p.kind, EntryKind::kActor);
  ASSERT_EQ(p.phrases.size(), 2u);
  EXPECT_EQ(p.phrases[0], "Iran");
  EXPECT_EQ(p.phrases[1], "Islamic Republic of Iran");
  ASSERT_EQ(p.codes.size(), 1u);
  EXPECT_EQ(p.codes[0].code, "IRN");
  EXPECT_FALSE(p.codes[0].dated);
}

TEST(LineParserTest, PersonWithDatedCodesAndFallback) {
  ParsedLine p;
  std::string error;
  ASSERT_TRUE(
      ParseLine("person\tBarack Obama | Obama = USAGOV 2009-01-20..2017-01-20, "
                "USALEG 2005-01-03..2008-11-16, USAELI",
                &p, &error))
      << error;
  ASSERT_EQ(p.codes.size(), 3u);
  EXPECT_TRUE(p.codes[0].dated);
  EXPECT_EQ(p.codes[0].from.year, 2009);
  EXPECT_EQ(p.codes[0].to.year, 2017);
  EXPECT_EQ(p.codes[2].code, "USAELI");
  EXPECT_FALSE(p.codes[2].dated);

  Entry obama;
  obama.kind = EntryKind::kPerson;
  obama.codes = p.codes;
  EXPECT_EQ(obama.CodeOn({2015, 6, 1}), "USAGOV");
  EXPECT_EQ(obama.CodeOn({2006, 6, 1}), "USALEG");
  // Out of office: the fallback, not the government.
  EXPECT_EQ(obama.CodeOn({2022, 6, 1}), "USAELI");
  // Term bounds are inclusive.
  EXPECT_EQ(obama.CodeOn({2009, 1, 20}), "USAGOV");
}

TEST(LineParserTest, OpenEndedRange) {
  ParsedLine p;
  std::string error;
  ASSERT_TRUE(ParseLine("person Vladimir Putin = RUSGOV 1999-08-09..", &p, &error)) << error;
  Entry putin;
  putin.kind = EntryKind::kPerson;
  putin.codes = p.codes;
  EXPECT_EQ(putin.CodeOn({2030, 1, 1}), "RUSGOV");
  // No fallback: before 1999-08-09 the name does not code.
  EXPECT_EQ(putin.CodeOn({1995, 1, 1}), "");
}

TEST(LineParserTest, ReversedVerb) {
  ParsedLine p;
  std::string error;
  ASSERT_TRUE(ParseLine("verb face * criticism from = 111 reversed", &p, &error)) << error;
  EXPECT_TRUE(p.reversed);
  ASSERT_EQ(p.codes.size(), 1u);
  EXPECT_EQ(p.codes[0].code, "111");
  ASSERT_TRUE(ParseLine("verb condemn = 111", &p, &error)) << error;
  EXPECT_FALSE(p.reversed);
  EXPECT_FALSE(ParseLine("actor Iran = IRN reversed", &p, &error));
  EXPECT_EQ(error, "only verb entries can be reversed");
}

TEST(LineParserTest, VerbAndDiscard) {
  ParsedLine p;
  std::string error;
  ASSERT_TRUE(ParseLine("verb launch * attack on | attack = 190", &p, &error)) << error;
  EXPECT_EQ(p.kind, EntryKind::kVerb);
  EXPECT_EQ(p.codes[0].code, "190");
  ASSERT_TRUE(ParseLine("discard football | box office", &p, &error)) << error;
  EXPECT_EQ(p.kind, EntryKind::kDiscard);
  EXPECT_TRUE(p.codes.empty());
}

struct BadLine {
  const char* line;
  const char* reason;  // a part of the expected message
};

class LineParserBadTest : public ::testing::TestWithParam<BadLine> {};

TEST_P(LineParserBadTest, IsRejectedWithAReason) {
  ParsedLine p;
  std::string error;
  EXPECT_FALSE(ParseLine(GetParam().line, &p, &error)) << GetParam().line;
  EXPECT_NE(error.find(GetParam().reason), std::string::npos) << "got: " << error;
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, LineParserBadTest,
    ::testing::Values(BadLine{"actr Iran = IRN", "unknown entry kind"},
                      BadLine{"actor = IRN", "no phrase"},
                      BadLine{"actor Iran | | Persia = IRN", "empty alternative"},
                      BadLine{"actor Iran", "missing '= CODE'"},
                      BadLine{"actor Iran = irn", "bad actor code"},
                      BadLine{"actor Iran = IRNG", "bad actor code"},
                      BadLine{"verb condemn = 11a", "bad CAMEO event code"},
                      BadLine{"verb condemn = 11111", "bad CAMEO event code"},
                      BadLine{"actor Iran = IRN 2020-01-01..", "only person entries take date"},
                      BadLine{"person Raisi = IRNGOV 2021-13-01..", "bad date"},
                      BadLine{"person Raisi = IRNGOV 2024-01-01..2021-01-01", "ends before"},
                      BadLine{"person Raisi = IRNGOV 2021", "bad date range"},
                      BadLine{"agent president = GOV, MIL", "only person entries take several"},
                      BadLine{"discard football = 190", "discard entries take no"},
                      BadLine{"issue teacher = teachers", "bad issue code"},
                      BadLine{"issue teacher = TEACHERS of EDUCATION", "bad issue value"},
                      BadLine{"issue teacher = TEACHERS in", "bad issue value"},
                      BadLine{"issue teacher = TEACHERS in education", "bad issue category"},
                      BadLine{"issue teacher", "missing '= CODE'"}));

TEST(LineParserTest, IssueWithCategoryAndExclusions) {
  ParsedLine p;
  std::string error;
  ASSERT_TRUE(ParseLine("issue teacher | faculty member = TEACHERS in EDUCATION", &p, &error))
      << error;
  EXPECT_EQ(p.kind, EntryKind::kIssue);
  ASSERT_EQ(p.phrases.size(), 2u);
  EXPECT_EQ(p.phrases[1], "faculty member");
  ASSERT_EQ(p.codes.size(), 1u);
  EXPECT_EQ(p.codes[0].code, "TEACHERS");
  EXPECT_EQ(p.category, "EDUCATION");

  ASSERT_TRUE(ParseLine("issue drone = DRONE", &p, &error)) << error;
  EXPECT_EQ(p.codes.at(0).code, "DRONE");
  EXPECT_EQ(p.category, "");

  ASSERT_TRUE(ParseLine("issue a head start = not in EDUCATION", &p, &error)) << error;
  EXPECT_TRUE(p.codes.empty());
  EXPECT_EQ(p.category, "EDUCATION");

  ASSERT_TRUE(ParseLine("issue toy drone\t=\tnot", &p, &error)) << error;
  EXPECT_TRUE(p.codes.empty());
  EXPECT_EQ(p.category, "");
  EXPECT_TRUE(IsIssueCode("SOUTH-TO-SOUTH"));
  EXPECT_FALSE(IsIssueCode("Teachers"));
}

TEST(LineParserTest, CodeShapes) {
  EXPECT_TRUE(IsActorCode("IRN"));
  EXPECT_TRUE(IsActorCode("IGOMOSOIC"));
  EXPECT_TRUE(IsActorCode("---REB"));
  EXPECT_FALSE(IsActorCode("IR"));
  EXPECT_FALSE(IsActorCode(""));
  EXPECT_TRUE(IsEventCodeShape("0311"));
  EXPECT_FALSE(IsEventCodeShape("1"));
}

TEST(LineParserTest, SplitWordsSkipsRunsOfSeparators) {
  EXPECT_EQ(SplitWords("  call for\t the  release "),
            (std::vector<std::string_view>{"call", "for", "the", "release"}));
  // Only the separators given: a tab is a letter of the word here.
  EXPECT_EQ(SplitWords("a\tb c", " "), (std::vector<std::string_view>{"a\tb", "c"}));
  EXPECT_TRUE(SplitWords("").empty());
  EXPECT_TRUE(SplitWords(" \t ").empty());
}

}  // namespace
}  // namespace khaldun::dict
