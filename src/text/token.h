// A token of a sentence: its bytes in the article and the forms the
// dictionaries match against.
#ifndef KHALDUN_TEXT_TOKEN_H_
#define KHALDUN_TEXT_TOKEN_H_

#include <string>

#include "text/span.h"

namespace khaldun::text {

enum class TokenKind : uint8_t {
  kWord,        // letters, possibly with inner hyphens or apostrophes: "al-Quds", "O'Neill"
  kNumber,      // digits, possibly with inner , . : ("1,000", "3.5", "10:30")
  kPunct,       // one punctuation character (quotes and dashes folded to ASCII)
  kPossessive,  // the clitic "'s" or a lone "'" after a plural: "Israel's" -> "Israel" + "'s"
};

struct Token {
  Span span;  // bytes of the token in the article text (original, unnormalised)
  TokenKind kind = TokenKind::kWord;
  std::string surface;  // NFC-normalised text with quotes/dashes folded to ASCII, original case
  std::string lower;    // surface lowercased
  std::string verb;     // verb lemma of `lower` ("spoke" -> "speak"); == lower when not a verb form
  std::string noun;  // noun lemma of `lower` ("attacks" -> "attack"); == lower when not a noun form
  bool capitalized = false;  // first letter is upper case
  // First word (or number) of the sentence; after the dateline in the article's first sentence.
  bool sentence_initial = false;
  // Part of the article's opening dateline ("TEHRAN –", "GAZA CITY, April 7 (Xinhua) --").
  bool in_dateline = false;
};

}  // namespace khaldun::text

#endif  // KHALDUN_TEXT_TOKEN_H_
