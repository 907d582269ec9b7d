// Issues attached to the coder's events, with a small dictionary written
// here. Expected issues are worked out by hand from each sentence.
#include "coder/issue_finder.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "coder/coder.h"

namespace khaldun::coder {
namespace {

const char* kDictionary[] = {
    "actor Iran = IRN",
    "actor Israel = ISR",
    "verb condemn = 111",
    "issue teacher | educator = TEACHERS in EDUCATION",
    "issue school = SCHOOLS in EDUCATION",
    "issue medical school | law school = POSTSECONDARY_EDUCATION in EDUCATION",
    "issue head start | early childhood education = EARLY_CHILDHOOD_EDUCATION in EDUCATION",
    "issue a head start = not in EDUCATION",
    "issue massacre = ID_ATROCITY in ID_ATROCITY",
    "issue Saturday Night massacre = not in ID_ATROCITY",
    "issue nuclear weapon = NUCLEAR_WEAPONS in WMD",
    "issue drone = DRONE",
    "issue toy drone = not",
};

class IssueTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    lemmatizer_ = text::Lemmatizer::Load(KHALDUN_WORDNET_DIR, &error).release();
    ASSERT_NE(lemmatizer_, nullptr) << error;
    dictionary_ = new dict::Dictionary(nullptr);
    int line = 0;
    for (const char* entry : kDictionary)
      ASSERT_TRUE(dictionary_->AddLine(entry, "test", ++line, &error)) << error;
  }
  static void TearDownTestSuite() {
    delete dictionary_;
    delete lemmatizer_;
  }

  // The events of a one-article text, published 2024-03-01.
  static std::vector<Event> Code(const std::string& text) {
    Coder coder(dictionary_, lemmatizer_);
    return coder.Code(ArticleInput{"doc", "2024-03-01", text});
  }

  // "CODE/CATEGORY/text" of each issue, in order.
  static std::vector<std::string> Issues(const Event& e) {
    std::vector<std::string> out;
    for (const IssueMatch& m : e.issues) out.push_back(m.code + "/" + m.category + "/" + m.text);
    return out;
  }

  static text::Lemmatizer* lemmatizer_;
  static dict::Dictionary* dictionary_;
};

text::Lemmatizer* IssueTest::lemmatizer_ = nullptr;
dict::Dictionary* IssueTest::dictionary_ = nullptr;

using V = std::vector<std::string>;

TEST_F(IssueTest, PluralMatchesTheNounAndOffsetsPointIntoTheArticle) {
  const std::string text = "Iran condemned Israel over the teachers hurt in a school raid.";
  std::vector<Event> events = Code(text);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Issues(events[0]), (V{"TEACHERS/EDUCATION/teachers", "SCHOOLS/EDUCATION/school"}));
  EXPECT_EQ(events[0].issues[0].span.begin, text.find("teachers"));
  EXPECT_EQ(events[0].issues[0].span.end, text.find("teachers") + 8);
  EXPECT_EQ(events[0].issues[1].span.begin, text.find("school"));
}

TEST_F(IssueTest, LongestPhraseWinsAndMultiWordTextIsKept) {
  std::vector<Event> events = Code("Iran condemned Israel after a raid on a medical school.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Issues(events[0]), (V{"POSTSECONDARY_EDUCATION/EDUCATION/medical school"}));
}

TEST_F(IssueTest, VerbFormMatchesThroughItsLemma) {
  std::vector<Event> events = Code("Iran condemned Israel, saying its troops massacred villagers.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Issues(events[0]), (V{"ID_ATROCITY/ID_ATROCITY/massacred"}));
}

TEST_F(IssueTest, EachMentionCountsSoTheCodeRepeats) {
  std::vector<Event> events =
      Code("Iran condemned Israel over nuclear weapons, teachers and more nuclear weapons.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Issues(events[0]),
            (V{"NUCLEAR_WEAPONS/WMD/nuclear weapons", "TEACHERS/EDUCATION/teachers",
               "NUCLEAR_WEAPONS/WMD/nuclear weapons"}));
}

TEST_F(IssueTest, ExclusionBlocksOnlyItsOwnCategory) {
  // "a head start" blocks EDUCATION (the teachers too), not the massacre.
  std::vector<Event> events =
      Code("Iran condemned Israel over the massacre, as teachers got a head start.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Issues(events[0]), (V{"ID_ATROCITY/ID_ATROCITY/massacre"}));

  events = Code("Iran condemned Israel for the Saturday Night massacre of teachers.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Issues(events[0]), (V{"TEACHERS/EDUCATION/teachers"}));
}

TEST_F(IssueTest, ExclusionWithoutCategoryBlocksEveryIssue) {
  std::vector<Event> events = Code("Iran condemned Israel over teachers and a toy drone.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].issues.empty());
  events = Code("Iran condemned Israel over a drone.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Issues(events[0]), (V{"DRONE//drone"}));
}

TEST_F(IssueTest, IssuesStayInTheirSentence) {
  std::vector<Event> events = Code(
      "Teachers gathered at a school on Monday. Iran condemned Israel. Israel condemned "
      "Iran over the educators.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_TRUE(events[0].issues.empty());
  EXPECT_EQ(Issues(events[1]), (V{"TEACHERS/EDUCATION/educators"}));
}

TEST(IssueFinder, NoIssueEntriesNoIssues) {
  std::string error;
  std::unique_ptr<text::Lemmatizer> lemmatizer =
      text::Lemmatizer::Load(KHALDUN_WORDNET_DIR, &error);
  ASSERT_NE(lemmatizer, nullptr) << error;
  dict::Dictionary d(nullptr);
  for (const char* line : {"actor Iran = IRN", "actor Israel = ISR", "verb condemn = 111"})
    ASSERT_TRUE(d.AddLine(line, "test", 1, &error)) << error;
  EXPECT_FALSE(d.HasIssues());
  Coder coder(&d, lemmatizer.get());
  std::vector<Event> events =
      coder.Code(ArticleInput{"doc", "2024-03-01", "Iran condemned Israel over the teachers."});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].issues.empty());
}

}  // namespace
}  // namespace khaldun::coder
