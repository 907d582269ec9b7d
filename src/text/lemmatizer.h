// Verb and noun lemmas: WordNet's morphology (exception lists plus
// detachment rules checked against the WordNet index), as WordNet's own
// morphy() does, from the dictionary files of Debian's wordnet-base.
#ifndef KHALDUN_TEXT_LEMMATIZER_H_
#define KHALDUN_TEXT_LEMMATIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace khaldun::text {

class Lemmatizer {
 public:
  // Loads index.verb, index.noun, verb.exc and noun.exc from `wordnet_dir`
  // (e.g. /usr/share/wordnet). On failure returns null and sets `*error` to a
  // message naming the missing or unreadable file.
  static std::unique_ptr<Lemmatizer> Load(const std::string& wordnet_dir, std::string* error);

  // Lemma of a lower-cased word read as a verb: "spoke" -> "speak",
  // "launched" -> "launch", "says" -> "say". Returns `lower` itself when
  // WordNet knows no verb it could come from.
  std::string Verb(std::string_view lower) const;
  // Same, read as a noun: "attacks" -> "attack", "ministries" -> "ministry".
  std::string Noun(std::string_view lower) const;

  bool IsVerb(std::string_view lemma) const;
  bool IsNoun(std::string_view lemma) const;

 private:
  Lemmatizer() = default;
  std::string Morph(std::string_view lower, const std::unordered_set<std::string>& index,
                    const std::unordered_map<std::string, std::string>& exceptions,
                    bool verb) const;
  // How many senses of the noun `lemma` WordNet's sense-tagged corpus saw (0 if none).
  uint32_t NounTags(const std::string& lemma) const;

  std::unordered_set<std::string> verbs_;
  std::unordered_set<std::string> nouns_;
  std::unordered_map<std::string, std::string> verb_exceptions_;
  std::unordered_map<std::string, std::string> noun_exceptions_;
  std::unordered_map<std::string, uint32_t> noun_tags_;  // tagsense_cnt of nouns that have one
};

}  // namespace khaldun::text

#endif  // KHALDUN_TEXT_LEMMATIZER_H_
