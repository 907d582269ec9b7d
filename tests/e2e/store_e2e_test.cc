// khaldun ingest, query and export as a user runs them, against SQLite and
// (through scripts/with-postgres.sh) PostgreSQL: export gives back what
// 'khaldun code' printed, re-ingesting changes nothing, a SIGKILLed ingest
// finishes cleanly when run again, and concurrent ingests neither lose nor
// duplicate anything.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "e2e/run_khaldun.h"
#include "store/event_store.h"
#include "store/test_store.h"

extern char** environ;

namespace khaldun::e2e {
namespace {

const std::string kExamples = std::string(KHALDUN_SOURCE_DIR) + "/examples/articles.jsonl";

// The example articles copied `copies` times, copy c's ids prefixed "c<c>-",
// from copy `first` on.
std::string Corpus(int first, int copies) {
  std::string examples = ReadFile(kExamples), out;
  for (int c = first; c < first + copies; ++c) {
    std::string prefixed = examples;
    const std::string key = "\"id\": \"";
    for (size_t at = prefixed.find(key); at != std::string::npos; at = prefixed.find(key, at + 1))
      prefixed.insert(at + key.size(), "c" + std::to_string(c) + "-");
    out += prefixed;
  }
  return out;
}

std::vector<std::string> SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(text.substr(start, nl - start));
  std::sort(lines.begin(), lines.end());
  return lines;
}

// Starts `khaldun ARGS` in the background (output discarded); returns its pid.
pid_t Spawn(const std::string& args) {
  std::string command = "exec " + std::string(KHALDUN_BINARY) + " " + args + " >/dev/null 2>&1";
  const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
  pid_t pid = -1;
  if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0)
    return -1;
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class StoreCliTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string skip;
    store_ = store::TestStore::Make(GetParam(), &skip);
    if (!store_) GTEST_SKIP() << skip;
    location_ = "'" + store_->location() + "'";
  }

  std::unique_ptr<store::TestStore> store_;
  std::string location_;
};

TEST_P(StoreCliTest, ExportGivesBackWhatCodePrintedEvenAfterReingesting) {
  RunResult code = RunKhaldun("code " + kExamples);
  ASSERT_EQ(code.exit_status, 0) << code.err;
  ASSERT_GT(code.out.size(), 0u);
  RunResult ingest = RunKhaldun("ingest " + kExamples + " --store " + location_);
  ASSERT_EQ(ingest.exit_status, 0) << ingest.err;
  EXPECT_NE(ingest.err.find("5 article(s)"), std::string::npos) << ingest.err;
  RunResult exported = RunKhaldun("export --store " + location_ + " --format jsonl");
  ASSERT_EQ(exported.exit_status, 0) << exported.err;
  EXPECT_EQ(exported.out, code.out);
  // Again, one article per transaction: every article replaced, nothing doubled.
  ASSERT_EQ(RunKhaldun("ingest --batch 1 --store " + location_ + " " + kExamples).exit_status, 0);
  EXPECT_EQ(RunKhaldun("export --store " + location_).out, code.out);
}

TEST_P(StoreCliTest, DedupChosenAtIngestAppliesToQueryAndExport) {
  std::string input = TempFile(
      R"({"id": "a", "date": "2023-04-08", "text": "Iran condemned Israel. Iran condemned Israel."})"
      "\n"
      R"({"id": "b", "date": "2023-04-08", "text": "Iran condemned Israel."})"
      "\n");
  ASSERT_EQ(RunKhaldun("ingest --dedup story --store " + location_ + " " + input).exit_status, 0);
  RunResult q = RunKhaldun("query --format csv --store " + location_);
  EXPECT_EQ(q.out,
            "doc_id,date,source,target,cameo,root,quad_class,goldstein,mentions\n"
            "a,2023-04-08,IRN,ISR,111,11,3,-2,2\n"
            "b,2023-04-08,IRN,ISR,111,11,3,-2,1\n")
      << q.err;
  q = RunKhaldun("query --dedup day --group dyad --format csv --store " + location_);
  EXPECT_EQ(q.out,
            "source,target,events,mentions,goldstein_sum,goldstein_mean\n"
            "IRN,ISR,1,3,-2.000,-2.000\n");
  q = RunKhaldun("query --dedup none --by day --format json --store " + location_);
  EXPECT_EQ(q.out, R"([{"period":"2023-04-08","events":3,"mentions":3,"goldstein_sum":-6,)"
                   R"("goldstein_mean":-2}])"
                   "\n");
  std::vector<EventRow> events = ParseEvents(RunKhaldun("export --store " + location_).out);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[0].line.find("\"mentions\":2}"), std::string::npos) << events[0].line;
}

