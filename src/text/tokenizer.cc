#include "text/tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

#include "text/abbreviations.h"
#include "text/normalize.h"
#include "text/sentence_splitter.h"
#include "text/unicode_util.h"

namespace khaldun::text {
namespace {

using internal::DecodedOk;
using internal::DecodeUtf8;
using internal::IsDigit;
using internal::IsLetter;
using internal::IsMark;
using internal::IsSpace;

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
// The hyphens that join words; the dashes (– —) separate them.
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// The sentence being tokenised, decoded on demand. `s` ends at the sentence
// end, so nothing is ever read past it.
class Scanner {
 public:
  Scanner(std::string_view s, const Lemmatizer* lemmatizer, std::vector<Token>* out)
      : s_(s), lemmatizer_(lemmatizer), out_(out) {}

  void Run(size_t begin);
  void SetDateline(size_t begin, size_t end) {
    dateline_begin_ = begin;
    dateline_end_ = end;
  }

 private:
  // The code point at i (0 past the end); ill-formed bytes give U+FFFD with
  // `bad` set. They are kept inside words so a Latin-1 "café" stays whole.
  char32_t At(size_t i, size_t* len, bool* bad = nullptr) const {
    if (i >= s_.size() || static_cast<unsigned char>(s_[i]) < 0x80) {  // ASCII fast path
      *len = i < s_.size() ? 1 : 0;
      if (bad) *bad = false;
      return i < s_.size() ? static_cast<unsigned char>(s_[i]) : 0;
    }
    const char32_t c = DecodeUtf8(s_, i, len);
    if (bad) *bad = !DecodedOk(c, *len);
    return c;
  }
  char32_t At(size_t i) const {
    size_t len;
    return At(i, &len);
  }
  bool IsWordChar(size_t i) const {
    size_t len;
    bool bad;
    const char32_t c = At(i, &len, &bad);
    return bad || IsLetter(c) || IsMark(c);
  }

  size_t MatchDottedAcronym(size_t i) const;
  size_t ScanWord(size_t i);
  bool PeriodIsFinal(size_t dot) const;
  // Adds the token s_[b, e); `surface` replaces the normalised bytes when given.
  void Emit(size_t b, size_t e, TokenKind kind, std::string_view surface = {});

