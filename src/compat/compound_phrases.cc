#include "compat/compound_phrases.h"

namespace khaldun::compat {

bool InWordList(const std::set<std::string>& list, const std::string& lower) {
  if (lower.empty()) return false;
  if (list.count(lower + "_") != 0) return true;
  // A stem is at most as long as the word: look at every prefix.
  for (size_t len = lower.size(); len > 0; --len)
    if (list.count(lower.substr(0, len)) != 0) return true;
  return false;
}

bool JoinsCompoundPhrase(const std::vector<std::string>& words, size_t at,
                         const std::set<std::string>& nouns,
                         const std::set<std::string>& adjectives) {
  if (at == 0 || at + 1 >= words.size()) return false;
  const std::string& before = words[at - 1];
  if (InWordList(adjectives, before) && InWordList(adjectives, words[at + 1])) return true;
  if (!InWordList(nouns, before)) return false;
  size_t k = at + 1;
  while (k < words.size() && InWordList(adjectives, words[k]) && !InWordList(nouns, words[k])) ++k;
  return k < words.size() && InWordList(nouns, words[k]);
}

}  // namespace khaldun::compat
