#include "compat/petrarch_reader.h"

#include <fstream>
#include <sstream>

#include "compat/peer_format.h"
#include "compat/petrarch_issues.h"

namespace khaldun::compat {

bool ReadPetrarchConfig(const std::string& path, const std::string& dict_dir, PetrarchFiles* files,
                        std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot read";
    return false;
  }
  std::string dir = dict_dir;
  if (dir.empty()) {
    size_t slash = path.rfind('/');
    dir = (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) +
          "../dictionaries";
  }
  if (!dir.empty() && dir.back() != '/') dir += '/';
  std::string line, section;
  while (std::getline(in, line)) {
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    if (t[0] == '[') {
      section = t;
      continue;
    }
    if (section != "[Dictionaries]") continue;
    size_t eq = t.find('=');
    if (eq == std::string::npos) continue;
    std::string key = Trim(std::string_view(t).substr(0, eq));
    std::string value = Trim(std::string_view(t).substr(eq + 1));
    auto resolve = [&](const std::string& name) { return name[0] == '/' ? name : dir + name; };
    if (value.empty()) continue;
    if (key == "verbfile_name") files->verbs = resolve(value);
    if (key == "agentfile_name") files->agents = resolve(value);
    if (key == "discardfile_name") files->discards = resolve(value);
    if (key == "issuefile_name") files->issues = resolve(value);
    if (key == "actorfile_list") {
      std::stringstream ss(value);
      std::string name;
      while (std::getline(ss, name, ','))
        if (!Trim(name).empty()) files->actors.push_back(resolve(Trim(name)));
    }
  }
  if (files->verbs.empty()) {
    *error = path + ": no verbfile_name in [Dictionaries]";
    return false;
  }
  return true;
}

bool ReadPetrarchActors(const std::string& path, Conversion* out) {
  return ReadPeerActors(path, Dialect::kPetrarch, out);
}
bool ReadPetrarchAgents(const std::string& path, Conversion* out) {
  return ReadPeerAgents(path, Dialect::kPetrarch, out);
}
bool ReadPetrarchVerbs(const std::string& path, Conversion* out) {
  return ReadPeerVerbs(path, Dialect::kPetrarch, out);
}
bool ReadPetrarchDiscards(const std::string& path, Conversion* out) {
  return ReadPeerDiscards(path, out);
}

bool ReadPetrarchDictionaries(const PetrarchFiles& files, Conversion* out) {
  bool ok = true;
  for (const std::string& a : files.actors) ok &= ReadPetrarchActors(a, out);
  if (!files.agents.empty()) ok &= ReadPetrarchAgents(files.agents, out);
  if (!files.verbs.empty()) ok &= ReadPetrarchVerbs(files.verbs, out);
  if (!files.discards.empty()) ok &= ReadPetrarchDiscards(files.discards, out);
  if (!files.issues.empty()) ok &= ReadPetrarchIssues(files.issues, out);
  return ok;
}

}  // namespace khaldun::compat
