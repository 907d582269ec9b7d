// Unicode normalisation for matching: NFC, typographic quotes and dashes
// folded to their ASCII forms, and lower-casing. Offsets are never taken
// from normalised text: tokens keep the spans of the original bytes.
#ifndef KHALDUN_TEXT_NORMALIZE_H_
#define KHALDUN_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace khaldun::text {

// NFC-normalises `utf8` and folds ‘ ’ ‛ ′ to ', “ ” „ ″ to ", and the dashes
// ‐ ‑ ‒ – — ― − to -. Invalid UTF-8 sequences become U+FFFD.
std::string NormalizeForMatching(std::string_view utf8);

// Lower-cases (full Unicode case mapping, root locale).
std::string ToLower(std::string_view utf8);

// True when `utf8` is well-formed UTF-8.
bool IsValidUtf8(std::string_view utf8);

}  // namespace khaldun::text

#endif  // KHALDUN_TEXT_NORMALIZE_H_