  std::string_view s_;
  const Lemmatizer* lemmatizer_;
  std::vector<Token>* out_;
  size_t dateline_begin_ = 0, dateline_end_ = 0;
  bool open_single_quote_ = false;  // a ' or ‘ opened a quotation not yet closed
  bool seen_initial_ = false;
};

// "U.S.", "U.N.", "a.m.", "Ph.D.": groups of one or two ASCII letters, each
// followed by a period, at least two groups, and no letter or digit right
// after. Returns the end including the final period, or i.
size_t Scanner::MatchDottedAcronym(size_t i) const {
  size_t j = i;
  int groups = 0;
  while (true) {
    size_t k = j;
    while (k < s_.size() && k - j < 3 && internal::IsAsciiAlpha(s_[k])) ++k;
    if (k == j || k - j > 2 || k >= s_.size() || s_[k] != '.') break;
    ++groups;
    j = k + 1;
  }
  if (groups < 2) return i;
  if (j < s_.size()) {
    const char32_t next = At(j);
    if (IsLetter(next) || IsDigit(next)) return i;
  }
  return j;
}

// True when the period at `dot` ends the sentence: only closing quotes,
// brackets and spaces follow it.
bool Scanner::PeriodIsFinal(size_t dot) const {
  size_t i = dot + 1;
  while (i < s_.size()) {
    size_t len;
    const char32_t c = At(i, &len);
    if (!IsSpace(c) && !internal::IsClosingPunct(c) && c != '.') return false;
    i += len;
  }
  return true;
}

// Scans a word or number starting at i, emits it with any clitic it carries,
// and returns the end of what was emitted.
size_t Scanner::ScanWord(size_t i) {
  if (const size_t acronym_end = MatchDottedAcronym(i); acronym_end > i) {
    Emit(i, acronym_end, TokenKind::kWord);
    return acronym_end;
  }
  bool letters = false;
  bool prev_letter = false, prev_digit = false;
  size_t j = i;
  while (j < s_.size()) {
    size_t len;
    bool bad;
    const char32_t c = At(j, &len, &bad);
    if (bad || IsLetter(c) || IsMark(c)) {
      letters = true;
      prev_letter = true;
      prev_digit = false;
      j += len;
      continue;
    }
    if (IsDigit(c)) {
      prev_letter = false;
      prev_digit = true;
      j += len;
      continue;
    }
    size_t next_len;
    const char32_t next = At(j + len, &next_len);
    // Inner , . : of numbers: "1,000", "3.5", "10:30".
    if ((c == ',' || c == '.' || c == ':') && prev_digit && !letters && IsDigit(next)) {
      j += len;
      continue;
    }
    // Inner hyphens: "al-Quds", "F-16", "five-year-old", "5-year"; but
    // "2021-2024" splits so that dates and ranges keep their numbers.
    if (IsHyphen(c) && (prev_letter || prev_digit) &&
        (IsWordChar(j + len) || (prev_letter && IsDigit(next)))) {
      prev_letter = prev_digit = false;
      j += len;
      continue;
    }
    if (IsApostrophe(c)) {
      // The ASCII letters after the apostrophe, and what follows them.
      size_t r = j + len;
      while (r < s_.size() && internal::IsAsciiAlpha(s_[r]) && r - (j + len) < 3) ++r;
      const std::string_view after = s_.substr(j + len, r - (j + len));
      const bool clitic_ends = !IsWordChar(r) && !IsDigit(At(r));
      const auto is = [&](std::string_view w) {
        return after.size() == w.size() &&
               std::equal(after.begin(), after.end(), w.begin(),
                          [](char a, char b) { return (a | 0x20) == b; });
      };
      if (!after.empty() && clitic_ends) {
        if (is("s")) {  // "Israel's", "it's"
          Emit(i, j, letters ? TokenKind::kWord : TokenKind::kNumber);
          Emit(j, r, TokenKind::kPossessive);
          return r;
        }
        if (is("t") && j - i >= 2 && (s_[j - 1] | 0x20) == 'n') {  // "didn't", "can't"
          Emit(i, j - 1, TokenKind::kWord);
          if (lemmatizer_ != nullptr) {
            // "ca" "n't", "wo" "n't", "sha" "n't" are the verbs can, will, shall.
            std::string& verb = out_->back().verb;
            if (verb == "ca") verb = "can";
            if (verb == "wo") verb = "will";
            if (verb == "sha") verb = "shall";
          }
          Emit(j - 1, r, TokenKind::kWord);
          return r;
        }
        if (is("re") || is("ve") || is("ll") || is("d") || is("m")) {  // "they're", "we'll"
          Emit(i, j, letters ? TokenKind::kWord : TokenKind::kNumber);
          Emit(j, r, TokenKind::kWord);
          if (lemmatizer_ != nullptr) {
            std::string& verb = out_->back().verb;
            if (verb == "'re" || verb == "'m") verb = "be";
            if (verb == "'ve") verb = "have";
          }
          return r;
        }
      }
      if (IsWordChar(j + len)) {  // inner apostrophe: "O'Neill", "Shi'ite"
        prev_letter = true;
        prev_digit = false;
        j += len;
        continue;
      }
      // A bare apostrophe after a plural is a possessive ("the allies’
      // talks"), unless it closes a quotation ('... the "terrorists"').
      if (letters && (s_[j - 1] | 0x20) == 's' && !open_single_quote_) {
        Emit(i, j, TokenKind::kWord);
        Emit(j, j + len, TokenKind::kPossessive);
        return j + len;
      }
      break;
    }
    if (c == '.' && letters && !prev_digit) {
      // "Gen.", "Jan.", "Inc.", "W." keep their period, except the sentence's
      // last one, which is its own token.
      const std::string_view word = s_.substr(i, j - i);
      internal::AbbrevKind kind = internal::ClassifyAbbreviation(word);
      if (kind == internal::AbbrevKind::kNumero) {
        size_t k = j + 1;
        while (k < s_.size() && s_[k] == ' ') ++k;
        if (!IsDigit(At(k))) kind = internal::AbbrevKind::kNone;
      }
      size_t first_len;
      const bool initial = internal::IsUpper(At(i, &first_len)) && i + first_len == j;
      // Titles never end a sentence, so "Gen." stays whole even at the end of
      // a span (a dictionary phrase such as "Lt. Gen." is tokenised alone).
      const bool never_final =
          kind == internal::AbbrevKind::kTitle || kind == internal::AbbrevKind::kVersus;
      if ((kind != internal::AbbrevKind::kNone || initial) && (never_final || !PeriodIsFinal(j))) {
        j += 1;
      }
    }
    break;
  }
  Emit(i, j, letters ? TokenKind::kWord : TokenKind::kNumber);
  return j;
}

void Scanner::Emit(size_t b, size_t e, TokenKind kind, std::string_view surface) {
  if (e <= b) return;
  // Built in place: a Token holds four strings, and every string copy or
  // move costs a call to memmove; this is the tokenizer's hottest spot.
  Token& t = out_->emplace_back();
  t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  t.kind = kind;
  const std::string_view bytes = s_.substr(b, e - b);
  const bool ascii = std::all_of(bytes.begin(), bytes.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!surface.empty()) {
    t.surface.assign(surface);
  } else if (ascii) {
    t.surface.assign(bytes);
  } else {
    t.surface = NormalizeForMatching(bytes);
  }
  if (ascii) {
    t.lower.assign(t.surface);
    for (char& c : t.lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
  } else {
    t.lower = ToLower(t.surface);
  }
  if (kind == TokenKind::kWord && lemmatizer_ != nullptr) {
    lemmatizer_->Lemmas(t.lower, &t.verb, &t.noun);
  } else {
    t.verb.assign(t.lower);
    t.noun.assign(t.lower);
  }
  if (!t.surface.empty()) {
    size_t len;
    t.capitalized = internal::IsUpper(DecodeUtf8(t.surface, 0, &len));
  }
  t.in_dateline = b >= dateline_begin_ && b < dateline_end_;
  if (!seen_initial_ && !t.in_dateline &&
      (kind == TokenKind::kWord || kind == TokenKind::kNumber)) {
    t.sentence_initial = true;
    seen_initial_ = true;
  }
}

void Scanner::Run(size_t i) {
  while (i < s_.size()) {
    size_t len;
    bool bad;
    const char32_t c = At(i, &len, &bad);
    if (!bad && IsSpace(c)) {
      i += len;
      continue;
    }
    if (bad || IsLetter(c) || IsMark(c) || IsDigit(c)) {
      i = ScanWord(i);
      continue;
    }
    if (c == '-') {
      // "--" (and longer runs) is one dash.
      size_t j = i;
      while (j < s_.size() && s_[j] == '-') ++j;
      Emit(i, j, TokenKind::kPunct, "-");
      i = j;
      continue;
    }
    if (IsApostrophe(c) || c == 0x2018) {
      // A quote mark that opens a quotation follows a space or an opening
      // bracket and precedes a word; any other one closes it.
      const bool after_space = i == 0 || IsSpace(At(internal::PrevCharStart(s_, i))) ||
                               internal::IsOpeningPunct(At(internal::PrevCharStart(s_, i)));
      if (c == 0x2018 || (after_space && IsWordChar(i + len))) {
        open_single_quote_ = true;
      } else {
        open_single_quote_ = false;
      }
    }
    Emit(i, i + len, TokenKind::kPunct);
    i += len;
  }
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span sentence, const Lemmatizer* lemmatizer) {
  const size_t limit = std::min<size_t>(text.size(), std::numeric_limits<uint32_t>::max());
  const size_t end = std::min<size_t>(sentence.end, limit);
  const size_t begin = std::min<size_t>(sentence.begin, end);
  std::vector<Token> out;
  if (begin == end) return out;
  out.reserve((end - begin) / 5 + 4);

  Scanner scanner(text.substr(0, end), lemmatizer, &out);
  // The article's dateline, when this sentence opens the article: only
  // whitespace before it (looked at backwards, so that later sentences stop
  // at once).
  bool opens_article = true;
  for (size_t p = begin; p > 0;) {
    const size_t q = internal::PrevCharStart(text, p);
    if (internal::SpaceLenAt(text, q) != p - q) {
      opens_article = false;
      break;
    }
    p = q;
  }
  if (opens_article) {
    if (const std::optional<Dateline> d = FindDateline(text);
        d && d->place.begin >= begin && d->body <= end) {
      scanner.SetDateline(d->place.begin, d->body);
    }
  }
  scanner.Run(begin);
  return out;
}

}  // namespace khaldun::text
