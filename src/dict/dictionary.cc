#include "dict/dictionary.h"

#include <dirent.h>

#include <algorithm>
#include <fstream>

#include "dict/line_parser.h"
#include "text/tokenizer.h"

namespace khaldun::dict {
namespace {

// How many words a '*' in a verb pattern may stand for.
constexpr size_t kMaxGap = 4;

Family FamilyOf(EntryKind kind) {
  switch (kind) {
    case EntryKind::kAgent:
      return Family::kAgent;
    case EntryKind::kNoun:
      return Family::kNoun;
    case EntryKind::kVerdict:
      return Family::kVerdict;
    case EntryKind::kDiscard:
      return Family::kDiscard;
    case EntryKind::kIssue:
      return Family::kIssue;
    default:
      return Family::kName;
  }
}

}  // namespace

bool ListDictionaryFiles(const std::string& dir, std::vector<std::string>* names) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return false;
  names->clear();
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) names->push_back(name);
  }
  closedir(d);
  std::sort(names->begin(), names->end());
  return true;
}

std::unique_ptr<Dictionary> Dictionary::LoadDirectory(const std::string& dir,
                                                      const cameo::Codebook* codebook,
                                                      std::vector<std::string>* errors,
                                                      std::string* fatal) {
  std::vector<std::string> files;
  if (!ListDictionaryFiles(dir, &files)) {
    *fatal = "cannot read dictionary folder " + dir;
    return nullptr;
  }
  auto dictionary = std::make_unique<Dictionary>(codebook);
  for (const std::string& name : files) {
    size_t first = dictionary->entries_.size();
    if (!dictionary->LoadFile(dir + "/" + name, errors)) {
      *fatal = "cannot read dictionary file " + dir + "/" + name;
      return nullptr;
    }
    // Evidence names an entry by its file within the folder ("verbs_11.txt:17"),
    // so events do not depend on where the folder sits; errors keep the full path.
    for (size_t i = first; i < dictionary->entries_.size(); ++i)
      dictionary->entries_[i].file = name;
  }
  if (dictionary->size() == 0) {
    *fatal = "no dictionary entries in " + dir;
    return nullptr;
  }
  return dictionary;
}

bool Dictionary::LoadFile(const std::string& path, std::vector<std::string>* errors) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line, error;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!AddLine(line, path, line_number, &error)) errors->push_back(error);
  }
  return true;
}

bool Dictionary::TokenizePhrase(std::string_view phrase, std::vector<std::string>* words,
                                std::string* error) const {
  words->clear();
  // The same tokenizer as for text, so "Israel's" or "U.S." split alike.
  std::vector<text::Token> tokens =
      text::Tokenize(phrase, text::Span{0, static_cast<uint32_t>(phrase.size())}, nullptr);
  for (const text::Token& t : tokens) words->push_back(t.lower);
  if (words->empty()) {
    *error = "phrase \"" + std::string(phrase) + "\" has no word";
    return false;
  }
  return true;
}

