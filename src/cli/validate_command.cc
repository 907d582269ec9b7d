// khaldun validate: runs a peer's validation suite (TABARI Validate.text or
// PETRARCH PETR.UnitTest.records.xml) with the peer's dictionaries, converted.
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "coder/coder.h"
#include "compat/peer_coder.h"
#include "compat/peer_files.h"
#include "compat/peer_suite.h"
#include "compat/validation.h"
#include "text/lemmatizer.h"

namespace khaldun::cli {
namespace {

const char* kValidateHelp = R"(khaldun validate - run a TABARI or PETRARCH validation suite

Usage: khaldun validate RECORDS [--dict FILE]... [OPTIONS]

RECORDS is a TABARI validation text (e.g. Validate.text) or a PETRARCH
validation XML (e.g. PETR.UnitTest.records.xml; the parse trees are ignored:
Khaldun codes the raw text). Dictionaries: each --dict FILE is read as in
'khaldun dict convert'. Without --dict, a TABARI suite uses the .project of
the same name beside it (Validate.text -> Validate.project), and a PETRARCH
suite the files its <Environment> names, looked up beside the XML and in
../dictionaries.

Prints each failing record with the expected and produced events, then
'N passed, M failed'.

Options:
  --engine E        peer (default): the compat coder, which follows the
                    peers' own pattern semantics (docs/compatibility.md);
                    khaldun: Khaldun's coder on the converted dictionaries
  --record ID       run only the record with this id
  --by-category     also print pass counts by record category
  --show-passing    print passing records too
  --min-pass N      exit 4 when fewer than N records pass (for CI)
  --wordnet DIR     WordNet dictionary folder (default /usr/share/wordnet)
Exit status: 0; 1 fatal error; 2 usage error; 4 below --min-pass.
)";

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

std::string Folder(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "./" : path.substr(0, slash + 1);
}

// The record's text on one line, blanks collapsed.
std::string OneLine(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : c;
  }
  return out;
}

std::string Events(const std::vector<compat::ExpectedEvent>& events) {
  if (events.empty()) return " (none)";
  std::string s;
  for (const compat::ExpectedEvent& e : events) s += " " + e.source + "/" + e.target + "/" + e.code;
  return s;
}

const char* ExpectName(compat::Expect e) {
  switch (e) {
    case compat::Expect::kDiscard:
      return " (a discard: no event)";
    case compat::Expect::kComplex:
      return " (complex: no event)";
    case compat::Expect::kError:
      return " (an input error: no event)";
    default:
      return "";
  }
}

}  // namespace

