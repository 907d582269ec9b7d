// khaldun: the command-line front of the pipeline.
//
//   khaldun code [FILE...]     articles in (JSON Lines or plain text), events out
//   khaldun dict stats         what the loaded dictionaries hold
//
// Exit status: 0 all input coded; 1 a fatal error (unreadable dictionaries,
// data or input file); 2 a usage error; 3 some input records were rejected
// (and every good one was still coded).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "cameo/codebook.h"
#include "cli/coding_options.h"
#include "cli/commands.h"
#include "cli/resources.h"
#include "coder/coder.h"
#include "dict/lint.h"
#include "eval/gold.h"
#include "eval/scorer.h"
#include "geo/placer.h"
#include "io/article_reader.h"
#include "output/event_json.h"
#include "when/civil_date.h"

namespace khaldun::cli {
namespace {

constexpr const char* kVersion = "0.1.0";

const char* kMainHelp = R"(khaldun - political event data from news text (CAMEO coding)

Usage:
  khaldun code [OPTIONS] [FILE...]   code articles into events (see 'khaldun code --help')
  khaldun dict stats [--dict DIR]    count the entries of the dictionaries
  khaldun dict check [--dict DIR]    lint them: duplicates, conflicting codes, overlapping
                                     date ranges, names that can never match, unknown codes
  khaldun score GOLD [OPTIONS]       score the coder on a human-coded set (see 'khaldun score --help')
  khaldun ingest [FILE...] --store S code articles into a SQLite or PostgreSQL store
  khaldun query --store S [OPTIONS]  filter and aggregate stored events (counts, Goldstein)
  khaldun export --store S --format jsonl|csv|gdelt
                                     write stored events for other tools
  khaldun validate RECORDS [--dict F] run a TABARI or PETRARCH validation suite
  khaldun dict convert FILE...       TABARI/PETRARCH dictionaries in Khaldun's format
  khaldun geo TEXT                   show the place names of a text and their resolutions
  khaldun serve --store S [OPTIONS]  the store as a JSON API and a web dashboard
  khaldun --help                     this text
  khaldun --version                  the version

Data: dictionaries, the CAMEO table and WordNet are found through --data DIR
(or $KHALDUN_DATA), default the data/ folder Khaldun was built with, and
--wordnet DIR (or $KHALDUN_WORDNET), default /usr/share/wordnet.
)";

const char* kCodeHelp = R"(khaldun code - read news articles, write CAMEO events as JSON Lines

Usage: khaldun code [OPTIONS] [FILE...]

Reads each FILE (standard input when none is given, or for '-'). A file is
read as JSON Lines, one article per line:
  {"id": "...", "date": "YYYY-MM-DD", "text": "...", ...}
With --date, files that do not end in .jsonl or .json are read as plain
text, one article per file, with the file name (or --id) as the article id.
Writes one event per line to standard output, in input order.

Options:
  --date YYYY-MM-DD    publication date of plain-text input
  --id ID              article id of plain-text input (default: the file name)
  --threads N          code with N threads (default 1); output order is kept
  --rejects FILE       append every rejected input line, verbatim, to FILE
  --dict DIR           dictionary folder (default DATA/dict)
  --issues FILE        issues dictionary (PETRARCH's, or Khaldun 'issue' lines):
                       each event lists its sentence's issues
  --data DIR           data folder (default: the one Khaldun was built with)
  --wordnet DIR        WordNet dictionary folder (default /usr/share/wordnet)
  --keep-negated       also emit negated and hedged events ("did not condemn")
  --allow-missing-target
                       also emit events that name no target
  --gazetteer FILE     the compiled gazetteer (default $KHALDUN_GAZETTEER, else
                       the one built with Khaldun: build/gazetteer.khg)
  --no-geo             code without places: every event's location is null
  -h, --help           this text

A bad input line (malformed JSON, a missing or invalid id/date/text,
invalid UTF-8) is reported on standard error as INPUT:LINE: reason and
skipped; every good article is still coded. Exit status: 0 all coded,
1 fatal error, 2 usage error, 3 some input was rejected.
)";

struct CodeOptions {
  std::vector<std::string> files;
  std::string date;
  std::string id;
  int threads = 1;
  std::string rejects;
  CodingOptions coding;
};

int Usage(const std::string& message) {
  std::fprintf(stderr, "khaldun: %s\nTry 'khaldun --help'.\n", message.c_str());
  return 2;
}

// Parses the options of 'khaldun code'; returns -1 to go on, else an exit status.
int ParseCodeOptions(int argc, char** argv, CodeOptions* o) {
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    if (arg == "-h" || arg == "--help") {
      std::fputs(kCodeHelp, stdout);
      return 0;
    } else if (arg == "--date") {
      if (!value(&o->date)) return Usage("--date needs a value");
      if (!when::CivilDate::Parse(o->date))
        return Usage("--date must be a real day as YYYY-MM-DD, got \"" + o->date + "\"");
    } else if (arg == "--id") {
      if (!value(&o->id)) return Usage("--id needs a value");
    } else if (arg == "--threads") {
      std::string n;
      if (!value(&n)) return Usage("--threads needs a value");
      char* end = nullptr;
      long threads = std::strtol(n.c_str(), &end, 10);
      if (n.empty() || *end != '\0' || threads < 1 || threads > 256)
        return Usage("--threads must be a number from 1 to 256, got \"" + n + "\"");
      o->threads = static_cast<int>(threads);
    } else if (arg == "--rejects") {
      if (!value(&o->rejects)) return Usage("--rejects needs a file name");
    } else if (std::string error; TakeCodingOption(argc, argv, &i, &o->coding, &error)) {
      if (!error.empty()) return Usage(error);
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return Usage("unknown option " + arg + " for 'khaldun code'");
    } else {
      o->files.push_back(arg);
    }
  }
  return -1;
}

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Codes batches of articles on worker threads and writes their events in
// input order. With one thread everything runs on the caller's thread.
class OrderedCoder {
 public:
  OrderedCoder(const coder::Coder& coder, const geo::Placer* placer,
               const cameo::Codebook& codebook, int threads)
      : coder_(coder), placer_(placer), codebook_(codebook), threads_(threads) {}

