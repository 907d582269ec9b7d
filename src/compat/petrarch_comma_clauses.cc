#include "compat/petrarch_comma_clauses.h"

#include <cctype>
#include <string_view>

namespace khaldun::compat {
namespace {

// Words that open a phrase or clause of their own: after a comma they show
// that the comma ends something ("..., its biggest trading partner").
bool FunctionWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a",     "an",   "the",   "its",    "their", "his",   "her",    "this",    "that",   "these",
      "those", "it",   "he",    "she",    "they",  "we",    "i",      "you",     "in",     "on",
      "at",    "with", "by",    "for",    "from",  "of",    "to",     "after",   "before", "as",
      "about", "over", "under", "during", "since", "while", "when",   "which",   "who",    "where",
      "and",   "or",   "but",   "nor",    "if",    "than",  "though", "although"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

bool PetrarchCommaLimits::Apply(const std::string& name, int value) {
  std::string n;
  for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int* field = n == "comma_min"    ? &min
               : n == "comma_max"  ? &max
               : n == "comma_bmin" ? &bmin
               : n == "comma_bmax" ? &bmax
               : n == "comma_emin" ? &emin
               : n == "comma_emax" ? &emax
                                   : nullptr;
  if (field == nullptr) return false;
  *field = value;
  return true;
}

std::vector<bool> PetrarchCommaClausesToDrop(const std::vector<text::Token>& tokens,
                                             const std::vector<bool>& actor,
                                             const std::vector<bool>& verb,
                                             const PetrarchCommaLimits& limits) {
  const size_t n = tokens.size();
  std::vector<bool> drop(n, false);
  size_t end = n;  // the sentence's closing punctuation stays
  while (end > 0 && (tokens[end - 1].lower == "." || tokens[end - 1].lower == "!" ||
                     tokens[end - 1].lower == "?"))
    --end;
  // A comma between two plain words that are neither actors, verbs nor
  // function words joins adjectives inside a noun phrase ("complete, full diplomatic
  // ties") and delimits no clause.
  auto plain = [&](size_t i) {
    const text::Token& t = tokens[i];
    return t.kind == text::TokenKind::kWord && !t.capitalized && !(i < verb.size() && verb[i]) &&
           !(i < actor.size() && actor[i]) && t.verb == t.lower && !FunctionWord(t.lower);
  };
  std::vector<size_t> commas;
  for (size_t i = 0; i < end; ++i)
    if (tokens[i].lower == "," && !(i > 0 && i + 1 < end && plain(i - 1) && plain(i + 1)))
      commas.push_back(i);
  if (commas.empty()) return drop;

  auto words = [&](size_t from, size_t to) {
    int count = 0;
    for (size_t i = from; i < to; ++i)
      count +=
          tokens[i].kind == text::TokenKind::kWord || tokens[i].kind == text::TokenKind::kNumber;
    return count;
  };
  auto holds = [&](const std::vector<bool>& mask, size_t from, size_t to) {
    for (size_t i = from; i < to && i < mask.size(); ++i)
      if (mask[i]) return true;
    return false;
  };
  auto list_member = [&](size_t from, size_t to) {
    return holds(actor, from, to) && !holds(verb, from, to);
  };
  auto within = [](int count, int lo, int hi) { return hi > 0 && count >= lo && count <= hi; };
  auto mark = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) drop[i] = true;
  };

  // The initial clause and its comma.
  if (within(words(0, commas[0]), limits.bmin, limits.bmax) && !list_member(0, commas[0]))
    mark(0, commas[0] + 1);
  // Internal clauses: each with the comma before it.
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    size_t from = commas[k] + 1, to = commas[k + 1];
    if (within(words(from, to), limits.min, limits.max) && !list_member(from, to))
      mark(commas[k], to);
  }
  // The terminal clause and the comma before it; after a single comma only
  // when the text before it is a clause of its own (holds a verb).
  size_t last = commas.back();
  if (within(words(last + 1, end), limits.emin, limits.emax) && !list_member(last + 1, end) &&
      (commas.size() > 1 || holds(verb, 0, last)))
    mark(last, end);
  return drop;
}

bool PetrarchCommaClauseAround(const std::vector<text::Token>& tokens, size_t at, size_t* begin,
                               size_t* end) {
  if (at >= tokens.size()) return false;
  size_t b = at, e = at;
  while (b > 0 && tokens[b - 1].lower != ",") --b;
  while (e < tokens.size() && tokens[e].lower != ",") ++e;
  if (b == 0) return false;
  *begin = b;
  *end = e;
  return true;
}

}  // namespace khaldun::compat