int RunValidate(int argc, char** argv) {
  std::string records_path, wordnet, engine = "peer", only;
  std::vector<std::string> dicts;
  bool by_category = false, show_passing = false;
  long min_pass = -1;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kValidateHelp, stdout);
      return 0;
    } else if (arg == "--dict" && i + 1 < argc) {
      dicts.push_back(argv[++i]);
    } else if (arg == "--wordnet" && i + 1 < argc) {
      wordnet = argv[++i];
    } else if (arg == "--min-pass" && i + 1 < argc) {
      min_pass = std::strtol(argv[++i], nullptr, 10);
    } else if (arg == "--engine" && i + 1 < argc) {
      engine = argv[++i];
      if (engine != "peer" && engine != "khaldun") {
        std::fprintf(stderr, "khaldun: --engine must be peer or khaldun\n");
        return 2;
      }
    } else if (arg == "--record" && i + 1 < argc) {
      only = argv[++i];
    } else if (arg == "--by-category") {
      by_category = true;
    } else if (arg == "--show-passing") {
      show_passing = true;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "khaldun: unknown option %s for 'khaldun validate'\n", arg.c_str());
      return 2;
    } else if (records_path.empty()) {
      records_path = arg;
    } else {
      std::fprintf(stderr, "khaldun: 'khaldun validate' takes one records file\n");
      return 2;
    }
  }
  if (records_path.empty()) {
    std::fprintf(
        stderr,
        "khaldun: 'khaldun validate' needs a records file\nTry 'khaldun validate --help'.\n");
    return 2;
  }
  const bool xml =
      records_path.size() > 4 && records_path.compare(records_path.size() - 4, 4, ".xml") == 0;
  compat::ValidationSuite suite;
  std::vector<std::string> record_errors;
  bool read = xml ? compat::ReadPetrarchValidation(records_path, &suite, &record_errors)
                  : compat::ReadTabariValidation(records_path, &suite, &record_errors);
  for (const std::string& e : record_errors) std::fprintf(stderr, "khaldun: %s\n", e.c_str());
  if (!read) return 1;
  if (!only.empty()) {
    std::erase_if(suite.records, [&](const compat::ValidationRecord& r) { return r.id != only; });
  }

  if (dicts.empty() && !xml) {
    std::string project = records_path.substr(0, records_path.rfind('.')) + ".project";
    if (!Exists(project)) {
      std::fprintf(stderr, "khaldun: no --dict given and no %s\n", project.c_str());
      return 1;
    }
    dicts.push_back(project);
  } else if (dicts.empty()) {
    for (const std::string* name : {&suite.actors, &suite.agents, &suite.verbs, &suite.discards}) {
      if (name->empty()) continue;
      std::string beside = Folder(records_path) + *name;
      std::string sibling = Folder(records_path) + "../dictionaries/" + *name;
      dicts.push_back(Exists(beside) ? beside : sibling);
    }
  }
  compat::Conversion conversion;
  std::string error;
  if (!compat::ReadPeerFiles(dicts, &conversion, &error)) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  std::unique_ptr<dict::Dictionary> dictionary = compat::CompilePeerDictionary(&conversion);
  for (const std::string& e : conversion.errors) std::fprintf(stderr, "khaldun: %s\n", e.c_str());
  if (wordnet.empty()) {
    const char* env = std::getenv("KHALDUN_WORDNET");
    wordnet = env != nullptr && *env != '\0' ? env : KHALDUN_WORDNET_DIR;
  }
  std::unique_ptr<text::Lemmatizer> lemmatizer = text::Lemmatizer::Load(wordnet, &error);
  if (!lemmatizer) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  coder::Coder coder(dictionary.get(), lemmatizer.get());
  compat::PeerCoder peer(dictionary.get(), &conversion, lemmatizer.get());
  compat::RecordCoder code = compat::KhaldunRecordCoder(&coder);
  // TABARI option records change the settings as the suite runs.
  compat::PeerSettings settings = xml ? compat::PeerSettings::Petrarch() : compat::TabariSettings();
  compat::ForwardMemory forward;  // TABARI FORWARD: actors passed between records
  for (const std::string& o : conversion.options) settings.Apply(o);
  if (engine == "peer") {
    code = [&](const compat::ValidationRecord& r) {
      if (r.expect == compat::Expect::kOption) {
        for (const std::string& o : r.options) settings.Apply(o);
        return std::vector<compat::ExpectedEvent>();
      }
      if (!xml) return peer.Code(r.text, r.date, settings, &forward, r.id);
      compat::PeerSettings own = settings;  // PETRARCH: the <Config>s in force for this record
      for (const std::string& o : r.options) own.Apply(o);
      return peer.Code(r.text, r.date, own);
    };
  }
  compat::SuiteResult result = compat::RunSuite(suite, code);

  for (const compat::RecordResult& r : result.records) {
    if (r.passed && !show_passing) continue;
    const compat::ValidationRecord& rec = *r.record;
    std::printf("%s %s (%s:%d): %s\n  expected:%s%s\n  produced:%s\n", r.passed ? "PASS" : "FAIL",
                rec.id.c_str(), records_path.c_str(), rec.line, OneLine(rec.text).c_str(),
                Events(rec.events).c_str(), ExpectName(rec.expect), Events(r.produced).c_str());
  }
  if (by_category) {
    for (const auto& [category, c] : result.by_category)
      std::printf("%-12s %d/%d\n", category.c_str(), c.passed, c.passed + c.failed);
  }
  if (result.skipped > 0)
    std::printf("%d record(s) skipped: category not in <Include>\n", result.skipped);
  std::printf("%d passed, %d failed\n", result.passed, result.failed);
  if (min_pass >= 0 && result.passed < min_pass) {
    std::fprintf(stderr, "khaldun: %d passed, below the floor of %ld\n", result.passed, min_pass);
    return 4;
  }
  return 0;
}

}  // namespace khaldun::cli
