// Store benchmark: writes synthetic events straight into a store (not
// through the coder), then times the query an analyst runs most, counts and
// Goldstein sums of every dyad by month, and a one-dyad monthly series.
//
//   store_bench STORE EVENTS [EVENTS_PER_ARTICLE]
//
// STORE is a SQLite file or a postgresql:// URL; it should be empty (with
// EVENTS 0 nothing is written and only the queries run). Figures are wall
// time and this process's CPU time (for PostgreSQL the server's CPU time is
// not in it; on a shared machine the CPU time is the steadier figure). Events
// get actors from 12 countries with and without one of 5 sectors, one of 24
// CAMEO codes, and a date within 2015-2024, from a fixed random seed.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "cameo/codebook.h"
#include "store/event_store.h"
#include "when/civil_date.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

const char* kCountries[] = {"IRN", "ISR", "USA", "RUS", "UKR", "CHN",
                            "SYR", "TUR", "EGY", "FRA", "DEU", "PSE"};
const char* kSectors[] = {"", "GOV", "MIL", "REB", "OPP", "BUS"};
const char* kCodes[] = {"010", "020", "036",  "040", "042", "043", "051", "057",
                        "061", "070", "0311", "100", "111", "112", "120", "130",
                        "138", "141", "163",  "172", "180", "190", "193", "195"};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: store_bench STORE EVENTS [EVENTS_PER_ARTICLE]\n");
    return 2;
  }
  const std::string location = argv[1];
  const long total = std::atol(argv[2]);
  const int per_article = argc > 3 ? std::atoi(argv[3]) : 20;
  std::string error;
  auto codebook = khaldun::cameo::Codebook::Load(
      std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  if (!codebook) {
    std::fprintf(stderr, "store_bench: %s\n", error.c_str());
    return 1;
  }
  try {
    auto store = khaldun::store::EventStore::Open(location);
    std::mt19937 random(42);
    auto pick = [&](auto& array) { return array[random() % (sizeof(array) / sizeof(array[0]))]; };
    const long first_day = khaldun::when::CivilDate{2015, 1, 1}.DaysSinceEpoch();
    const long days = khaldun::when::CivilDate{2024, 12, 31}.DaysSinceEpoch() - first_day + 1;
    auto start = Clock::now();
    double cpu_start = CpuSeconds();
    long written = 0, articles = 0;
    std::vector<khaldun::store::CodedArticle> batch;
    while (written < total) {
      khaldun::store::CodedArticle a;
      a.article.id = "bench-" + std::to_string(articles++);
      std::string date =
          khaldun::when::CivilDate::FromDaysSinceEpoch(first_day + random() % days).ToString();
      a.article.date = date;
      a.article.text = "Synthetic article " + a.article.id + ".";
      for (int i = 0; i < per_article && written < total; ++i, ++written) {
        khaldun::store::StoredEvent e;
        e.sentence_index = i;
        e.sentence_end = 10;
        e.sentence_text = "Sentence.";
        e.source = {std::string(pick(kCountries)) + pick(kSectors), "Source", 0, 6, "dictionary"};
        e.target = {std::string(pick(kCountries)) + pick(kSectors), "Target", 7, 13, "dictionary"};
        e.cameo = pick(kCodes);
        if (const auto* code = codebook->Find(e.cameo)) {
          e.root = code->root;
          e.quad_class = code->quad_class;
          e.goldstein = code->goldstein;
        }
        e.date = date;
        e.mode = "verb";
        e.pattern = "pattern";
        e.words = "words";
        e.entry_where = "verbs.txt:1";
        e.json = "{\"doc_id\":\"" + a.article.id + "\",\"sentence_index\":" + std::to_string(i) +
                 ",\"source\":\"" + e.source.code + "\",\"target\":\"" + e.target.code +
                 "\",\"cameo\":\"" + e.cameo + "\",\"date\":\"" + date + "\"}";
        a.events.push_back(std::move(e));
      }
      batch.push_back(std::move(a));
      if (batch.size() == 100) {
        store->Write(batch);
        batch.clear();
      }
    }
    if (!batch.empty()) store->Write(batch);
    double write_seconds = Seconds(start), write_cpu = CpuSeconds() - cpu_start;
    if (written > 0)
      std::printf(
          "write\t%ld events in %ld articles\t%.1f s wall, %.1f s CPU\t%.0f events/s\t%.0f "
          "articles/s (wall)\n",
          written, articles, write_seconds, write_cpu, written / write_seconds,
          articles / write_seconds);
    std::printf("stored\t%lld events\n", static_cast<long long>(store->CountEvents()));

    using khaldun::store::Aggregation;
    using khaldun::store::Dedup;
    using khaldun::store::Filter;
    using khaldun::store::Group;
    using khaldun::store::Period;
    Filter one_dyad;
    one_dyad.source = "IRN";
    one_dyad.target = "ISR";
    struct Query {
      const char* name;
      Filter filter;
      Dedup dedup;
    } queries[] = {{"all dyads by month", {}, Dedup::kNone},
                   {"IRN>ISR by month", one_dyad, Dedup::kNone},
                   {"all dyads by month, day filter", {}, Dedup::kDay}};
    for (const Query& q : queries) {
      double best = 1e9, best_cpu = 1e9;
      size_t rows = 0;
      for (int run = 0; run < 3; ++run) {
        auto t = Clock::now();
        double cpu = CpuSeconds();
        rows = store->Aggregate(q.filter, q.dedup, Aggregation{Period::kMonth, Group::kDyad})
                   .rows.size();
        best = std::min(best, Seconds(t));
        best_cpu = std::min(best_cpu, CpuSeconds() - cpu);
      }
      std::printf("query\t%s\t%zu rows\tbest of 3: %.3f s wall, %.3f s CPU\n", q.name, rows, best,
                  best_cpu);
    }
  } catch (const khaldun::store::StoreError& e) {
    std::fprintf(stderr, "store_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
