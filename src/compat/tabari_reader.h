// TABARI's dictionaries (.actors, .agents, .verbs, .options) and its
// .project file, read into Khaldun lines (see converted.h). The formats are
// those of the TABARI 0.8 manual, chapters 5-7.
#ifndef KHALDUN_COMPAT_TABARI_READER_H_
#define KHALDUN_COMPAT_TABARI_READER_H_

#include <map>
#include <string>
#include <vector>

#include "compat/converted.h"

namespace khaldun::compat {

// The files a .project names, as paths relative to the project's folder.
struct TabariProject {
  std::vector<std::string> actors;
  std::string agents, verbs, options, text;
};
// False with `*error` when the project cannot be read or names no verbs file.
bool ReadTabariProject(const std::string& path, TabariProject* project, std::string* error);

bool ReadTabariActors(const std::string& path, Conversion* out);
bool ReadTabariAgents(const std::string& path, Conversion* out);
bool ReadTabariVerbs(const std::string& path, Conversion* out);

// The options Khaldun reads from a .options file: event labels. Other
// commands (COMPLEX:, OUTPUT:, FORWARD:, ...) are counted as unsupported;
// a line that is no TABARI command is an error.
bool ReadTabariOptions(const std::string& path, std::map<std::string, std::string>* labels,
                       Conversion* out);

// Every dictionary the project names (actors, agents, verbs, options).
bool ReadTabariDictionaries(const TabariProject& project, Conversion* out);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_TABARI_READER_H_
