// Finds the place names of one sentence: the longest run of words that is a
// name in the gazetteer ("Gaza Strip", "southern Lebanon", "al-Quds",
// "TRIPOLI" in a dateline), with the evidence the disambiguator and the
// event chooser weigh: a locative word before it ("in", "near", "outside"),
// the dateline, an admin context after it ("Paris, Texas"; "Tripoli,
// Lebanon"). Names of cities that are also common words or given names
// ("Mobile", "Jackson") count only with such evidence.
#ifndef KHALDUN_GEO_MENTION_FINDER_H_
#define KHALDUN_GEO_MENTION_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"
#include "text/span.h"
#include "text/token.h"

namespace khaldun::geo {

struct PlaceMention {
  text::Span span;         // the name as written, in the article
  std::string text;        // those bytes; for "Paris, Texas" the whole phrase
  size_t first_token = 0;  // token range of the name in its sentence
  size_t end_token = 0;
  std::vector<uint32_t> candidates;  // gazetteer places the name can be
  bool locative = false;             // after "in", "at", "near", "outside", "the town of" ...
  bool directional = false;          // after "to", "into", "from": where something went, not was
  bool dateline = false;             // in the article's opening dateline
  bool possessive = false;           // followed by "'s": "Israel's attacks"
  bool qualified = false;            // narrowed by the admin context after it
};

// Returns the mentions of one sentence's tokens (from text::Tokenize), in
// order and not overlapping. `text` is the article the token spans point into.
std::vector<PlaceMention> FindPlaceMentions(const Gazetteer& gazetteer, std::string_view text,
                                            const std::vector<text::Token>& tokens);

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_MENTION_FINDER_H_