TEST_P(StoreCliTest, BadQueriesAreUsageErrorsThatNameTheProblem) {
  ASSERT_EQ(RunKhaldun("ingest --store " + location_ + " " + kExamples).exit_status, 0);
  struct Case {
    std::string args, message;
  } cases[] = {
      {"--cameo 999", "unknown CAMEO event code \"999\""},
      {"--root 25", "--root must be a CAMEO root code from 01 to 20"},
      {"--from 2023-02-29", "--from must be a real day as YYYY-MM-DD, got \"2023-02-29\""},
      {"--to yesterday", "--to must be a real day as YYYY-MM-DD, got \"yesterday\""},
      {"--actor \"IRN' OR 1=1 --\"", "--actor must be a CAMEO actor code"},
      {"--source \"ISR;DROP\"", "--source must be a CAMEO actor code"},
      {"--quad 5", "--quad must be a QuadClass from 1 to 4"},
      {"--by year", "--by must be day, week or month"},
      {"--group country", "--group must be dyad"},
      {"--format xml", "--format must be table, csv or json"},
  };
  for (const Case& c : cases) {
    RunResult r = RunKhaldun("query --store " + location_ + " " + c.args);
    EXPECT_EQ(r.exit_status, 2) << c.args;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << ": " << r.err;
    EXPECT_EQ(r.out, "") << c.args;
  }
  RunResult r = RunKhaldun("export --format parquet --store " + location_);
  EXPECT_EQ(r.exit_status, 2);
  EXPECT_NE(r.err.find("--format must be jsonl, csv or gdelt"), std::string::npos);
  // The store is untouched: still every event.
  EXPECT_EQ(RunKhaldun("export --store " + location_).out, RunKhaldun("code " + kExamples).out);
}

TEST_P(StoreCliTest, ABadInputLineIsReportedAndTheGoodArticlesAreStored) {
  std::string input =
      TempFile(R"({"id": "a", "date": "2023-04-08", "text": "Iran condemned Israel."})"
               "\n"
               R"({"id": "b", "date": "2023-02-30", "text": "Iran condemned Israel."})"
               "\n");
  RunResult r = RunKhaldun("ingest --store " + location_ + " " + input);
  EXPECT_EQ(r.exit_status, 3);
  EXPECT_NE(r.err.find(input + ":2:"), std::string::npos) << r.err;
  std::vector<EventRow> events = ParseEvents(RunKhaldun("export --store " + location_).out);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].doc_id, "a");
}

TEST(StoreCliUsageTest, IngestOptionsAreChecked) {
  struct Case {
    std::string args, message;
  } cases[] = {
      {"ingest x.jsonl", "needs --store"},
      {"ingest --store s.db --batch 0", "--batch must be a number from 1 to 100000"},
      {"ingest --store s.db --dedup week", "--dedup must be none, story or day"},
      {"query --cameo 111", "needs --store"},
      {"export --format csv", "needs --store"},
  };
  for (const Case& c : cases) {
    RunResult r = RunKhaldun(c.args);
    EXPECT_EQ(r.exit_status, 2) << c.args;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << ": " << r.err;
  }
  RunResult r = RunKhaldun("ingest --store postgresql://nobody@127.0.0.1:1/none x.jsonl");
  EXPECT_EQ(r.exit_status, 1);
  EXPECT_NE(r.err.find("cannot connect to PostgreSQL store"), std::string::npos) << r.err;
}

