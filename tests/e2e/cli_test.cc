// The command line as a user meets it: help, standard input, plain text,
// threads, and the bundled example articles.
#include <gtest/gtest.h>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

TEST(CliTest, HelpDocumentsEveryOption) {
  RunResult r = RunKhaldun("--help");
  EXPECT_EQ(r.exit_status, 0);
  EXPECT_NE(r.out.find("khaldun code"), std::string::npos);
  r = RunKhaldun("code --help");
  EXPECT_EQ(r.exit_status, 0);
  for (const char* option : {"--date", "--id", "--threads", "--rejects", "--dict", "--data",
                             "--wordnet", "--keep-negated", "--allow-missing-target"})
    EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

TEST(CliTest, BundledDictionariesPassTheLint) {
  RunResult r = RunKhaldun("dict check");
  EXPECT_EQ(r.exit_status, 0) << r.out;
  EXPECT_NE(r.out.find("0 problem(s)"), std::string::npos) << r.out;
}

TEST(CliTest, UsageErrors) {
  EXPECT_EQ(RunKhaldun("frobnicate").exit_status, 2);
  EXPECT_EQ(RunKhaldun("code --threads 0").exit_status, 2);
  EXPECT_EQ(RunKhaldun("code --date 2023-13-01 x.txt").exit_status, 2);
  EXPECT_EQ(RunKhaldun("code --bogus").exit_status, 2);
}

TEST(CliTest, ReadsStandardInput) {
  std::string input =
      TempFile(R"({"id": "a", "date": "2023-04-08", "text": "Iran condemned Israel."})"
               "\n");
  RunResult r = RunKhaldun("code", input);
  EXPECT_EQ(r.exit_status, 0) << r.err;
  std::vector<EventRow> events = ParseEvents(r.out);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "IRN");
  EXPECT_EQ(events[0].target, "ISR");
  EXPECT_EQ(events[0].cameo, "111");
  EXPECT_EQ(events[0].root, "11");
}

TEST(CliTest, PlainTextWithDate) {
  std::string file = TempFile("Russia criticized France on Monday.\n", ".txt");
  // Published Wednesday 2024-03-06: Monday is 2024-03-04.
  RunResult r = RunKhaldun("code --date 2024-03-06 --id note-1 '" + file + "'");
  EXPECT_EQ(r.exit_status, 0) << r.err;
  std::vector<EventRow> events = ParseEvents(r.out);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].doc_id, "note-1");
  EXPECT_EQ(events[0].source, "RUS");
  EXPECT_EQ(events[0].target, "FRA");
  EXPECT_EQ(events[0].date, "2024-03-04");
}

TEST(CliTest, ThreadsKeepInputOrder) {
  // Many articles, each with its own id and one event: the order must hold.
  std::string input;
  for (int i = 0; i < 2000; ++i)
    input +=
        R"({"id": "a)" + std::to_string(i) +
        R"(", "date": "2023-04-08", "text": "Iran condemned Israel. Russia criticized France."})" +
        "\n";
  std::string file = TempFile(input);
  RunResult one = RunKhaldun("code --threads 1 '" + file + "'");
  RunResult two = RunKhaldun("code --threads 2 '" + file + "'");
  EXPECT_EQ(one.exit_status, 0);
  EXPECT_EQ(two.exit_status, 0);
  EXPECT_EQ(one.out, two.out);
  std::vector<EventRow> events = ParseEvents(two.out);
  ASSERT_EQ(events.size(), 4000u);
  EXPECT_EQ(events[0].doc_id, "a0");
  EXPECT_EQ(events[3999].doc_id, "a1999");
}

TEST(CliTest, CodesTheBundledExamples) {
  RunResult r =
      RunKhaldun(std::string("code '") + KHALDUN_SOURCE_DIR + "/examples/articles.jsonl'");
  EXPECT_EQ(r.exit_status, 0) << r.err;
  std::vector<EventRow> events = ParseEvents(r.out);
  auto has = [&](const std::string& doc, const std::string& src, const std::string& tgt,
                 const std::string& root) {
    for (const EventRow& e : events)
      if (e.doc_id == doc && e.source == src && e.target == tgt && e.root == root) return true;
    return false;
  };
  // "Ukraine was attacked by Russia": passive, material conflict.
  EXPECT_TRUE(has("khaldun-example-003", "RUS", "UKR", "19")) << r.out;
  // "Former President Barack Obama criticized Russia" in 2021: not the government.
  EXPECT_TRUE(has("khaldun-example-004", "USAELI", "RUS", "11")) << r.out;
  // The football article is out of scope.
  for (const EventRow& e : events) EXPECT_NE(e.doc_id, "khaldun-example-005") << e.line;
}

}  // namespace
}  // namespace khaldun::e2e
