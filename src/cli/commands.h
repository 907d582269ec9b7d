// The commands of the khaldun binary that live in their own files.
#ifndef KHALDUN_CLI_COMMANDS_H_
#define KHALDUN_CLI_COMMANDS_H_

#include <memory>
#include <string>

#include "geo/gazetteer.h"

namespace khaldun::cli {

// khaldun geo [--gazetteer FILE] [--countries ISO3,...] TEXT...
int RunGeo(int argc, char** argv);

// Opens the gazetteer: `flag` (--gazetteer) if given, else $KHALDUN_GAZETTEER,
// else the one this Khaldun was built with. On failure returns null and sets
// `*error` to a message that says what to do.
std::unique_ptr<geo::Gazetteer> LoadGazetteer(const std::string& flag, std::string* error);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_COMMANDS_H_
