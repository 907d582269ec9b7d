// TABARI actor phrases with gaps (manual 5.3): in an actors file '_' joins
// words that must follow each other, while a blank lets other words come
// between them, so `PRINCE DOL_AMROTH` names "the Prince of Dol Amroth".
// Khaldun's phrase tries match contiguous words only; this matcher finds the
// parts of such phrases with a few words between them.
#ifndef KHALDUN_COMPAT_GAPPED_NAMES_H_
#define KHALDUN_COMPAT_GAPPED_NAMES_H_

#include <cstdint>
#include <string>
#include <vector>

namespace khaldun::compat {

// One phrase: its parts (lower-case words joined by '_' in the peer file).
struct GappedName {
  std::vector<std::vector<std::string>> parts;  // {"prince"}, {"dol", "amroth"}
};

// The parts of a TABARI actor phrase ("PRINCE DOL_AMROTH"); a phrase with
// no blank between words gives one part.
GappedName SplitGappedName(const std::string& phrase);

// Where `name` matches `words` (lower case) from `begin`: the tokens of its
// words, in order, each part contiguous and at most `max_gap` words between
// parts (a word the caller marks in `stops` ends the search: a comma, a
// conjunction). Empty when it does not match there.
std::vector<uint32_t> MatchGappedName(const GappedName& name, const std::vector<std::string>& words,
                                      const std::vector<bool>& stops, uint32_t begin,
                                      uint32_t max_gap = 3);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_GAPPED_NAMES_H_
