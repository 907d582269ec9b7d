// khaldun dict convert: TABARI or PETRARCH dictionaries written in Khaldun's
// own format, each line followed by the peer file and line it came from.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "compat/converted.h"
#include "compat/peer_files.h"

namespace khaldun::cli {
namespace {

const char* kConvertHelp = R"(khaldun dict convert - peer dictionaries in Khaldun's format

Usage: khaldun dict convert [-o OUT] FILE...

Each FILE is a TABARI .project (its actors, agents, verbs and options), a
PETRARCH config .ini (its [Dictionaries]), or one dictionary: TABARI
*.actors, *.agents, *.verbs, *.options; PETRARCH *actors*.txt,
*agents*.txt, *verbs*.txt or CAMEO*.txt, *discards*.txt, *issue*.txt.
Writes one Khaldun dictionary (docs/dictionaries.md) to OUT or standard
output. Malformed peer lines are reported as FILE:LINE: reason and skipped;
peer constructs Khaldun cannot express are counted on standard error
(docs/compatibility.md). Exit status: 0, or 3 when some line was malformed.
)";

}  // namespace

int RunDictConvert(int argc, char** argv) {
  std::vector<std::string> files;
  std::string out_path;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kConvertHelp, stdout);
      return 0;
    } else if (arg == "-o" && i + 1 < argc) {
      out_path = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "khaldun: unknown option %s for 'khaldun dict convert'\n", arg.c_str());
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "khaldun: 'khaldun dict convert' needs a dictionary file\n");
    return 2;
  }
  compat::Conversion conversion;
  std::string error;
  if (!compat::ReadPeerFiles(files, &conversion, &error)) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  // Compile once so that lines Khaldun's own parser rejects are reported too.
  compat::CompilePeerDictionary(&conversion);
  std::string text = "# Converted by 'khaldun dict convert' from peer dictionaries.\n" +
                     compat::FormatConversion(conversion);
  std::FILE* out = out_path.empty() ? stdout : std::fopen(out_path.c_str(), "wb");
  if (out == nullptr) {
    std::fprintf(stderr, "khaldun: cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::fwrite(text.data(), 1, text.size(), out);
  if (out != stdout) std::fclose(out);
  for (const std::string& e : conversion.errors) std::fprintf(stderr, "khaldun: %s\n", e.c_str());
  for (const auto& [what, count] : conversion.unsupported)
    std::fprintf(stderr, "khaldun: approximated or left out: %d x %s\n", count, what.c_str());
  std::fprintf(stderr, "khaldun: %zu line(s) written, %zu error(s)\n", conversion.lines.size(),
               conversion.errors.size());
  return conversion.errors.empty() ? 0 : 3;
}

}  // namespace khaldun::cli