  void Add(io::Article article) {
    batch_.push_back(std::move(article));
    if (batch_.size() >= kBatchSize) Submit();
  }

  void Finish() {
    if (!batch_.empty()) Submit();
    while (!pending_.empty()) WriteFront();
    std::fflush(stdout);
  }

 private:
  static constexpr size_t kBatchSize = 64;

  std::string CodeBatch(const std::vector<io::Article>& articles) const {
    std::string out;
    for (const io::Article& a : articles) {
      coder::ArticleInput input{a.id, a.date, a.text};
      std::vector<coder::Event> events = coder_.Code(input);
      if (placer_ != nullptr) placer_->PlaceEvents(a.text, &events);
      for (const coder::Event& e : events) output::AppendEventJson(e, a.text, codebook_, &out);
    }
    return out;
  }

  void Submit() {
    std::vector<io::Article> batch;
    batch.swap(batch_);
    if (threads_ == 1) {
      std::string out = CodeBatch(batch);
      std::fwrite(out.data(), 1, out.size(), stdout);
      return;
    }
    // Keep at most two batches per thread in flight, so memory stays bounded.
    while (pending_.size() >= static_cast<size_t>(2 * threads_)) WriteFront();
    pending_.push_back(
        std::async(std::launch::async, [this, b = std::move(batch)] { return CodeBatch(b); }));
  }

  void WriteFront() {
    std::string out = pending_.front().get();
    pending_.pop_front();
    std::fwrite(out.data(), 1, out.size(), stdout);
  }

  const coder::Coder& coder_;
  const geo::Placer* placer_;  // null with --no-geo
  const cameo::Codebook& codebook_;
  int threads_;
  std::vector<io::Article> batch_;
  std::deque<std::future<std::string>> pending_;
};

