// The line formats TABARI and PETRARCH share, read into Khaldun lines. The
// two programs differ in small ways (comment marks, block headers, agent
// plurals), which `Dialect` selects; tabari_reader.h and petrarch_reader.h
// are the public entry points.
#ifndef KHALDUN_COMPAT_PEER_FORMAT_H_
#define KHALDUN_COMPAT_PEER_FORMAT_H_

#include <string>

#include "compat/converted.h"

namespace khaldun::compat {

enum class Dialect { kTabari, kPetrarch };

// Each returns false (with an error in `out->errors`) when the file cannot be read.
bool ReadPeerActors(const std::string& path, Dialect dialect, Conversion* out);
bool ReadPeerAgents(const std::string& path, Dialect dialect, Conversion* out);
bool ReadPeerVerbs(const std::string& path, Dialect dialect, Conversion* out);
bool ReadPeerDiscards(const std::string& path, Conversion* out);

// The lines of a file, with the peer's comments removed: ';' (TABARI) or '#'
// (PETRARCH) to the end of the line, and <!-- ... --> spans (PETRARCH).
struct PeerLine {
  int number;
  std::string text;  // comment removed, trailing blanks removed, leading kept
};
bool ReadPeerLines(const std::string& path, Dialect dialect, std::vector<PeerLine>* lines,
                   std::string* error);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PEER_FORMAT_H_
