// PETRARCH's issues format read into Khaldun `issue` lines, on a small file
// written here: each notation's forms, and every kind of bad line named by
// file and line while the good lines still load.
#include "compat/petrarch_issues.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace khaldun::compat {
namespace {

std::vector<std::string> Forms(const std::string& phrase) {
  std::vector<std::string> forms;
  std::string error;
  EXPECT_TRUE(ExpandIssuePhrase(phrase, &forms, &error)) << phrase << ": " << error;
  return forms;
}

std::string WriteTemp(const std::string& content) {
  char name[] = "/tmp/khaldun_issues_XXXXXX";
  int fd = mkstemp(name);
  EXPECT_GE(fd, 0);
  FILE* f = fdopen(fd, "wb");
  std::fwrite(content.data(), 1, content.size(), f);
  std::fclose(f);
  return name;
}

using V = std::vector<std::string>;

TEST(ExpandIssuePhrase, NounTakesItsPlural) {
  EXPECT_EQ(Forms("n:teacher"), (V{"teacher", "teachers"}));
  EXPECT_EQ(Forms("n:academy"), (V{"academy", "academies"}));
  EXPECT_EQ(Forms("n:bus"), (V{"bus", "buses"}));
  EXPECT_EQ(Forms("faculty n:member"), (V{"faculty member", "faculty members"}));
}

TEST(ExpandIssuePhrase, TwoNounsGiveEveryCombination) {
  EXPECT_EQ(Forms("n:bachelor n:degree"),
            (V{"bachelor degree", "bachelor degrees", "bachelors degree", "bachelors degrees"}));
}

TEST(ExpandIssuePhrase, VerbTakesItsRegularForms) {
  EXPECT_EQ(Forms("v:massacre"), (V{"massacre", "massacres", "massacred", "massacring"}));
  EXPECT_EQ(Forms("v:retaliate"), (V{"retaliate", "retaliates", "retaliated", "retaliating"}));
  EXPECT_EQ(Forms("ethnic v:purge"),
            (V{"ethnic purge", "ethnic purges", "ethnic purged", "ethnic purging"}));
}

TEST(ExpandIssuePhrase, PlusJoinsWithASpaceOrAHyphen) {
  EXPECT_EQ(Forms("early+childhood education"),
            (V{"early childhood education", "early-childhood education"}));
  EXPECT_EQ(Forms("pre+n:school"), (V{"pre school", "pre schools", "pre-school", "pre-schools"}));
  EXPECT_EQ(Forms("post+secondary education"),
            (V{"post secondary education", "post-secondary education"}));
}

TEST(ExpandIssuePhrase, PlainPhraseIsKeptWithBlanksSqueezed) {
  EXPECT_EQ(Forms("  head   start "), (V{"head start"}));
}

TEST(ExpandIssuePhrase, RejectsMalformedPhrases) {
  std::vector<std::string> forms;
  std::string error;
  EXPECT_FALSE(ExpandIssuePhrase("n: school", &forms, &error));
  EXPECT_EQ(error, "n: is not followed by a word");
  EXPECT_FALSE(ExpandIssuePhrase("   ", &forms, &error));
  EXPECT_EQ(error, "no phrase");
  EXPECT_FALSE(ExpandIssuePhrase("left | right", &forms, &error));
  // Seven words with '+' and n: each: 4^7 forms, far beyond any real phrase.
  EXPECT_FALSE(ExpandIssuePhrase("a+n:b a+n:b a+n:b a+n:b a+n:b a+n:b a+n:b", &forms, &error));
}

TEST(ReadPetrarchIssues, ConvertsBlocksAndNamesBadLines) {
  std::string path = WriteTemp(
      "# test issues\n"                                          // 1
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"            // 2
      "n:teacher [TEACHERS]   # a comment\n"                     // 3
      "early+childhood education [EARLY_CHILDHOOD_EDUCATION]\n"  // 4
      "~a head start\n"                                          // 5
      "eurozone\n"                                               // 6
      "bad phrase [lower_case]\n"                                // 7
      "two [A] three [B]\n"                                      // 8
      "broken [CODE\n"                                           // 9
      "n: [TEACHERS]\n"                                          // 10
      "</ISSUE>\n"                                               // 11
      "</ISSUE>\n"                                               // 12
      "~~Armenian genocide\n"                                    // 13
      "caf\xff [X]\n"                                            // 14
      "<ISSUE CATEGORY=\"SOUTH-TO-SOUTH\" TYPE=\"ALL\">\n"       // 15
      "south+south n:cooperation [SOUTH-TO-SOUTH]\r\n");         // 16
  Conversion c;
  ASSERT_TRUE(ReadPetrarchIssues(path, &c));
  ASSERT_EQ(c.lines.size(), 5u);
  EXPECT_EQ(c.lines[0].text, "issue teacher | teachers = TEACHERS in EDUCATION");
  EXPECT_EQ(c.lines[0].line, 3);
  EXPECT_EQ(c.lines[1].text,
            "issue early childhood education | early-childhood education = "
            "EARLY_CHILDHOOD_EDUCATION in EDUCATION");
  EXPECT_EQ(c.lines[2].text, "issue a head start = not in EDUCATION");
  EXPECT_EQ(c.lines[3].text, "issue Armenian genocide = not");
  EXPECT_EQ(c.lines[3].line, 13);
  EXPECT_EQ(c.lines[4].text,
            "issue south south cooperation | south south cooperations | south-south cooperation "
            "| south-south cooperations = SOUTH-TO-SOUTH in SOUTH-TO-SOUTH");
  EXPECT_EQ(c.errors, (V{
                          path + ":7: bad issue code \"lower_case\"",
                          path + ":8: text after [A]: \"three [B]\"",
                          path + ":9: '[' without ']'",
                          path + ":10: n: is not followed by a word",
                          path + ":12: </ISSUE> with no open <ISSUE> block",
                          path + ":14: invalid UTF-8",
                          path + ":15: <ISSUE> block never closed with </ISSUE>",
                      }));
  EXPECT_EQ(c.unsupported["issue phrase without [CODE] (PETRARCH skips it too)"], 1);
  EXPECT_EQ(c.unsupported["story-level issue exclusion (~~), applied per sentence"], 1);

  // The lines compile into issue entries, with their categories.
  dict::Dictionary d(nullptr);
  AddToDictionary(&c, &d);
  EXPECT_EQ(c.errors.size(), 7u);  // nothing more
  EXPECT_EQ(d.CountOf(dict::EntryKind::kIssue), 5u);
  EXPECT_TRUE(d.HasIssues());
  EXPECT_EQ(d.entry(0).category, "EDUCATION");
  EXPECT_EQ(d.entry(0).codes.at(0).code, "TEACHERS");
  EXPECT_TRUE(d.entry(2).codes.empty());
  std::remove(path.c_str());
}

TEST(AddIssueFile, ReadsKhaldunIssueLinesAsIs) {
  std::string path = WriteTemp(
      "# our own format\n"
      "issue teacher | educator = TEACHERS in EDUCATION\n"
      "issue a head start = not in EDUCATION\n"
      "issue drone = DRONE\n"
      "issue nothing = TEACHERS of EDUCATION\n");
  dict::Dictionary d(nullptr);
  std::vector<std::string> errors;
  std::string fatal;
  ASSERT_TRUE(AddIssueFile(path, &d, &errors, &fatal)) << fatal;
  EXPECT_EQ(d.CountOf(dict::EntryKind::kIssue), 3u);
  EXPECT_EQ(d.PhraseCountOf(dict::EntryKind::kIssue), 4u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind(path + ":5: bad issue value", 0), 0u) << errors[0];
  EXPECT_EQ(d.entry(2).category, "");
  std::remove(path.c_str());
}

TEST(AddIssueFile, AFileWithNoIssueAtAllIsFatal) {
  std::string path = WriteTemp("# nothing here\nplain words\nmore words\n");
  dict::Dictionary d(nullptr);
  std::vector<std::string> errors;
  std::string fatal;
  EXPECT_FALSE(AddIssueFile(path, &d, &errors, &fatal));
  EXPECT_EQ(fatal,
            path + ": no issues (expected PETRARCH <ISSUE> blocks or Khaldun 'issue' lines)");
  std::remove(path.c_str());
}

TEST(AddIssueFile, MissingFileIsFatal) {
  dict::Dictionary d(nullptr);
  std::vector<std::string> errors;
  std::string fatal;
  EXPECT_FALSE(AddIssueFile("/nonexistent/issues.txt", &d, &errors, &fatal));
  EXPECT_EQ(fatal, "cannot read issues file /nonexistent/issues.txt");
}

}  // namespace
}  // namespace khaldun::compat
