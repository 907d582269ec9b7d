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
#include <vector>

namespace khaldun::text {

class Lemmatizer {
 public:
  // Loads index.verb, index.noun, verb.exc and noun.exc from `wordnet_dir`
  // (e.g. /usr/share/wordnet). On failure returns null and sets `*error` to a
  // message naming the missing or unreadable file.
  static std::unique_ptr<Lemmatizer> Load(const std::string& wordnet_dir, std::string* error);

  // Not copyable: its look-up tables point into its own containers.
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // Lemma of a lower-cased word read as a verb: "spoke" -> "speak",
  // "launched" -> "launch", "says" -> "say". Returns `lower` itself when
  // WordNet knows no verb it could come from.
  std::string Verb(std::string_view lower) const;
  // Same, read as a noun: "attacks" -> "attack", "ministries" -> "ministry".
  std::string Noun(std::string_view lower) const;

  // Both lemmas at once (what the tokenizer uses).
  void Lemmas(std::string_view lower, std::string* verb, std::string* noun) const;

  bool IsVerb(std::string_view lemma) const;
  bool IsNoun(std::string_view lemma) const;

 private:
  Lemmatizer() = default;
  std::string Morph(std::string_view lower, const std::unordered_set<std::string>& index,
                    const std::unordered_map<std::string, std::string>& exceptions,
                    bool verb) const;

  std::unordered_set<std::string> verbs_;
  std::unordered_set<std::string> nouns_;
  std::unordered_map<std::string, std::string> verb_exceptions_;
  std::unordered_map<std::string, std::string> noun_exceptions_;

  // Open-addressing tables over the four containers above (their keys are
  // views of the containers' strings), hashed on a string_view: Morph() asks
  // several membership questions per word, mostly answered "no", and these
  // answer in a few nanoseconds without building a std::string.
  class WordTable {
   public:
    struct Entry {
      const char* key = nullptr;
      const std::string* base = nullptr;  // the exception's base form
      uint32_t hash = 0;
      uint16_t size = 0;
      uint16_t tags = 0;  // senses of the noun tagged in WordNet's SemCor corpus
    };
    static uint64_t Hash(std::string_view word);
    // Sizes the table for `words` entries; call once, before Insert().
    void Reserve(size_t words);
    // Adds `word` (which must outlive the table) if absent; returns its entry.
    Entry* Insert(std::string_view word);
    const Entry* Find(std::string_view word, uint64_t hash) const;
    const Entry* Find(std::string_view word) const { return Find(word, Hash(word)); }

   private:
    std::vector<Entry> slots_;
    size_t used_ = 0;
  };
  // The table built over `index` or `exceptions` of Morph().
  const WordTable& TableOf(const void* container) const;

  WordTable verb_table_, noun_table_, verb_exception_table_, noun_exception_table_;
};

}  // namespace khaldun::text

#endif  // KHALDUN_TEXT_LEMMATIZER_H_
