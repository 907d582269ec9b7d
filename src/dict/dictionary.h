// Khaldun's compiled dictionaries: every entry of the dictionary files, and
// the matchers the coder runs over a sentence's tokens (phrase tries over
// word ids for names, agents, nominal events, verdicts and discards; verb
// patterns indexed by their head verb).
#ifndef KHALDUN_DICT_DICTIONARY_H_
#define KHALDUN_DICT_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cameo/codebook.h"
#include "dict/entry.h"
#include "text/token.h"

namespace khaldun::dict {

inline constexpr uint32_t kNoWord = UINT32_MAX;

// A token's forms as word ids, computed once per token (kNoWord when the
// dictionaries never use that form).
struct TokenKeys {
  uint32_t lower = kNoWord;
  uint32_t noun = kNoWord;
  uint32_t verb = kNoWord;
};

// The phrase families, each its own trie. Issue phrases (and the exclusions
// that block them) are matched on the verb lemma too ("massacred").
enum class Family : uint8_t { kName, kAgent, kNoun, kVerdict, kDiscard, kIssue };

struct PhraseMatch {
  uint32_t length = 0;                   // tokens matched
  const std::vector<uint32_t>* entries;  // entry ids ending there (never empty)
};

struct VerbMatch {
  uint32_t entry = 0;                 // the verb entry
  uint32_t pattern = 0;               // which pattern of it
  std::vector<uint32_t> word_tokens;  // token indices of the pattern's words (not the gaps)
  uint32_t end = 0;                   // one past the last matched token
};

// The dictionary files of a folder: its *.txt names, sorted (the order in
// which they load). False when the folder cannot be read.
bool ListDictionaryFiles(const std::string& dir, std::vector<std::string>* names);

class Dictionary {
 public:
  // Loads every *.txt file of `dir` in name order. Malformed lines are added
  // to `*errors` as "FILE:LINE: reason" and skipped. Returns null, with
  // `*fatal` set, when the folder cannot be read or holds no entry.
  // `codebook` (may be null) checks event codes.
  static std::unique_ptr<Dictionary> LoadDirectory(const std::string& dir,
                                                   const cameo::Codebook* codebook,
                                                   std::vector<std::string>* errors,
                                                   std::string* fatal);

  explicit Dictionary(const cameo::Codebook* codebook) : codebook_(codebook) {}

  // Adds the entries of one file; false when it cannot be read.
  bool LoadFile(const std::string& path, std::vector<std::string>* errors);
  // Adds one line; false with `*error` ("FILE:LINE: reason") when malformed.
  bool AddLine(std::string_view line, const std::string& file, int line_number, std::string* error);

  TokenKeys KeysOf(const text::Token& token) const;
  uint32_t WordId(std::string_view lower) const;

  // The phrases of `family` that start at keys[start], shortest first.
  // A token matches a phrase word by its lower-cased form or its noun lemma
  // (or, for issues, its verb lemma).
  std::vector<PhraseMatch> MatchPhrases(Family family, const std::vector<TokenKeys>& keys,
                                        size_t start) const;
  // Whether some phrase of `family` starts with the token of `keys` (a cheap
  // test before MatchPhrases, for a family most words do not start).
  bool StartsPhrase(Family family, const TokenKeys& keys) const;

  // The best verb pattern whose head is token `head` (matched on its verb
  // lemma or its lower form) and whose words all lie before `limit`. `boundary`
  // says which tokens a `*` gap may not cross. The pattern with most words
  // wins; among equals, the shortest span, then the earliest entry.
  std::optional<VerbMatch> MatchVerb(const std::vector<TokenKeys>& keys,
                                     const std::vector<bool>& boundary, size_t head,
                                     size_t limit) const;
  bool IsVerbHead(uint32_t word) const { return verbs_by_head_.count(word) != 0; }
  // The pattern as written in its entry ("launch * attack against").
  const std::string& PatternText(uint32_t pattern) const { return verb_patterns_[pattern].text; }

  const Entry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  size_t CountOf(EntryKind kind) const;
  // Number of phrases (patterns) of a kind: one entry line may hold several.
  size_t PhraseCountOf(EntryKind kind) const;
  // Whether any issue entry is loaded (the coder skips issue matching if not).
  bool HasIssues() const { return PhraseCountOf(EntryKind::kIssue) != 0; }

 private:
  static constexpr int32_t kGap = -1;
  struct VerbPattern {
    uint32_t entry;
    uint32_t head;              // word id of the verb
    std::vector<int32_t> rest;  // word ids after the head, kGap for '*'
    int words;                  // number of real words, head included
    std::string text;           // as written
  };

  uint32_t Intern(std::string_view word);
  bool TokenizePhrase(std::string_view phrase, std::vector<std::string>* words,
                      std::string* error) const;
  bool MatchRest(const VerbPattern& p, size_t word, size_t token,
                 const std::vector<TokenKeys>& keys, const std::vector<bool>& boundary,
                 size_t limit, std::vector<uint32_t>* matched) const;

  const cameo::Codebook* codebook_;
  std::vector<Entry> entries_;
  std::vector<size_t> phrase_counts_ = std::vector<size_t>(9, 0);
  std::unordered_map<std::string, uint32_t> words_;

  // Tries: node 0..5 are the roots of the families; children keyed by
  // (node << 32 | word id).
  std::vector<std::vector<uint32_t>> node_entries_ = std::vector<std::vector<uint32_t>>(6);
  std::unordered_map<uint64_t, uint32_t> children_;

  std::vector<VerbPattern> verb_patterns_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> verbs_by_head_;
};

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_DICTIONARY_H_