int RunCode(int argc, char** argv) {
  CodeOptions o;
  int status = ParseCodeOptions(argc, argv, &o);
  if (status >= 0) return status;
  if (o.files.empty()) o.files.push_back("-");

  std::string error;
  std::unique_ptr<Resources> resources = LoadResources(o.coding.paths, &error);
  if (!resources) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  coder::Coder coder(resources->dictionary.get(), resources->lemmatizer.get(), o.coding.coder);
  Places places;
  if (!LoadPlaces(o.coding.gazetteer, o.coding.no_geo, &places, &error)) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }

  std::FILE* rejects = nullptr;
  if (!o.rejects.empty()) {
    rejects = std::fopen(o.rejects.c_str(), "ab");
    if (rejects == nullptr) {
      std::fprintf(stderr, "khaldun: cannot write rejects file %s: %s\n", o.rejects.c_str(),
                   std::strerror(errno));
      return 1;
    }
  }
  uint64_t rejected = 0, coded = 0;
  auto reject = [&](const io::Rejection& r) {
    ++rejected;
    std::fprintf(stderr, "khaldun: %s\n", r.Message().c_str());
    if (rejects != nullptr) {
      std::fwrite(r.raw.data(), 1, r.raw.size(), rejects);
      std::fputc('\n', rejects);
    }
  };

  OrderedCoder out(coder, places.placer.get(), *resources->codebook, o.threads);
  bool fatal = false;
  for (const std::string& file : o.files) {
    bool plain =
        !o.date.empty() && file != "-" && !EndsWith(file, ".jsonl") && !EndsWith(file, ".json");
    if (plain) {
      io::Article article;
      std::string reason;
      std::string id = o.id.empty() ? file : o.id;
      if (!io::ReadPlainTextArticle(file, id, o.date, &article, &reason)) {
        ++rejected;
        std::fprintf(stderr, "khaldun: %s: %s\n", file.c_str(), reason.c_str());
        continue;
      }
      ++coded;
      out.Add(std::move(article));
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
    while (true) {
      io::JsonLinesReader::Status s = reader.Next(&article, &rejection);
      if (s == io::JsonLinesReader::Status::kEnd) break;
      if (s == io::JsonLinesReader::Status::kRejected) {
        reject(rejection);
        continue;
      }
      ++coded;
      out.Add(std::move(article));
      article = io::Article();
    }
    if (f != stdin) std::fclose(f);
  }
  out.Finish();
  if (rejects != nullptr) std::fclose(rejects);
  if (rejected > 0)
    std::fprintf(stderr, "khaldun: %llu article(s) coded, %llu input record(s) rejected\n",
                 static_cast<unsigned long long>(coded), static_cast<unsigned long long>(rejected));
  if (fatal) return 1;
  return rejected > 0 ? 3 : 0;
}

const char* kScoreHelp = R"(khaldun score - score the coder on a human-coded development set

Usage: khaldun score GOLD [--format F] [--date YYYY-MM-DD] [--show-misses N] [--dict DIR]

GOLD is one of (the format is guessed from the name, or given with --format):
  cameo-examples  TSV cameo_code, example_no, sentence, note (the codebook's examples)
  gsr             TSV id, category, YYYYMMDD, "SRC|TGT|CODE ; ...", event text, text
  jsonl           the shared gold contract {"id","pub_date","text","context","events"}
--date is the publication date of records that carry none (default 2000-01-01).
Prints the share of records whose expected code's root (and exact code) is
among the coded events, and event precision, recall and F1 at root level with
source and target country. --show-misses N prints up to N records the coder got
wrong, with what it coded.
)";

int RunScore(int argc, char** argv) {
  std::string gold_path, format_name, date = "2000-01-01";
  long show = 0;
  ResourcePaths paths;
  coder::CoderOptions coder_options;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kScoreHelp, stdout);
      return 0;
    } else if (arg == "--allow-missing-target") {
      coder_options.allow_missing_target = true;
    } else if (arg == "--format" && i + 1 < argc) {
      format_name = argv[++i];
    } else if (arg == "--date" && i + 1 < argc) {
      date = argv[++i];
      if (!when::CivilDate::Parse(date)) return Usage("--date must be YYYY-MM-DD");
    } else if (arg == "--show-misses" && i + 1 < argc) {
      show = std::strtol(argv[++i], nullptr, 10);
    } else if (arg == "--dict" && i + 1 < argc) {
      paths.dict = argv[++i];
    } else if (arg == "--data" && i + 1 < argc) {
      paths.data = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      return Usage("unknown option " + arg + " for 'khaldun score'");
    } else {
      gold_path = arg;
    }
  }
  if (gold_path.empty()) return Usage("'khaldun score' needs a gold file");
  eval::GoldFormat format = eval::GuessFormat(gold_path);
  if (format_name == "cameo-examples") {
    format = eval::GoldFormat::kCameoExamples;
  } else if (format_name == "gsr") {
    format = eval::GoldFormat::kGsr;
  } else if (format_name == "jsonl") {
    format = eval::GoldFormat::kJsonl;
  } else if (!format_name.empty()) {
    return Usage("--format must be cameo-examples, gsr or jsonl");
  }
  std::string error;
  std::unique_ptr<Resources> r = LoadResources(paths, &error);
  if (!r) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  std::vector<eval::GoldRecord> records;
  std::vector<std::string> errors;
  if (!eval::ReadGold(gold_path, format, date, &records, &errors)) {
    std::fprintf(stderr, "khaldun: cannot read %s\n", gold_path.c_str());
    return 1;
  }
  for (const std::string& e : errors) std::fprintf(stderr, "khaldun: %s\n", e.c_str());
  coder::Coder coder(r->dictionary.get(), r->lemmatizer.get(), coder_options);
  std::vector<eval::RecordOutcome> outcomes;
  eval::Score s = eval::ScoreGold(coder, records, &outcomes);
  for (const eval::RecordOutcome& o : outcomes) {
    if (show <= 0) break;
    bool miss = o.matched < static_cast<int>(o.record->events.size()) ||
                static_cast<int>(o.coded.size()) > o.matched;
    if (!miss) continue;
    --show;
    std::printf("MISS %s: %s\n  gold:", o.record->id.c_str(), o.record->text.c_str());
    for (const eval::GoldEvent& g : o.record->events)
      std::printf(" %s>%s:%s", g.source.c_str(), g.target.c_str(), g.cameo.c_str());
    std::printf("\n  coded:");
    for (const eval::GoldEvent& c : o.coded)
      std::printf(" %s>%s:%s", c.source.c_str(), c.target.c_str(), c.cameo.c_str());
    std::printf("\n");
  }
  std::printf("records\t%d\n", s.records);
  if (s.records_with_code > 0) {
    std::printf("root match\t%.3f\t(%d of %d)\n", s.RootShare(), s.root_hits, s.records_with_code);
    std::printf("exact code\t%.3f\t(%d of %d)\n", s.CodeShare(), s.code_hits, s.records_with_code);
  }
  if (s.gold_events > 0 || s.coded_events > 0) {
    std::printf("events\tgold %d\tcoded %d\tmatched %d\n", s.gold_events, s.coded_events,
                s.matched_events);
    std::printf("precision\t%.3f\nrecall\t%.3f\nF1\t%.3f\n", s.Precision(), s.Recall(), s.F1());
  }
  return 0;
}

