#include "dict/lint.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "dict/dictionary.h"
#include "dict/line_parser.h"
#include "text/tokenizer.h"

namespace khaldun::dict {
namespace {

// Kinds matched by the same trie compete for the same words.
int FamilyOf(EntryKind kind) {
  switch (kind) {
    case EntryKind::kActor:
    case EntryKind::kNation:
    case EntryKind::kPerson:
      return 0;
    default:
      return static_cast<int>(kind);
  }
}

std::string Key(const std::string& phrase) {
  std::vector<text::Token> tokens =
      text::Tokenize(phrase, text::Span{0, static_cast<uint32_t>(phrase.size())}, nullptr);
  std::string key;
  for (const text::Token& t : tokens) {
    if (!key.empty()) key += ' ';
    key += t.lower;
  }
  return key;
}

std::string CodesOf(const ParsedLine& p) {
  std::string s;
  for (const DatedCode& c : p.codes) {
    if (!s.empty()) s += ", ";
    s += c.code;
  }
  if (p.kind == EntryKind::kIssue) {
    if (s.empty()) s = "not";
    if (!p.category.empty()) s += " in " + p.category;
  }
  return s;
}

// As the coder sees it: some token capitalised ("Élysée" too), or a capital
// after a hyphen ("al-Qaeda").
bool HasCapital(const std::string& phrase) {
  std::vector<text::Token> tokens =
      text::Tokenize(phrase, text::Span{0, static_cast<uint32_t>(phrase.size())}, nullptr);
  for (const text::Token& t : tokens)
    if (t.capitalized) return true;
  return std::any_of(phrase.begin(), phrase.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::vector<std::string> LintDirectory(const std::string& dir, const cameo::Codebook* codebook,
                                       std::string* fatal) {
  std::vector<std::string> problems;
  std::vector<std::string> files;
  if (!ListDictionaryFiles(dir, &files)) {
    *fatal = "cannot read dictionary folder " + dir;
    return problems;
  }

  struct Seen {
    std::string where, codes;
  };
  std::map<std::pair<int, std::string>, Seen> seen;
  for (const std::string& name : files) {
    std::ifstream in(dir + "/" + name);
    std::string line, error;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      std::string where = name + ":" + std::to_string(number);
      ParsedLine p;
      if (!ParseLine(line, &p, &error)) {
        problems.push_back(where + ": " + error);
        continue;
      }
      if (p.blank) continue;
      bool event_kind =
          p.kind == EntryKind::kVerb || p.kind == EntryKind::kNoun || p.kind == EntryKind::kVerdict;
      for (const DatedCode& c : p.codes)
        if (event_kind && codebook != nullptr && codebook->Find(c.code) == nullptr)
          problems.push_back(where + ": unknown CAMEO event code " + c.code);
      for (size_t a = 0; a < p.codes.size(); ++a)
        for (size_t b = a + 1; b < p.codes.size(); ++b) {
          const DatedCode &x = p.codes[a], &y = p.codes[b];
          if (x.dated && y.dated && x.code != y.code && x.from <= y.to && y.from <= x.to)
            problems.push_back(where + ": overlapping date ranges for " + x.code + " and " +
                               y.code);
        }
      std::string codes = CodesOf(p);
      for (const std::string& phrase : p.phrases) {
        if (FamilyOf(p.kind) == 0 && !HasCapital(phrase))
          problems.push_back(where + ": name \"" + phrase +
                             "\" has no capital letter and can never match");
        auto [it, inserted] =
            seen.emplace(std::make_pair(FamilyOf(p.kind), Key(phrase)), Seen{where, codes});
        if (inserted) continue;
        if (it->second.codes == codes) {
          problems.push_back(where + ": \"" + phrase + "\" duplicates " + it->second.where);
        } else {
          problems.push_back(where + ": \"" + phrase + "\" = " + codes + " conflicts with " +
                             it->second.where + " = " + it->second.codes);
        }
      }
    }
  }
  return problems;
}

}  // namespace khaldun::dict