// Articles whose stored event count disagrees with their event rows: none in
// a consistent store (an article and its events are written in one transaction).
int64_t TornArticles(store::EventStore* s) {
  int64_t torn = -1;
  s->connection()->Run(
      "SELECT COUNT(*) FROM articles a WHERE a.event_count <>"
      " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)",
      {}, [&](const store::SqlRow& row) { torn = std::stoll(*row[0]); });
  return torn;
}

TEST_P(StoreCliTest, AnIngestKilledMidwayFinishesWhenRunAgain) {
  const int copies = GetParam() == "sqlite" ? 300 : 200;  // 5 articles per copy
  std::string input = TempFile(Corpus(0, copies));
  // The reference: a clean ingest of the same input into another store.
  std::string skip;
  std::unique_ptr<store::TestStore> clean = store::TestStore::Make(GetParam(), &skip);
  ASSERT_TRUE(clean) << skip;
  std::string clean_location = "'" + clean->location() + "'";
  ASSERT_EQ(RunKhaldun("ingest --store " + clean_location + " " + input).exit_status, 0);
  std::string expected = RunKhaldun("export --store " + clean_location).out;
  ASSERT_FALSE(expected.empty());

  // Small transactions, killed as soon as some articles are in.
  std::unique_ptr<store::EventStore> watch = store::EventStore::Open(store_->location());
  pid_t pid = Spawn("ingest --batch 5 --store " + location_ + " " + input);
  ASSERT_GT(pid, 0);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (watch->CountArticles() < 20 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  kill(pid, SIGKILL);
  EXPECT_EQ(Wait(pid), 128 + SIGKILL) << "the ingest ended before it was killed";
  int64_t stored = watch->CountArticles();
  EXPECT_GE(stored, 20);
  EXPECT_LT(stored, 5 * copies) << "the ingest was not killed midway";
  EXPECT_EQ(TornArticles(watch.get()), 0);
  watch.reset();

  RunResult again = RunKhaldun("ingest --store " + location_ + " " + input);
  ASSERT_EQ(again.exit_status, 0) << again.err;
  EXPECT_EQ(RunKhaldun("export --store " + location_).out, expected);
}

TEST_P(StoreCliTest, ConcurrentIngestsOfOverlappingInputsLoseAndDuplicateNothing) {
  // Copies 0-299 and 150-449, the second in reverse order so the two
  // processes also meet on the same articles in opposite orders.
  std::string first = TempFile(Corpus(0, 300));
  std::string second_forward = Corpus(150, 300);
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = second_forward.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(second_forward.substr(start, nl - start + 1));
  std::reverse(lines.begin(), lines.end());
  std::string reversed;
  for (const std::string& l : lines) reversed += l;
  std::string second = TempFile(reversed);

  pid_t a = Spawn("ingest --batch 10 --store " + location_ + " " + first);
  pid_t b = Spawn("ingest --batch 10 --store " + location_ + " " + second);
  ASSERT_GT(a, 0);
  ASSERT_GT(b, 0);
  EXPECT_EQ(Wait(a), 0);
  EXPECT_EQ(Wait(b), 0);

  // Every event 'khaldun code' gives for copies 0-449, each exactly once.
  std::string all = TempFile(Corpus(0, 450));
  std::vector<std::string> expected = SortedLines(RunKhaldun("code " + all).out);
  std::vector<std::string> stored = SortedLines(RunKhaldun("export --store " + location_).out);
  EXPECT_EQ(stored.size(), expected.size());
  EXPECT_TRUE(stored == expected);
  std::unique_ptr<store::EventStore> s = store::EventStore::Open(store_->location());
  EXPECT_EQ(s->CountArticles(), 450 * 5);
  EXPECT_EQ(TornArticles(s.get()), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCliTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace khaldun::e2e
