// khaldun ingest: code articles and write them, their events, actors and
// evidence into a store, a batch of articles per transaction.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "cli/coding_options.h"
#include "cli/commands.h"
#include "cli/resources.h"
#include "coder/coder.h"
#include "geo/placer.h"
#include "io/article_reader.h"
#include "store/event_store.h"
#include "store/from_coder.h"
#include "when/civil_date.h"

namespace khaldun::cli {
namespace {

const char* kIngestHelp = R"(khaldun ingest - code articles and store their events

Usage: khaldun ingest [OPTIONS] [FILE...] --store STORE

Reads articles as 'khaldun code' does (JSON Lines, or plain text with
--date), codes them, and writes the articles, the sentences events came
from, the events, their actors and evidence into STORE: a SQLite file
(created if absent) or a postgresql://USER@HOST:PORT/DB URL.

Re-ingesting an article id replaces everything stored for it. Articles are
committed in batches, each in one transaction: an interrupted ingest leaves
whole articles only, and running it again finishes the job without
duplicates. Several ingests may write into one store at the same time.

Options:
  --store STORE        where to write (required)
  --dedup MODE         the store's default de-duplication for query and
                       export: none, story (one event per article, source,
                       target and code) or day (one per date, source, target
                       and code); raw events are always kept
  --batch N            articles per transaction (default 100)
  --date YYYY-MM-DD    publication date of plain-text input
  --id ID              article id of plain-text input (default: the file name)
  --threads N          code with N threads (default 1)
  --rejects FILE       append every rejected input line, verbatim, to FILE
  --dict DIR, --issues FILE, --data DIR, --wordnet DIR, --keep-negated,
  --allow-missing-target, --gazetteer FILE, --no-geo
                       as for 'khaldun code' (events are placed as it places them)
  -h, --help           this text

Exit status: 0 all stored, 1 fatal error (store or input unreadable), 2 usage
error, 3 some input records were rejected (and every good one was stored).
)";

struct IngestOptions {
  std::vector<std::string> files;
  std::string store;
  std::string dedup;
  size_t batch = 100;
  std::string date, id, rejects;
  int threads = 1;
  CodingOptions coding;
};

int Usage(const std::string& message) {
  std::fprintf(stderr, "khaldun: %s\nTry 'khaldun ingest --help'.\n", message.c_str());
  return 2;
}

bool ParseCount(const std::string& s, long max, long* out) {
  char* end = nullptr;
  errno = 0;
  long v = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno != 0 || v < 1 || v > max) return false;
  *out = v;
  return true;
}

int ParseOptions(int argc, char** argv, IngestOptions* o) {
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string v;
    long n = 0;
    if (arg == "-h" || arg == "--help") {
      std::fputs(kIngestHelp, stdout);
      return 0;
    } else if (arg == "--store") {
      if (!value(&o->store)) return Usage("--store needs a file or a postgresql:// URL");
    } else if (arg == "--dedup") {
      if (!value(&o->dedup) || !store::ParseDedup(o->dedup))
        return Usage("--dedup must be none, story or day");
    } else if (arg == "--batch") {
      if (!value(&v) || !ParseCount(v, 100000, &n))
        return Usage("--batch must be a number from 1 to 100000, got \"" + v + "\"");
      o->batch = static_cast<size_t>(n);
    } else if (arg == "--threads") {
      if (!value(&v) || !ParseCount(v, 256, &n))
        return Usage("--threads must be a number from 1 to 256, got \"" + v + "\"");
      o->threads = static_cast<int>(n);
    } else if (arg == "--date") {
      if (!value(&o->date) || !when::CivilDate::Parse(o->date))
        return Usage("--date must be a real day as YYYY-MM-DD, got \"" + o->date + "\"");
    } else if (arg == "--id") {
      if (!value(&o->id)) return Usage("--id needs a value");
    } else if (arg == "--rejects") {
      if (!value(&o->rejects)) return Usage("--rejects needs a file name");
    } else if (std::string error; TakeCodingOption(argc, argv, &i, &o->coding, &error)) {
      if (!error.empty()) return Usage(error);
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return Usage("unknown option " + arg + " for 'khaldun ingest'");
    } else {
      o->files.push_back(arg);
    }
  }
  if (o->store.empty())
    return Usage("'khaldun ingest' needs --store FILE or --store postgresql://...");
  return -1;
}

// The store as it may be printed: a URL's password (user:secret@host) hidden.
std::string Printable(const std::string& location) {
  size_t scheme = location.find("://");
  size_t at = location.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return location;
  size_t colon = location.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return location;
  return location.substr(0, colon) + ":***" + location.substr(at);
}

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Codes a batch of articles (spread over threads, order kept) and writes it
// to the store in one transaction.
class BatchIngester {
 public:
  BatchIngester(const coder::Coder& coder, const geo::Placer* placer,
                const cameo::Codebook& codebook, store::EventStore* store, const IngestOptions& o)
      : coder_(coder), placer_(placer), codebook_(codebook), store_(store), options_(o) {}

  void Add(io::Article article) {
    batch_.push_back({std::move(article), {}});
    if (batch_.size() >= options_.batch) Flush();
  }

