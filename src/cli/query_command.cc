// khaldun query: filter a store's events and aggregate them by period and
// group into counts and Goldstein sums and means.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/resources.h"
#include "store/event_store.h"
#include "store/export.h"

namespace khaldun::cli {
namespace {

const char* kQueryHelp = R"(khaldun query - filter and aggregate the events of a store

Usage: khaldun query --store STORE [FILTERS] [--by PERIOD] [--group GROUP] [--format F]

Without --by or --group, lists the matching events (doc_id, date, source,
target, cameo, root, quad_class, goldstein, mentions) in ingest order. With
them, prints one row per period and group: events (kept after de-duplication),
mentions (raw events they stand for), goldstein_sum and goldstein_mean.

Options:
  --store STORE        a SQLite file or a postgresql:// URL (required)
  --by PERIOD          day, week (starting Monday, named by that Monday) or month
  --group GROUP        dyad (source and target), source, target, cameo, root, quad
  --format F           table (default), csv or json
  --limit N            list at most N events
  -h, --help           this text
)";

int Usage(const std::string& message) {
  std::fprintf(stderr, "khaldun: %s\nTry 'khaldun query --help'.\n", message.c_str());
  return 2;
}

}  // namespace

int RunQuery(int argc, char** argv) {
  std::string location, dedup_name, error;
  store::Filter filter;
  store::Aggregation aggregation;
  store::TableFormat format = store::TableFormat::kText;
  long limit = -1;
  ResourcePaths paths;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "-h" || arg == "--help") {
      std::fputs(kQueryHelp, stdout);
      std::fputs(kFilterHelp, stdout);
      return 0;
    } else if (ParseFilterOption(argc, argv, &i, &filter, &error)) {
      if (!error.empty()) return Usage(error);
    } else if (!has_value) {
      return Usage(arg[0] == '-' ? arg + " needs a value or is unknown" : "unexpected " + arg);
    } else if (arg == "--store") {
      location = argv[++i];
    } else if (arg == "--dedup") {
      dedup_name = argv[++i];
      if (!store::ParseDedup(dedup_name)) return Usage("--dedup must be none, story or day");
    } else if (arg == "--by") {
      std::optional<store::Period> p = store::ParsePeriod(argv[++i]);
      if (!p) return Usage("--by must be day, week or month");
      aggregation.period = *p;
    } else if (arg == "--group") {
      std::optional<store::Group> g = store::ParseGroup(argv[++i]);
      if (!g) return Usage("--group must be dyad, source, target, cameo, root or quad");
      aggregation.group = *g;
    } else if (arg == "--format") {
      std::optional<store::TableFormat> f = store::ParseTableFormat(argv[++i]);
      if (!f) return Usage("--format must be table, csv or json");
      format = *f;
    } else if (arg == "--limit") {
      char* end = nullptr;
      limit = std::strtol(argv[++i], &end, 10);
      if (*end != '\0' || limit < 0) return Usage("--limit must be a number of events");
    } else if (arg == "--data") {
      paths.data = argv[++i];
    } else {
      return Usage("unknown option " + arg + " for 'khaldun query'");
    }
  }
  if (location.empty()) return Usage("'khaldun query' needs --store FILE or postgresql://...");
  std::unique_ptr<cameo::Codebook> codebook = LoadCodebook(paths, &error);
  if (!codebook) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  if (!store::ValidateFilter(filter, *codebook, &error)) return Usage(error);
  try {
    std::unique_ptr<store::EventStore> store = store::EventStore::Open(location);
    if (dedup_name.empty()) dedup_name = store->Setting("dedup");
    store::Dedup dedup = store::ParseDedup(dedup_name).value_or(store::Dedup::kNone);
    store::Table table;
    if (aggregation.any()) {
      table = store->Aggregate(filter, dedup, aggregation);
    } else {
      table.columns = {"doc_id", "date",       "source",    "target",  "cameo",
                       "root",   "quad_class", "goldstein", "mentions"};
      store->ForEachEvent(filter, dedup, [&](const store::EventRecord& e) {
        if (limit >= 0 && static_cast<long>(table.rows.size()) >= limit) return;
        auto opt = [](const std::string& s) {
          return s.empty() ? std::nullopt : std::optional<std::string>(s);
        };
        char goldstein[32] = "";
        if (e.goldstein) std::snprintf(goldstein, sizeof goldstein, "%g", *e.goldstein);
        table.rows.push_back({e.article_id, e.date, opt(e.source), opt(e.target), e.cameo,
                              opt(e.root),
                              e.quad_class ? opt(std::to_string(e.quad_class)) : std::nullopt,
                              opt(goldstein), std::to_string(e.mentions)});
      });
    }
    store::WriteTable(table, format, stdout);
  } catch (const store::StoreError& e) {
    std::fprintf(stderr, "khaldun: %s\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace khaldun::cli
