// A coded event and the evidence that produced it.
#ifndef KHALDUN_CODER_EVENT_H_
#define KHALDUN_CODER_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/span.h"

namespace khaldun::coder {

// Where an actor's code came from.
enum class ActorSource : uint8_t {
  kDictionary,  // a name, nation or person entry
  kComposed,    // a country and an agent put together: "Iranian President"
  kMemory,      // a name or role met earlier in the article: "Kanaani", "the minister"
  kPronoun,     // "he", "its": the article's last fitting actor
  kPlace,       // the country an act with no named counterpart took place in
};
const char* ActorSourceName(ActorSource source);

struct DictionaryRef {
  std::string kind;     // "actor", "person", "agent", "verb", ...
  std::string phrases;  // the entry's phrases as written
  std::string where;    // "FILE:LINE"
};

struct ActorRef {
  std::string code;  // "IRNGOV"
  text::Span span;   // the words as written in the article
  std::string text;  // those words
  ActorSource source = ActorSource::kDictionary;
  std::vector<DictionaryRef> entries;  // the entries that made the code
};

// Where an event happened: filled after coding by the geo stage (src/geo).
struct EventLocation {
  std::string text;     // the place as written: "southern Lebanon"
  text::Span span;      // those words in the article
  std::string name;     // the gazetteer's name: "Jerusalem" for "al-Quds"
  std::string feature;  // GeoNames class.code: "P.PPLC", "A.ADM1", "L.RGN"
  std::string country;  // ISO 3166 alpha-3, like the actor codes; empty across borders
  std::string admin1;   // first-order division, may be empty
  double lat = 0;
  double lon = 0;
  uint32_t geonames_id = 0;  // 0 when the place is not a GeoNames entry
};

// An issue phrase of the event's sentence (docs/events.md): "Teachers" ->
// TEACHERS in EDUCATION. One per match, so a code's count is how often the
// sentence names it.
struct IssueMatch {
  std::string code;      // "TEACHERS"
  std::string category;  // "EDUCATION", empty when the entry gives none
  std::string text;      // the words as written
  text::Span span;       // those words in the article
};

struct Event {
  std::string doc_id;
  int sentence_index = 0;
  text::Span sentence;
  ActorRef source;
  ActorRef target;
  std::string cameo;               // "111"
  std::string date;                // "YYYY-MM-DD"
  std::string date_text;           // the time expression used, empty when the publication date
  bool date_from_context = false;  // taken from an earlier sentence of the article
  // The event words: the verb pattern (or noun / verdict phrase) as matched.
  std::string mode;                     // "verb", "passive verb", "noun", "verdict"
  std::string pattern;                  // the dictionary pattern, e.g. "launch * attack against"
  std::vector<text::Span> event_spans;  // the matched words in the article
  std::string event_text;               // those words, joined by spaces
  DictionaryRef event_entry;
  std::optional<EventLocation> location;  // none when the text names no place for it
  std::vector<IssueMatch> issues;         // the sentence's issues, in text order
};

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_EVENT_H_
