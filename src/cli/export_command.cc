// khaldun export: a store's events as JSON Lines, CSV or the GDELT 2.0
// event table, for R, pandas and GDELT tooling.
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

const char* kExportHelp = R"(khaldun export - write a store's events for other tools

Usage: khaldun export --store STORE [--format jsonl|csv|gdelt] [FILTERS] [-o FILE]

Formats:
  jsonl   (default) each event as 'khaldun code' printed it, in ingest order;
          with a dedup filter each kept event also has "mentions"
  csv     a header line, then doc_id, event_index, sentence_index, date,
          source, source_name, source_country, source_sector, target, ...,
          cameo, root, quad_class, goldstein, place, mentions, url
  gdelt   the 61 tab-separated columns of the GDELT 2.0 event table, no
          header (docs/store.md says which columns are filled and how)

Options:
  --store STORE        a SQLite file or a postgresql:// URL (required)
  --format F           jsonl, csv or gdelt
  -o, --output FILE    write to FILE instead of standard output
  -h, --help           this text
)";

int Usage(const std::string& message) {
  std::fprintf(stderr, "khaldun: %s\nTry 'khaldun export --help'.\n", message.c_str());
  return 2;
}

}  // namespace

int RunExport(int argc, char** argv) {
  std::string location, dedup_name, output, error;
  store::Filter filter;
  store::ExportFormat format = store::ExportFormat::kJsonl;
  ResourcePaths paths;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kExportHelp, stdout);
      std::fputs(kFilterHelp, stdout);
      return 0;
    } else if (ParseFilterOption(argc, argv, &i, &filter, &error)) {
      if (!error.empty()) return Usage(error);
    } else if (i + 1 >= argc) {
      return Usage(arg[0] == '-' ? arg + " needs a value or is unknown" : "unexpected " + arg);
    } else if (arg == "--store") {
      location = argv[++i];
    } else if (arg == "--dedup") {
      dedup_name = argv[++i];
      if (!store::ParseDedup(dedup_name)) return Usage("--dedup must be none, story or day");
    } else if (arg == "--format") {
      std::optional<store::ExportFormat> f = store::ParseExportFormat(argv[++i]);
      if (!f) return Usage("--format must be jsonl, csv or gdelt");
      format = *f;
    } else if (arg == "-o" || arg == "--output") {
      output = argv[++i];
    } else if (arg == "--data") {
      paths.data = argv[++i];
    } else {
      return Usage("unknown option " + arg + " for 'khaldun export'");
    }
  }
  if (location.empty()) return Usage("'khaldun export' needs --store FILE or postgresql://...");
  std::unique_ptr<cameo::Codebook> codebook = LoadCodebook(paths, &error);
  if (!codebook) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  if (!store::ValidateFilter(filter, *codebook, &error)) return Usage(error);
  std::FILE* out = stdout;
  if (!output.empty() && (out = std::fopen(output.c_str(), "wb")) == nullptr) {
    std::fprintf(stderr, "khaldun: cannot write %s\n", output.c_str());
    return 1;
  }
  int status = 0;
  try {
    std::unique_ptr<store::EventStore> store = store::EventStore::Open(location);
    if (dedup_name.empty()) dedup_name = store->Setting("dedup");
    store::Dedup dedup = store::ParseDedup(dedup_name).value_or(store::Dedup::kNone);
    store::ExportEvents(store.get(), filter, dedup, format, out);
  } catch (const store::StoreError& e) {
    std::fprintf(stderr, "khaldun: %s\n", e.what());
    status = 1;
  }
  if (std::fflush(out) != 0) status = 1;
  if (out != stdout) std::fclose(out);
  return status;
}

}  // namespace khaldun::cli
