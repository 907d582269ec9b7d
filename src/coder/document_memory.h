// What the coder remembers of an article's actors from sentence to sentence:
// names introduced with a role ("the spokesman for Iranian foreign ministry,
// Nasser Kanaani" teaches "Kanaani" = IRNGOV), the last actor seen under each
// role noun ("the minister"), and the last person and thing for pronouns.
#ifndef KHALDUN_CODER_DOCUMENT_MEMORY_H_
#define KHALDUN_CODER_DOCUMENT_MEMORY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace khaldun::coder {

class DocumentMemory {
 public:
  struct Remembered {
    std::string code;
    std::string introduced_as;  // the words that taught it, for evidence
  };

  // Learns a name (lower-cased words joined by single spaces).
  void LearnName(const std::string& name, const std::string& code,
                 const std::string& introduced_as);
  const Remembered* FindName(const std::string& name) const;
  // Longest name that memory knows among the first `max_words` of `words`.
  size_t LongestKnownName(const std::vector<std::string_view>& words,
                          const Remembered** found) const;

  void LearnRole(const std::string& role, const std::string& code,
                 const std::string& introduced_as);
  const Remembered* FindRole(const std::string& role) const;

  void SetLastPerson(const std::string& code, const std::string& text) {
    last_person_ = {code, text};
  }
  void SetLastThing(const std::string& code, const std::string& text) {
    last_thing_ = {code, text};
  }
  const Remembered* LastPerson() const {
    return last_person_.code.empty() ? nullptr : &last_person_;
  }
  const Remembered* LastThing() const { return last_thing_.code.empty() ? nullptr : &last_thing_; }

  // The country the article was filed from, by its dateline ("KABUL,
  // Afghanistan -" is AFG): a role with no country in reach belongs to it.
  void SetHomeCountry(const std::string& code) { home_country_ = code; }
  const std::string& HomeCountry() const { return home_country_; }

 private:
  std::unordered_map<std::string, Remembered> names_;
  std::unordered_map<std::string, Remembered> roles_;
  Remembered last_person_;
  Remembered last_thing_;
  std::string home_country_;
  size_t longest_name_words_ = 0;
};

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_DOCUMENT_MEMORY_H_
