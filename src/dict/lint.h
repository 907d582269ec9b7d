// Checks a dictionary folder for entries that load but are wrong or useless:
// the same phrase twice (with the same or conflicting codes), a person's
// overlapping date ranges, names that can never match (no capital letter,
// while names must show one in text), and unknown CAMEO event codes.
#ifndef KHALDUN_DICT_LINT_H_
#define KHALDUN_DICT_LINT_H_

#include <string>
#include <vector>

#include "cameo/codebook.h"

namespace khaldun::dict {

// Returns the problems found, each "FILE:LINE: problem", in file order.
// Malformed lines are reported too. `*fatal` is set when the folder cannot
// be read.
std::vector<std::string> LintDirectory(const std::string& dir, const cameo::Codebook* codebook,
                                       std::string* fatal);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_LINT_H_
