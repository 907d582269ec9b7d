// The one normal form in which place names are stored in the gazetteer and
// looked up from text: lower case, Latin diacritics dropped ("Ḩalab" keeps
// its unknown letters, "São Paulo" -> "sao paulo"), hyphens and dashes as
// spaces, apostrophes and dots removed ("Sana'a" -> "sanaa", "St. Louis" ->
// "st louis"), runs of spaces collapsed. Builder and finder share it, so a
// name in the text matches its entry however either was spelled.
#ifndef KHALDUN_GEO_FOLD_H_
#define KHALDUN_GEO_FOLD_H_

#include <string>
#include <string_view>

namespace khaldun::geo {

// Returns the folded key of `name`. Bytes that are not valid UTF-8 are kept
// as they are (they never match anything, and never crash).
std::string FoldKey(std::string_view name);

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_FOLD_H_
