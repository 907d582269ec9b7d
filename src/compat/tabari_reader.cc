#include "compat/tabari_reader.h"

#include <fstream>

#include "compat/peer_format.h"

namespace khaldun::compat {

namespace {
std::string FolderOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}
}  // namespace

bool ReadTabariProject(const std::string& path, TabariProject* project, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot read";
    return false;
  }
  const std::string dir = FolderOf(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string t = Trim(line);
    if (t.empty() || t[0] != '<') continue;
    size_t close = t.find('>');
    if (close == std::string::npos) continue;
    std::string tag = t.substr(1, close - 1);
    std::string value = Trim(std::string_view(t).substr(close + 1));
    if (value.empty()) continue;
    std::string file = value[0] == '/' ? value : dir + value;
    if (tag == "actorsfile") project->actors.push_back(file);
    if (tag == "agentsfile") project->agents = file;
    if (tag == "verbsfile") project->verbs = file;
    if (tag == "optionsfile") project->options = file;
    if (tag == "textfile") project->text = file;
  }
  if (project->verbs.empty()) {
    *error = path + ": the project names no <verbsfile>";
    return false;
  }
  return true;
}

bool ReadTabariActors(const std::string& path, Conversion* out) {
  return ReadPeerActors(path, Dialect::kTabari, out);
}
bool ReadTabariAgents(const std::string& path, Conversion* out) {
  return ReadPeerAgents(path, Dialect::kTabari, out);
}
bool ReadTabariVerbs(const std::string& path, Conversion* out) {
  return ReadPeerVerbs(path, Dialect::kTabari, out);
}

bool ReadTabariOptions(const std::string& path, std::map<std::string, std::string>* labels,
                       Conversion* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out->errors.push_back(path + ": cannot read");
    return false;
  }
  static const char* kCommands[] = {"COMPLEX:", "SET:",   "OUTPUT:", "DEFAULT:", "FORWARD:",
                                    "COMMA:",   "LABEL:", "ISSUES:", "ISSUE:"};
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string t = Trim(line);
    if (t.empty() || t.rfind("//", 0) == 0) continue;
    bool known = false;
    for (const char* c : kCommands) known |= t.rfind(c, 0) == 0;
    if (!known) {
      out->Error(path, number, "not a TABARI options command: \"" + t.substr(0, 40) + "\"");
      continue;
    }
    if (t.rfind("LABEL:", 0) == 0) {
      size_t eq = t.find('=');
      if (eq == std::string::npos) {
        out->Error(path, number, "LABEL: needs CODE=TEXT");
        continue;
      }
      (*labels)[Trim(std::string_view(t).substr(6, eq - 6))] =
          Trim(std::string_view(t).substr(eq + 1));
    } else {
      out->options.push_back(t);
    }
  }
  return true;
}

bool ReadTabariDictionaries(const TabariProject& project, Conversion* out) {
  bool ok = true;
  for (const std::string& a : project.actors) ok &= ReadTabariActors(a, out);
  if (!project.agents.empty()) ok &= ReadTabariAgents(project.agents, out);
  ok &= ReadTabariVerbs(project.verbs, out);
  std::map<std::string, std::string> labels;
  if (!project.options.empty()) ok &= ReadTabariOptions(project.options, &labels, out);
  return ok;
}

}  // namespace khaldun::compat
