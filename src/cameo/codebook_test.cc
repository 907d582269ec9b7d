#include "cameo/codebook.h"

#include <gtest/gtest.h>

namespace khaldun::cameo {
namespace {

TEST(CodebookTest, LoadsTheBundledTable) {
  std::string error;
  auto book = Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  ASSERT_NE(book, nullptr) << error;
  // CAMEO 1.1b3 has 20 roots and a few hundred codes.
  EXPECT_GT(book->size(), 280u);

  // 111 "Criticize or denounce": verbal conflict, Goldstein -2 in GDELT's table, PLOVER ACCUSE.
  const EventCode* criticize = book->Find("111");
  ASSERT_NE(criticize, nullptr);
  EXPECT_EQ(criticize->root, "11");
  EXPECT_EQ(criticize->quad_class, 3);
  EXPECT_DOUBLE_EQ(criticize->goldstein, -2.0);
  EXPECT_EQ(criticize->plover_event, "ACCUSE");

  // 190 "Use conventional military force": material conflict, Goldstein -10.
  const EventCode* force = book->Find("190");
  ASSERT_NE(force, nullptr);
  EXPECT_EQ(force->quad_class, 4);
  EXPECT_DOUBLE_EQ(force->goldstein, -10.0);

  // Four-digit codes keep their leading zero.
  ASSERT_NE(book->Find("0311"), nullptr);
  EXPECT_EQ(book->Find("0311")->root, "03");
  EXPECT_EQ(book->Find("999"), nullptr);

  // 1213 "Reject judicial cooperation" has no score of its own in GDELT's
  // table; it takes its parent 121's (-4).
  ASSERT_NE(book->Find("1213"), nullptr);
  EXPECT_DOUBLE_EQ(book->Find("1213")->goldstein, book->Find("121")->goldstein);
}

TEST(CodebookTest, MissingFileIsAClearError) {
  std::string error;
  EXPECT_EQ(Codebook::Load("/nonexistent/cameo.tsv", &error), nullptr);
  EXPECT_NE(error.find("/nonexistent/cameo.tsv"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::cameo