int RunDict(int argc, char** argv) {
  if (argc >= 1 && std::strcmp(argv[0], "convert") == 0) return RunDictConvert(argc - 1, argv + 1);
  if (argc < 1 || (std::strcmp(argv[0], "stats") != 0 && std::strcmp(argv[0], "check") != 0))
    return Usage("'khaldun dict' takes a subcommand: stats or check");
  const bool check = std::strcmp(argv[0], "check") == 0;
  ResourcePaths paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if ((arg == "--dict" || arg == "--data") && i + 1 < argc) {
      (arg == "--dict" ? paths.dict : paths.data) = argv[++i];
    } else {
      return Usage("unknown option " + arg + " for 'khaldun dict stats'");
    }
  }
  std::string error;
  std::unique_ptr<Resources> r = LoadResources(paths, &error);
  if (!r) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  if (check) {
    std::string dir = paths.dict.empty() ? r->data_dir + "/dict" : paths.dict;
    std::string fatal;
    std::vector<std::string> problems = dict::LintDirectory(dir, r->codebook.get(), &fatal);
    if (!fatal.empty()) {
      std::fprintf(stderr, "khaldun: %s\n", fatal.c_str());
      return 1;
    }
    for (const std::string& p : problems) std::printf("%s\n", p.c_str());
    std::printf("%zu problem(s) in %s\n", problems.size(), dir.c_str());
    return problems.empty() ? 0 : 1;
  }
  const dict::Dictionary& d = *r->dictionary;
  std::printf("kind\tentries\tphrases\n");
  for (dict::EntryKind k :
       {dict::EntryKind::kActor, dict::EntryKind::kNation, dict::EntryKind::kPerson,
        dict::EntryKind::kAgent, dict::EntryKind::kVerb, dict::EntryKind::kNoun,
        dict::EntryKind::kVerdict, dict::EntryKind::kDiscard, dict::EntryKind::kIssue}) {
    std::printf("%s\t%zu\t%zu\n", std::string(dict::EntryKindName(k)).c_str(), d.CountOf(k),
                d.PhraseCountOf(k));
  }
  std::printf("load\t%.3f s\n", r->load_seconds);
  return 0;
}

}  // namespace
}  // namespace khaldun::cli

int main(int argc, char** argv) {
  using namespace khaldun::cli;
  if (argc < 2) {
    std::fputs(kMainHelp, stderr);
    return 2;
  }
  std::string command = argv[1];
  if (command == "-h" || command == "--help" || command == "help") {
    std::fputs(kMainHelp, stdout);
    return 0;
  }
  if (command == "--version") {
    std::printf("khaldun %s\n", kVersion);
    return 0;
  }
  if (command == "code") return RunCode(argc - 2, argv + 2);
  if (command == "dict") return RunDict(argc - 2, argv + 2);
  if (command == "score") return RunScore(argc - 2, argv + 2);
  if (command == "ingest") return RunIngest(argc - 2, argv + 2);
  if (command == "query") return RunQuery(argc - 2, argv + 2);
  if (command == "export") return RunExport(argc - 2, argv + 2);
  if (command == "validate") return RunValidate(argc - 2, argv + 2);
  if (command == "geo") return RunGeo(argc - 2, argv + 2);
  if (command == "serve") return RunServe(argc - 2, argv + 2);
  return Usage("unknown command '" + command + "'");
}