bool Dictionary::AddLine(std::string_view line, const std::string& file, int line_number,
                         std::string* error) {
  ParsedLine parsed;
  std::string reason;
  auto fail = [&](const std::string& why) {
    *error = file + ":" + std::to_string(line_number) + ": " + why;
    return false;
  };
  if (!ParseLine(line, &parsed, &reason)) return fail(reason);
  if (parsed.blank) return true;
  if (codebook_ != nullptr) {
    bool event_kind = parsed.kind == EntryKind::kVerb || parsed.kind == EntryKind::kNoun ||
                      parsed.kind == EntryKind::kVerdict;
    for (const DatedCode& c : parsed.codes)
      if (event_kind && codebook_->Find(c.code) == nullptr)
        return fail("unknown CAMEO event code " + c.code);
  }

  // Tokenise every phrase before adding anything, so a bad line adds nothing.
  std::vector<std::vector<std::string>> phrase_words(parsed.phrases.size());
  for (size_t i = 0; i < parsed.phrases.size(); ++i) {
    if (!TokenizePhrase(parsed.phrases[i], &phrase_words[i], &reason)) return fail(reason);
    const std::vector<std::string>& w = phrase_words[i];
    if (parsed.kind == EntryKind::kVerb) {
      if (w.front() == "*") return fail("a verb pattern must start with its verb, not '*'");
    } else if (std::find(w.begin(), w.end(), "*") != w.end()) {
      return fail("'*' is only allowed in verb patterns");
    }
  }

  uint32_t id = static_cast<uint32_t>(entries_.size());
  Entry entry;
  entry.kind = parsed.kind;
  entry.codes = std::move(parsed.codes);
  entry.reversed = parsed.reversed;
  entry.category = std::move(parsed.category);
  entry.file = file;
  entry.line = line_number;
  for (size_t i = 0; i < parsed.phrases.size(); ++i) {
    if (i) entry.phrases += " | ";
    entry.phrases += parsed.phrases[i];
  }
  entries_.push_back(std::move(entry));
  phrase_counts_[static_cast<size_t>(parsed.kind)] += phrase_words.size();

  for (size_t pi = 0; pi < phrase_words.size(); ++pi) {
    const std::vector<std::string>& words = phrase_words[pi];
    if (parsed.kind == EntryKind::kVerb) {
      VerbPattern p;
      p.text = parsed.phrases[pi];
      p.entry = id;
      p.head = Intern(words[0]);
      p.words = 1;
      for (size_t i = 1; i < words.size(); ++i) {
        if (words[i] == "*") {
          if (!p.rest.empty() && p.rest.back() == kGap) continue;  // "* *" is one gap
          p.rest.push_back(kGap);
        } else {
          p.rest.push_back(static_cast<int32_t>(Intern(words[i])));
          ++p.words;
        }
      }
      if (!p.rest.empty() && p.rest.back() == kGap) p.rest.pop_back();  // trailing gap: no-op
      verbs_by_head_[p.head].push_back(static_cast<uint32_t>(verb_patterns_.size()));
      verb_patterns_.push_back(std::move(p));
      continue;
    }
    uint32_t node = static_cast<uint32_t>(FamilyOf(parsed.kind));
    for (const std::string& w : words) {
      uint64_t key = (uint64_t{node} << 32) | Intern(w);
      auto it = children_.find(key);
      if (it == children_.end()) {
        uint32_t child = static_cast<uint32_t>(node_entries_.size());
        node_entries_.emplace_back();
        it = children_.emplace(key, child).first;
      }
      node = it->second;
    }
    std::vector<uint32_t>& ends = node_entries_[node];
    if (std::find(ends.begin(), ends.end(), id) == ends.end()) ends.push_back(id);
  }
  return true;
}

uint32_t Dictionary::Intern(std::string_view word) {
  auto [it, inserted] = words_.emplace(std::string(word), static_cast<uint32_t>(words_.size()));
  return it->second;
}

uint32_t Dictionary::WordId(std::string_view lower) const {
  auto it = words_.find(std::string(lower));
  return it == words_.end() ? kNoWord : it->second;
}

TokenKeys Dictionary::KeysOf(const text::Token& token) const {
  TokenKeys keys;
  keys.lower = WordId(token.lower);
  keys.noun = token.noun == token.lower ? keys.lower : WordId(token.noun);
  keys.verb = token.verb == token.lower ? keys.lower : WordId(token.verb);
  return keys;
}

std::vector<PhraseMatch> Dictionary::MatchPhrases(Family family, const std::vector<TokenKeys>& keys,
                                                  size_t start) const {
  std::vector<PhraseMatch> matches;
  // Walk the trie along the tokens; at each token follow the lower form and,
  // if different, the noun lemma (for issues also the verb lemma). Phrases
  // are short, so a small frontier.
  std::vector<uint32_t> frontier{static_cast<uint32_t>(family)}, next;
  const bool by_verb = family == Family::kIssue;
  auto follow = [&](uint32_t node, uint32_t word) {
    auto it = children_.find((uint64_t{node} << 32) | word);
    if (it != children_.end() && std::find(next.begin(), next.end(), it->second) == next.end())
      next.push_back(it->second);
  };
  for (size_t pos = start; pos < keys.size() && !frontier.empty(); ++pos) {
    const TokenKeys& k = keys[pos];
    next.clear();
    for (uint32_t node : frontier) {
      for (uint32_t word : {k.lower, k.noun}) {
        if (word != kNoWord) follow(node, word);
        if (k.noun == k.lower) break;
      }
      if (by_verb && k.verb != kNoWord && k.verb != k.lower && k.verb != k.noun)
        follow(node, k.verb);
    }
    frontier.swap(next);
    for (uint32_t node : frontier) {
      if (!node_entries_[node].empty()) {
        uint32_t length = static_cast<uint32_t>(pos - start + 1);
        if (!matches.empty() && matches.back().length == length) continue;
        matches.push_back(PhraseMatch{length, &node_entries_[node]});
      }
    }
  }
  return matches;
}

