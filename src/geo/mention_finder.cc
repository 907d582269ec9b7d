#include "geo/mention_finder.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "geo/fold.h"

namespace khaldun::geo {
namespace {

constexpr size_t kMaxWords = 6;
constexpr uint32_t kWellKnownCity = 200000;  // population a city needs to count unaided
constexpr uint32_t kKnownLongName = 20000;   // the same for a name of several words

bool In(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Words that may open a region name in lower case: "southern Lebanon".
bool OpensRegion(std::string_view lower) {
  return In(lower,
            {"southern", "northern", "eastern", "western", "central", "north", "south", "east",
             "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
             "northwestern", "southeastern", "southwestern", "occupied", "eastern"});
}

// "al-Quds", "el-Arish": an Arabic article before a capitalised name.
bool ArticlePlusName(const text::Token& t) {
  const std::string& s = t.surface;
  return s.size() > 3 && s[2] == '-' && (s[0] == 'a' || s[0] == 'e') &&
         (s[1] == 'l' || s[1] == 'd' || s[1] == 's' || s[1] == 'n' || s[1] == 'r' || s[1] == 't' ||
          s[1] == 'z') &&
         s[3] >= 'A' && s[3] <= 'Z';
}

bool CapitalWord(const text::Token& t) {
  return t.kind == text::TokenKind::kWord && (t.capitalized || ArticlePlusName(t));
}

// Words before a name that say it is a place: "in Gaza", "the town of Bucha".
bool Locative(std::string_view lower) {
  return In(lower, {"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                    "within", "off", "via", "through", "over", "nearby", "on", "en"});
}
// Words before a name that say something went there or came from there.
bool Directional(std::string_view lower) {
  return In(lower, {"to", "into", "from", "toward", "towards"});
}
bool PlaceNoun(std::string_view lower) {
  return In(lower,
            {"city",        "town",       "village",       "province",    "region", "capital",
             "port",        "district",   "outskirts",     "suburbs",     "suburb", "streets",
             "governorate", "state",      "county",        "area",        "camp",   "centre",
             "center",      "heart",      "north",         "south",       "east",   "west",
             "south-east",  "north-east", "neighbourhood", "neighborhood"});
}

// Calendar words are never places here ("in May", "on Friday").
bool CalendarWord(std::string_view key) {
  return In(key, {"january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                  "thursday", "friday", "saturday", "sunday"});
}

// Names of places that are also everyday words or given names: they count
// only with a locative word, a dateline or an admin context.
bool CommonWord(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords(
      {"central",    "north",    "south",        "east",     "west",      "northern", "southern",
       "eastern",    "western",  "capital",      "centre",   "center",    "coast",    "island",
       "islands",    "union",    "independence", "police",   "mobile",    "reading",  "nice",
       "split",      "bar",      "van",          "of",       "sale",      "male",     "mary",
       "victoria",   "florence", "jackson",      "lincoln",  "charlotte", "austin",   "eugene",
       "university", "college",  "hospital",     "liberty",  "unity",     "progress", "hope",
       "peace",      "justice",  "security",     "victory",  "mission",   "orange",   "hamilton",
       "president",  "minister", "state",        "national", "republic",  "federal",  "premier",
       "kingdom",    "media",    "police",       "army",     "commerce",  "industry", "trade",
       "labour",     "labor",    "ministry",     "chief",    "general",   "marshall", "obama",
       "trump",      "biden",    "putin",        "sharon",   "david",     "salem",    "gary",
       "tyler"});
  return kWords.count(key) > 0;
}

struct Match {
  size_t words = 0;
  std::span<const NameEntry> entries;
};

// The longest gazetteer name starting at token `i`.
Match LongestAt(const Gazetteer& g, const std::vector<text::Token>& tokens, size_t i) {
  const text::Token& first = tokens[i];
  if (first.kind != text::TokenKind::kWord) return {};
  if (!CapitalWord(first) && !OpensRegion(first.lower)) return {};
  size_t limit = std::min(kMaxWords, tokens.size() - i);
  size_t usable = 0;
  while (usable < limit && tokens[i + usable].kind == text::TokenKind::kWord) ++usable;
  // Grow the name a word at a time while some longer name continues it, and
  // keep the longest that is a name: one search per word.
  Match best;
  std::string phrase;
  for (size_t n = 1; n <= usable; ++n) {
    if (n > 1) phrase.push_back(' ');
    phrase += tokens[i + n - 1].surface;
    std::string key = FoldKey(phrase);
    bool has_longer = false;
    std::span<const NameEntry> entries = g.Lookup(key, &has_longer);
    // A name ends on a capital, except a listed landmark ("Zaporizhzhia
    // nuclear power plant", "Jenin refugee camp").
    bool capital_end = CapitalWord(tokens[i + n - 1]);
    bool usable_name = !entries.empty() && !CalendarWord(key) && (capital_end || n > 1);
    if (usable_name && !capital_end &&
        std::none_of(entries.begin(), entries.end(),
                     [&](const NameEntry& e) { return g.kind(e.place) == PlaceKind::kRegion; }))
      usable_name = false;
    if (usable_name) best = {n, entries};
    if (!has_longer) break;
  }
  return best;
}

}  // namespace

std::vector<PlaceMention> FindPlaceMentions(const Gazetteer& g, std::string_view text,
                                            const std::vector<text::Token>& tokens) {
  std::vector<PlaceMention> out;
  size_t i = 0;
  while (i < tokens.size()) {
    Match m = LongestAt(g, tokens, i);
    if (m.words == 0) {
      ++i;
      continue;
    }
    PlaceMention mention;
    mention.first_token = i;
    mention.end_token = i + m.words;
    for (const NameEntry& e : m.entries) mention.candidates.push_back(e.place);

    // Evidence before: a locative word, possibly across "the" or "the town of".
    size_t before = i;
    if (before > 0 && tokens[before - 1].lower == "the") --before;
    // "in northwestern Spain", "in the occupied West Bank"
    if (before > 0 && OpensRegion(tokens[before - 1].lower)) --before;
    if (before > 0 && tokens[before - 1].lower == "the") --before;
    if (before > 0 && Locative(tokens[before - 1].lower)) mention.locative = true;
    if (before > 0 && Directional(tokens[before - 1].lower)) mention.directional = true;
    if (before >= 2 && tokens[before - 1].lower == "of" && PlaceNoun(tokens[before - 2].noun))
      mention.locative = true;
    mention.dateline = tokens[i].in_dateline;
    mention.possessive = mention.end_token < tokens.size() &&
                         tokens[mention.end_token].kind == text::TokenKind::kPossessive;

    // Evidence after: "Paris, Texas", "Tripoli, Lebanon" narrow the candidates.
    size_t comma = mention.end_token;
    if (comma + 1 < tokens.size() && tokens[comma].surface == ",") {
      Match context = LongestAt(g, tokens, comma + 1);
      std::vector<uint32_t> narrowed;
      for (uint32_t c : mention.candidates) {
        Place p = g.place(c);
        for (const NameEntry& e : context.entries) {
          Place q = g.place(e.place);
          bool inside = q.kind == PlaceKind::kCountry ? p.country == q.country
                        : q.kind == PlaceKind::kAdmin1
                            ? p.country == q.country && p.admin1 == q.name
                            : false;
          if (inside && p.index != q.index) {
            narrowed.push_back(c);
            break;
          }
        }
      }
      if (!narrowed.empty()) {
        mention.candidates = std::move(narrowed);
        mention.qualified = true;
        mention.end_token = comma + 1 + context.words;
      }
    }

    // Which evidence a name needs depends on what it can be.
    bool strong = false;  // a country, division or listed region
    uint32_t biggest_city = 0;
    for (uint32_t c : mention.candidates) {
      const PlaceRecord& p = g.record(c);
      if (p.kind == PlaceKind::kCity) {
        biggest_city = std::max(biggest_city, p.population);
      } else {
        strong = true;
      }
    }
    std::string key = FoldKey(tokens[i].surface);
    for (size_t k = i + 1; k < i + m.words; ++k) key += " " + FoldKey(tokens[k].surface);
    bool evidence =
        mention.locative || mention.directional || mention.dateline || mention.qualified;
    bool accept;
    if (CommonWord(key)) {
      // "North" of "North Darfur" is not the Cameroonian region "North".
      bool longer_name =
          mention.end_token < tokens.size() && CapitalWord(tokens[mention.end_token]);
      accept = evidence && !longer_name;
    } else if (strong || evidence) {
      accept = true;
    } else {
      // A bare city name: only a well-known one, not opening the sentence
      // (where every word is capitalised) and not part of a longer name
      // ("Joko Widodo", "Jackson Hole").
      bool name_before = i > 0 && CapitalWord(tokens[i - 1]) && !tokens[i - 1].sentence_initial;
      bool name_after = mention.end_token < tokens.size() && CapitalWord(tokens[mention.end_token]);
      // Names of several words ("Santiago de Compostela") are rarely
      // anything else, so a smaller town counts.
      uint32_t needed = m.words > 1 ? kKnownLongName : kWellKnownCity;
      accept = biggest_city >= needed && !tokens[i].sentence_initial && !name_before && !name_after;
    }
    if (accept) {
      const text::Token& last = tokens[mention.end_token - 1];
      mention.span = {tokens[i].span.begin, last.span.end};
      mention.text = std::string(text.substr(mention.span.begin, mention.span.size()));
      out.push_back(std::move(mention));
      i = out.back().end_token;
    } else {
      i += m.words;
    }
  }
  return out;
}

}  // namespace khaldun::geo
