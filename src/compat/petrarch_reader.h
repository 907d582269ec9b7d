// PETRARCH's (and Phoenix's) dictionaries: verbs (PETRARCH-1 flat patterns or
// CAMEO 2.0 nested ones, with synsets), actors with date-restricted codes,
// agents with plurals and !MACRO!s, discards, issues (petrarch_issues.h),
// and the PETR_config.ini that names them. They are read into Khaldun lines (see converted.h).
#ifndef KHALDUN_COMPAT_PETRARCH_READER_H_
#define KHALDUN_COMPAT_PETRARCH_READER_H_

#include <string>
#include <vector>

#include "compat/converted.h"

namespace khaldun::compat {

struct PetrarchFiles {
  std::string verbs, agents, discards, issues;
  std::vector<std::string> actors;
};

// Reads the [Dictionaries] section of a PETR_config.ini. File names are
// resolved against `dict_dir`, by default the config's ../dictionaries/
// folder (PETRARCH's own layout). False with `*error` if unreadable.
bool ReadPetrarchConfig(const std::string& path, const std::string& dict_dir, PetrarchFiles* files,
                        std::string* error);

bool ReadPetrarchActors(const std::string& path, Conversion* out);
bool ReadPetrarchAgents(const std::string& path, Conversion* out);
bool ReadPetrarchVerbs(const std::string& path, Conversion* out);
bool ReadPetrarchDiscards(const std::string& path, Conversion* out);

// Every dictionary of `files` that is set.
bool ReadPetrarchDictionaries(const PetrarchFiles& files, Conversion* out);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PETRARCH_READER_H_