  void Flush() {
    if (batch_.empty()) return;
    size_t threads = std::min<size_t>(options_.threads, batch_.size());
    std::vector<std::future<void>> work;
    for (size_t t = 1; t < threads; ++t)
      work.push_back(std::async(std::launch::async, [this, t, threads] { CodeEvery(t, threads); }));
    CodeEvery(0, threads);
    for (auto& w : work) w.get();
    store_->Write(batch_);
    for (const store::CodedArticle& a : batch_) events_ += a.events.size();
    articles_ += batch_.size();
    batch_.clear();
  }

  uint64_t articles() const { return articles_; }
  uint64_t events() const { return events_; }

 private:
  // Codes articles first, first + step, ... of the batch.
  void CodeEvery(size_t first, size_t step) {
    for (size_t i = first; i < batch_.size(); i += step) {
      store::CodedArticle& a = batch_[i];
      coder::ArticleInput input{a.article.id, a.article.date, a.article.text};
      std::vector<coder::Event> events = coder_.Code(input);
      if (placer_ != nullptr) placer_->PlaceEvents(a.article.text, &events);
      for (const coder::Event& e : events)
        a.events.push_back(store::ToStoredEvent(e, a.article.text, codebook_));
    }
  }

  const coder::Coder& coder_;
  const geo::Placer* placer_;  // null with --no-geo
  const cameo::Codebook& codebook_;
  store::EventStore* store_;
  const IngestOptions& options_;
  std::vector<store::CodedArticle> batch_;
  uint64_t articles_ = 0, events_ = 0;
};

}  // namespace

int RunIngest(int argc, char** argv) {
  IngestOptions o;
  int status = ParseOptions(argc, argv, &o);
  if (status >= 0) return status;
  if (o.files.empty()) o.files.push_back("-");

  std::string error;
  std::unique_ptr<Resources> resources = LoadResources(o.coding.paths, &error);
  if (!resources) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  coder::Coder coder(resources->dictionary.get(), resources->lemmatizer.get(), o.coding.coder);
  // Events are placed as 'khaldun code' places them, so that an export gives
  // back what 'code' printed.
  Places places;
  if (!LoadPlaces(o.coding.gazetteer, o.coding.no_geo, &places, &error)) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  std::FILE* rejects = nullptr;
  if (!o.rejects.empty() && (rejects = std::fopen(o.rejects.c_str(), "ab")) == nullptr) {
    std::fprintf(stderr, "khaldun: cannot write rejects file %s: %s\n", o.rejects.c_str(),
                 std::strerror(errno));
    return 1;
  }
  uint64_t rejected = 0;
  bool fatal = false;
  try {
    std::unique_ptr<store::EventStore> store = store::EventStore::Open(o.store);
    if (!o.dedup.empty()) store->SetSetting("dedup", o.dedup);
    BatchIngester ingester(coder, places.placer.get(), *resources->codebook, store.get(), o);
    for (const std::string& file : o.files) {
      bool plain =
          !o.date.empty() && file != "-" && !EndsWith(file, ".jsonl") && !EndsWith(file, ".json");
      if (plain) {
        io::Article article;
        std::string reason;
        if (!io::ReadPlainTextArticle(file, o.id.empty() ? file : o.id, o.date, &article,
                                      &reason)) {
          ++rejected;
          std::fprintf(stderr, "khaldun: %s: %s\n", file.c_str(), reason.c_str());
          continue;
        }
        ingester.Add(std::move(article));
        continue;
      }
      std::FILE* f = file == "-" ? stdin : std::fopen(file.c_str(), "rb");
      if (f == nullptr) {
        std::fprintf(stderr, "khaldun: cannot open %s: %s\n", file.c_str(), std::strerror(errno));
        fatal = true;
        continue;
      }
      io::JsonLinesReader reader(f, file);
      io::Article article;
      io::Rejection rejection;
      io::JsonLinesReader::Status s;
      while ((s = reader.Next(&article, &rejection)) != io::JsonLinesReader::Status::kEnd) {
        if (s == io::JsonLinesReader::Status::kRejected) {
          ++rejected;
          std::fprintf(stderr, "khaldun: %s\n", rejection.Message().c_str());
          if (rejects != nullptr) {
            std::fwrite(rejection.raw.data(), 1, rejection.raw.size(), rejects);
            std::fputc('\n', rejects);
          }
          continue;
        }
        ingester.Add(std::move(article));
        article = io::Article();
      }
      if (f != stdin) std::fclose(f);
    }
    ingester.Flush();
    std::fprintf(stderr, "khaldun: %llu article(s) and %llu event(s) stored in %s\n",
                 static_cast<unsigned long long>(ingester.articles()),
                 static_cast<unsigned long long>(ingester.events()), Printable(o.store).c_str());
  } catch (const store::StoreError& e) {
    std::fprintf(stderr, "khaldun: %s\n", e.what());
    if (rejects != nullptr) std::fclose(rejects);
    return 1;
  }
  if (rejects != nullptr) std::fclose(rejects);
  if (rejected > 0)
    std::fprintf(stderr, "khaldun: %llu input record(s) rejected\n",
                 static_cast<unsigned long long>(rejected));
  if (fatal) return 1;
  return rejected > 0 ? 3 : 0;
}

}  // namespace khaldun::cli
