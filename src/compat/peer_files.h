// Picks the reader for each peer dictionary a user names: a TABARI
// .project, a PETRARCH .ini config, or single files whose names say what
// they hold (TABARI: *.actors, *.agents, *.verbs, *.options; PETRARCH:
// *actors*.txt, *agents*.txt, *verbs*.txt / CAMEO*.txt, *discards*.txt,
// *issue*.txt).
#ifndef KHALDUN_COMPAT_PEER_FILES_H_
#define KHALDUN_COMPAT_PEER_FILES_H_

#include <memory>
#include <string>
#include <vector>

#include "compat/converted.h"
#include "dict/dictionary.h"

namespace khaldun::compat {

// Reads every file of `specs`; false with `*error` when one cannot be
// identified or read (malformed lines only go to `out->errors`).
bool ReadPeerFiles(const std::vector<std::string>& specs, Conversion* out, std::string* error);

// The converted lines compiled into a dictionary (event codes unchecked: the
// validation dictionaries use WEIS codes). Lines it rejects join `out->errors`.
std::unique_ptr<dict::Dictionary> CompilePeerDictionary(Conversion* out);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PEER_FILES_H_
