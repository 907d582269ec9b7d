// Splits news text into sentences. Knows datelines ("TEHRAN –",
// "WASHINGTON (AP) —"), abbreviations ("Gen.", "U.S.", "Jan. 5"), initials,
// decimal numbers, ellipses and quotations (a sentence ending inside a
// closing quote keeps the quote).
#ifndef KHALDUN_TEXT_SENTENCE_SPLITTER_H_
#define KHALDUN_TEXT_SENTENCE_SPLITTER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace khaldun::text {

// A dateline at the very start of an article: "TEHRAN –", "KABUL, Afghanistan (Reuters) -".
struct Dateline {
  Span place;     // the place words, e.g. "TEHRAN" or "KABUL, Afghanistan"
  uint32_t body;  // byte offset where the article body begins after the dash
};

// Returns the dateline of `text`, if it opens with one.
std::optional<Dateline> FindDateline(std::string_view text);

// Returns the sentences of `text` in order, as byte spans with leading and
// trailing whitespace trimmed. Empty text gives no sentence. The dateline, if
// any, belongs to the first sentence.
std::vector<Span> SplitSentences(std::string_view text);

}  // namespace khaldun::text

#endif  // KHALDUN_TEXT_SENTENCE_SPLITTER_H_
