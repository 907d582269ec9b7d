#include "compat/peer_files.h"

#include <algorithm>
#include <cctype>

#include "compat/petrarch_issues.h"
#include "compat/petrarch_reader.h"
#include "compat/tabari_reader.h"

namespace khaldun::compat {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string LowerBaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  for (char& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return base;
}

}  // namespace

bool ReadPeerFiles(const std::vector<std::string>& specs, Conversion* out, std::string* error) {
  for (const std::string& spec : specs) {
    std::string base = LowerBaseName(spec);
    bool ok = true;
    if (EndsWith(base, ".project")) {
      TabariProject project;
      if (!ReadTabariProject(spec, &project, error)) return false;
      ok = ReadTabariDictionaries(project, out);
    } else if (EndsWith(base, ".ini")) {
      PetrarchFiles files;
      if (!ReadPetrarchConfig(spec, "", &files, error)) return false;
      ok = ReadPetrarchDictionaries(files, out);
    } else if (EndsWith(base, ".actors")) {
      ok = ReadTabariActors(spec, out);
    } else if (EndsWith(base, ".agents")) {
      ok = ReadTabariAgents(spec, out);
    } else if (EndsWith(base, ".verbs")) {
      ok = ReadTabariVerbs(spec, out);
    } else if (EndsWith(base, ".options")) {
      std::map<std::string, std::string> labels;
      ok = ReadTabariOptions(spec, &labels, out);
    } else if (EndsWith(base, ".txt") && base.find("actors") != std::string::npos) {
      ok = ReadPetrarchActors(spec, out);
    } else if (EndsWith(base, ".txt") && base.find("agents") != std::string::npos) {
      ok = ReadPetrarchAgents(spec, out);
    } else if (EndsWith(base, ".txt") && base.find("discards") != std::string::npos) {
      ok = ReadPetrarchDiscards(spec, out);
    } else if (EndsWith(base, ".txt") && (base.find("verbs") != std::string::npos ||
                                          base.find("cameo") != std::string::npos)) {
      ok = ReadPetrarchVerbs(spec, out);
    } else if (EndsWith(base, ".txt") && base.find("issue") != std::string::npos) {
      ok = ReadPetrarchIssues(spec, out);
    } else {
      *error = spec +
               ": cannot tell which peer dictionary this is (expected .project, .ini, .actors, "
               ".agents, .verbs, .options, or a PETRARCH "
               "*actors*/*agents*/*verbs*/*discards*/*issue*.txt)";
      return false;
    }
    if (!ok) {
      *error = out->errors.empty() ? spec + ": cannot read" : out->errors.back();
      return false;
    }
  }
  return true;
}

std::unique_ptr<dict::Dictionary> CompilePeerDictionary(Conversion* out) {
  auto dictionary = std::make_unique<dict::Dictionary>(nullptr);
  AddToDictionary(out, dictionary.get());
  return dictionary;
}

}  // namespace khaldun::compat
