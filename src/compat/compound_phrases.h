// TABARI's compound noun and adjective phrases (manual 7.5.1): a
// conjunction inside "sheep and evil awful goats" (<noun> <conj>
// <adjective>* <noun>) or "awful and evil" (<adjective> <conj> <adjective>)
// joins words, not clauses, so it does not split the sentence. The nouns and
// adjectives are the <NOUN> and <ADJECTIVE> lists of the actors file.
#ifndef KHALDUN_COMPAT_COMPOUND_PHRASES_H_
#define KHALDUN_COMPAT_COMPOUND_PHRASES_H_

#include <set>
#include <string>
#include <vector>

namespace khaldun::compat {

// `lower` is in `list`: an entry ending in '_' matches the word exactly,
// any other entry is a stem ("goat" matches "goats").
bool InWordList(const std::set<std::string>& list, const std::string& lower);

// The conjunction at `words[at]` (lower-case words of a sentence) joins a
// compound noun or adjective phrase.
bool JoinsCompoundPhrase(const std::vector<std::string>& words, size_t at,
                         const std::set<std::string>& nouns,
                         const std::set<std::string>& adjectives);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_COMPOUND_PHRASES_H_
