// Bad input never loses good articles: each bad line is reported on standard
// error with its line number, good ones are coded, the exit status is 3, and
// --rejects keeps the bad lines verbatim.
#include <gtest/gtest.h>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

const std::string kGood1 =
    R"({"id": "good-1", "date": "2023-04-08", "text": "Iran condemned Israel on Friday."})";
const std::string kGood2 =
    R"({"id": "good-2", "date": "2023-04-08", "text": "Russia criticized France."})";

// Runs khaldun on good-1, BAD, good-2 and checks the common outcome.
void ExpectRejectedLine2(const std::string& bad, const std::string& reason) {
  std::string input = TempFile(kGood1 + "\n" + bad + "\n" + kGood2 + "\n");
  std::string rejects = TempFile("", ".rejects");
  RunResult r = RunKhaldun("code --rejects '" + rejects + "' '" + input + "'");
  EXPECT_EQ(r.exit_status, 3) << r.err;
  EXPECT_NE(r.err.find(input + ":2: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
  std::vector<EventRow> events = ParseEvents(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0].doc_id, "good-1");
  EXPECT_EQ(events[1].doc_id, "good-2");
  EXPECT_EQ(ReadFile(rejects), bad + "\n");
}

TEST(BadInputTest, MalformedJson) {
  ExpectRejectedLine2(R"({"id": "x", "date": )", "invalid JSON");
}

TEST(BadInputTest, MissingId) {
  ExpectRejectedLine2(R"({"date": "2023-04-08", "text": "Iran condemned Israel."})",
                      "missing required key \"id\"");
}

TEST(BadInputTest, MissingDate) {
  ExpectRejectedLine2(R"({"id": "x", "text": "Iran condemned Israel."})",
                      "missing required key \"date\"");
}

TEST(BadInputTest, MissingText) {
  ExpectRejectedLine2(R"({"id": "x", "date": "2023-04-08"})", "missing required key \"text\"");
}

TEST(BadInputTest, ImpossibleDate) {
  ExpectRejectedLine2(R"({"id": "x", "date": "2023-02-30", "text": "Iran condemned Israel."})",
                      "2023-02-30");
}

TEST(BadInputTest, InvalidUtf8) {
  ExpectRejectedLine2("{\"id\": \"x\", \"date\": \"2023-04-08\", \"text\": \"Iran \xff\xfe\"}",
                      "UTF-8");
}

TEST(BadInputTest, FiftyMegabyteLine) {
  // A 50 MB line of garbage is rejected; the articles around it are coded.
  ExpectRejectedLine2(std::string(50 * 1024 * 1024, 'x'), "invalid JSON");
}

TEST(BadInputTest, HugeArticleIsCoded) {
  // An 8 MB article (about 170,000 sentences) is coded like any other. The
  // 50 MB line above shows the reader's side; this keeps the test quick
  // under the sanitizers.
  std::string text = "Iran condemned Israel. ";
  std::string big;
  big.reserve(8 * 1024 * 1024 + 100);
  while (big.size() < 8u * 1024 * 1024) big += "The weather was mild across the region today. ";
  std::string line = R"({"id": "big", "date": "2023-04-08", "text": ")" + text + big + R"("})";
  RunResult r = RunKhaldun("code '" + TempFile(line + "\n") + "'");
  EXPECT_EQ(r.exit_status, 0) << r.err.substr(0, 500);
  std::vector<EventRow> events = ParseEvents(r.out);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "IRN");
  EXPECT_EQ(events[0].target, "ISR");
}

TEST(BadInputTest, EmptyFileIsNotAnError) {
  RunResult r = RunKhaldun("code '" + TempFile("") + "'");
  EXPECT_EQ(r.exit_status, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(BadInputTest, TruncatedLastLine) {
  std::string input = TempFile(kGood1 + "\n" + R"({"id": "cut", "date": "2023-04-08", "te)");
  RunResult r = RunKhaldun("code '" + input + "'");
  EXPECT_EQ(r.exit_status, 3);
  EXPECT_NE(r.err.find(":2: "), std::string::npos) << r.err;
  EXPECT_EQ(ParseEvents(r.out).size(), 1u);
}

TEST(BadInputTest, MissingFileIsFatalButOthersAreCoded) {
  std::string good = TempFile(kGood1 + "\n");
  RunResult r = RunKhaldun("code /nonexistent/articles.jsonl '" + good + "'");
  EXPECT_EQ(r.exit_status, 1);
  EXPECT_NE(r.err.find("/nonexistent/articles.jsonl"), std::string::npos);
  EXPECT_EQ(ParseEvents(r.out).size(), 1u);
}

}  // namespace
}  // namespace khaldun::e2e