bool Dictionary::StartsPhrase(Family family, const TokenKeys& keys) const {
  const uint64_t root = uint64_t{static_cast<uint32_t>(family)} << 32;
  const bool by_verb = family == Family::kIssue;
  for (uint32_t word : {keys.lower, keys.noun, by_verb ? keys.verb : kNoWord})
    if (word != kNoWord && children_.count(root | word) != 0) return true;
  return false;
}

bool Dictionary::MatchRest(const VerbPattern& p, size_t word, size_t token,
                           const std::vector<TokenKeys>& keys, const std::vector<bool>& boundary,
                           size_t limit, std::vector<uint32_t>* matched) const {
  if (word == p.rest.size()) return true;
  if (p.rest[word] == kGap) {
    // A gap of 0..kMaxGap tokens that are not clause boundaries; the shortest
    // gap that lets the rest match wins.
    for (size_t skip = 0; skip <= kMaxGap && token + skip <= limit; ++skip) {
      if (skip > 0 && boundary[token + skip - 1]) break;
      if (MatchRest(p, word + 1, token + skip, keys, boundary, limit, matched)) return true;
    }
    return false;
  }
  if (token >= limit) return false;
  uint32_t want = static_cast<uint32_t>(p.rest[word]);
  const TokenKeys& k = keys[token];
  if (k.lower != want && k.noun != want && k.verb != want) return false;
  matched->push_back(static_cast<uint32_t>(token));
  if (MatchRest(p, word + 1, token + 1, keys, boundary, limit, matched)) return true;
  matched->pop_back();
  return false;
}

std::optional<VerbMatch> Dictionary::MatchVerb(const std::vector<TokenKeys>& keys,
                                               const std::vector<bool>& boundary, size_t head,
                                               size_t limit) const {
  std::optional<VerbMatch> best;
  int best_words = 0;
  const TokenKeys& k = keys[head];
  // One scratch list for every attempt: a common head ("be", "call") has
  // over a hundred patterns, and most fail at their second word.
  std::vector<uint32_t> matched;
  matched.reserve(8);
  for (uint32_t word : {k.verb, k.lower}) {
    if (word == kNoWord) continue;
    auto it = verbs_by_head_.find(word);
    if (it == verbs_by_head_.end()) continue;
    for (uint32_t pi : it->second) {
      const VerbPattern& p = verb_patterns_[pi];
      if (p.words < best_words) continue;
      matched.assign(1, static_cast<uint32_t>(head));
      if (!MatchRest(p, 0, head + 1, keys, boundary, limit, &matched)) continue;
      uint32_t end = matched.back() + 1;
      bool better = !best || p.words > best_words || (p.words == best_words && end < best->end) ||
                    (p.words == best_words && end == best->end && p.entry < best->entry);
      if (better) {
        best = VerbMatch{p.entry, pi, matched, end};
        best_words = p.words;
      }
    }
    if (k.verb == k.lower) break;
  }
  return best;
}

size_t Dictionary::CountOf(EntryKind kind) const {
  return static_cast<size_t>(std::count_if(entries_.begin(), entries_.end(),
                                           [kind](const Entry& e) { return e.kind == kind; }));
}

size_t Dictionary::PhraseCountOf(EntryKind kind) const {
  return phrase_counts_[static_cast<size_t>(kind)];
}

}  // namespace khaldun::dict
