#include "eval/scorer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace khaldun::eval {
namespace {

class ScorerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    lemmatizer_ = text::Lemmatizer::Load(KHALDUN_WORDNET_DIR, &error);
    ASSERT_NE(lemmatizer_, nullptr) << error;
    int line = 0;
    for (const char* entry :
         {"actor Iran = IRN", "actor Israel = ISR", "actor Syria = SYR", "nation Iranian = IRN",
          "agent minister = GOV", "verb condemn = 111", "verb meet = 040"})
      ASSERT_TRUE(dictionary_.AddLine(entry, "test", ++line, &error)) << error;
  }
  std::unique_ptr<text::Lemmatizer> lemmatizer_;
  dict::Dictionary dictionary_{nullptr};
};

TEST_F(ScorerTest, EventPrecisionRecallAtRootAndCountry) {
  coder::Coder coder(&dictionary_, lemmatizer_.get());
  std::vector<GoldRecord> gold = {
      // Coded IRN>ISR 111; the gold's 112 has the same root 11 and the same countries: a match.
      {"a", "2023-04-08", "", "Iran condemned Israel.", {{"IRN", "ISR", "112"}}},
      // Coded IRNGOV>SYR 040: countries IRN and SYR match the gold's IRN>SYR 042 (root 04).
      {"b", "2023-04-08", "", "The Iranian minister met Syria.", {{"IRN", "SYR", "042"}}},
      // Gold expects an event the coder cannot see: a miss.
      {"c", "2023-04-08", "", "Iran and Israel signed nothing.", {{"IRN", "ISR", "057"}}},
      // Gold expects nothing; the coder codes one: a false positive.
      {"d", "2023-04-08", "", "Syria condemned Israel.", {}},
      // The context's event does not count, only the text's.
      {"e", "2023-04-08", "Iran condemned Syria.", "It was a long day.", {}},
  };
  std::vector<RecordOutcome> outcomes;
  Score s = ScoreGold(coder, gold, &outcomes);
  EXPECT_EQ(s.records, 5);
  EXPECT_EQ(s.gold_events, 3);
  EXPECT_EQ(s.coded_events, 3);
  EXPECT_EQ(s.matched_events, 2);
  EXPECT_DOUBLE_EQ(s.Precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(s.Recall(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(s.F1(), 2.0 / 3);
  // Root and exact code of the first gold event, over the records that give one.
  EXPECT_EQ(s.records_with_code, 3);
  EXPECT_EQ(s.root_hits, 2);
  EXPECT_EQ(s.code_hits, 0);
  EXPECT_TRUE(outcomes[4].coded.empty());
}

TEST(GoldTest, ReadsTheThreeFormats) {
  std::string dir = ::testing::TempDir();
  std::string gsr = dir + "/gsr.tsv", examples = dir + "/x_cameo_manual_examples.tsv",
              jsonl = dir + "/gold.jsonl";
  std::ofstream(gsr)
      << "id\tcategory\tdate\texpected\tevent_text\ttext\n"
      << "g1\tAFP\t20080804\tUSA|CHN|042 ; CHN|USA|043\t\tThe US leader went to Beijing.\n"
      << "g2\tAFP\t2008\tbroken\t\ttext\n"
      << "g3\tAFP\t121108\tUSA|CHN|042\t\tTABARI's six-digit date: 2012.\n";
  std::ofstream(examples) << "cameo_code\texample_no\tsentence\texample_note\n"
                          << "0311\t1\tThe two sides agreed to trade more.\t\n";
  std::ofstream(jsonl) << R"({"id":"j1","pub_date":"2016-06-29","text":"T.","context":"C.",)"
                       << R"("events":[{"source":"USAGOV","target":"RUSGOV","cameo":"041"}]})"
                       << "\n";
  std::vector<GoldRecord> records;
  std::vector<std::string> errors;
  ASSERT_TRUE(ReadGold(gsr, GuessFormat(gsr), "2000-01-01", &records, &errors));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].date, "2008-08-04");
  EXPECT_EQ(records[1].date, "2012-11-08");
  ASSERT_EQ(records[0].events.size(), 2u);
  EXPECT_EQ(records[0].events[1].source, "CHN");
  EXPECT_EQ(records[0].events[1].cameo, "043");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("gsr.tsv:3: "), std::string::npos) << errors[0];

  records.clear();
  ASSERT_TRUE(ReadGold(examples, GuessFormat(examples), "2000-01-01", &records, &errors));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].events[0].cameo, "0311");
  EXPECT_EQ(records[0].date, "2000-01-01");

  records.clear();
  ASSERT_TRUE(ReadGold(jsonl, GuessFormat(jsonl), "2000-01-01", &records, &errors));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].context, "C.");
  EXPECT_EQ(records[0].events[0].target, "RUSGOV");
}

}  // namespace
}  // namespace khaldun::eval
