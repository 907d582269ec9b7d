// The seed article of ../shared/examples must yield every "must" event of
// seed_article.expected.md and nothing it rules out.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

const std::string kSeed = std::string(KHALDUN_SHARED_DIR) + "/examples/seed_article.jsonl";

class SeedArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::ifstream(kSeed))
      GTEST_SKIP() << "../shared not present (" << kSeed << "); skipping the seed article test";
    RunResult r = RunKhaldun("code '" + kSeed + "'");
    ASSERT_EQ(r.exit_status, 0) << r.err;
    events_ = ParseEvents(r.out);
  }

  // Whether some event of sentence `index` satisfies `pred`.
  template <typename Pred>
  bool Has(int index, Pred pred) const {
    return std::any_of(events_.begin(), events_.end(),
                       [&](const EventRow& e) { return e.sentence_index == index && pred(e); });
  }
  std::string Dump() const {
    std::string s;
    for (const EventRow& e : events_) s += e.line + "\n";
    return s;
  }
  std::vector<EventRow> events_;
};

TEST_F(SeedArticleTest, Must1IranCondemnsIsraelInSentence0) {
  EXPECT_TRUE(Has(0, [](const EventRow& e) {
    return (e.source == "IRN" || e.source == "IRNGOV") && e.target == "ISR" && e.cameo == "111" &&
           (e.date == "2023-04-08" || e.date == "2023-04-07");
  })) << Dump();
}

TEST_F(SeedArticleTest, Must2KanaaniAccusesIsraelThroughMemory) {
  EXPECT_TRUE(Has(2, [](const EventRow& e) {
    return e.source == "IRNGOV" && e.target == "ISR" && e.root == "11" && e.date == "2023-04-07";
  })) << Dump();
}

TEST_F(SeedArticleTest, Must3And4IsraelAttacksLebanonAndGaza) {
  for (const char* target : {"LBN", "PSE"}) {
    EXPECT_TRUE(Has(5,
                    [&](const EventRow& e) {
                      return e.source == "ISR" && e.target == target && e.cameo == "190" &&
                             e.date == "2023-04-07";
                    }))
        << target << "\n"
        << Dump();
  }
}

TEST_F(SeedArticleTest, Must5RaisiConsultsWidodo) {
  EXPECT_TRUE(Has(6, [](const EventRow& e) {
    return e.source == "IRNGOV" && e.target == "IDNGOV" && e.root == "04" && e.date == "2023-04-06";
  })) << Dump();
}

TEST_F(SeedArticleTest, Must6RaisiAppealsToTheOic) {
  EXPECT_TRUE(Has(9, [](const EventRow& e) {
    return e.source == "IRNGOV" && e.target == "IGOMOSOIC" && e.root == "02" &&
           (e.date == "2023-04-06" || e.date == "2023-04-08");
  })) << Dump();
}

TEST_F(SeedArticleTest, MustNotCodeTheWelcomeOrTheLicenceLine) {
  EXPECT_FALSE(Has(10, [](const EventRow&) { return true; })) << Dump();
  EXPECT_FALSE(Has(11, [](const EventRow&) { return true; })) << Dump();
}

TEST_F(SeedArticleTest, MustNotTakeTheDatelineAsTheActor) {
  for (const EventRow& e : events_) {
    if (e.sentence_index != 0) continue;
    EXPECT_EQ(e.line.find("\"source_text\":\"TEHRAN"), std::string::npos) << e.line;
  }
}

TEST_F(SeedArticleTest, EveryEventHasTheContractKeys) {
  ASSERT_FALSE(events_.empty());
  for (const EventRow& e : events_) {
    EXPECT_EQ(e.doc_id, "mehr-2023-04-08-iran-condemns");
    EXPECT_FALSE(e.source.empty()) << e.line;
    EXPECT_FALSE(e.cameo.empty()) << e.line;
    EXPECT_EQ(e.date.size(), 10u) << e.line;
    for (const char* key : {"\"sentence_start\":", "\"sentence_end\":", "\"goldstein\":",
                            "\"quad_class\":", "\"evidence\":"})
      EXPECT_NE(e.line.find(key), std::string::npos) << key << " in " << e.line;
  }
}

}  // namespace
}  // namespace khaldun::e2e
