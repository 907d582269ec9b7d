// What a query asks of the store: filters, the de-duplication filter, and
// the aggregation (by period and group). The same structs serve the command
// line and the HTTP API; ValidateFilter turns a user's strings into clear
// errors before any SQL runs, and every value reaches SQL as a parameter.
#ifndef KHALDUN_STORE_QUERY_H_
#define KHALDUN_STORE_QUERY_H_

#include <optional>
#include <string>

#include "cameo/codebook.h"

namespace khaldun::store {

// Which events a query or export sees. Empty fields do not filter.
struct Filter {
  std::string from, to;  // YYYY-MM-DD, inclusive, on the event date
  // Either side: its full code, country or sector ("IRNGOV", "IRN", "GOV"; a
  // three-letter CAMEO role code is a sector, any other three letters a country).
  std::string actor;
  std::string source;  // the source side: code, country or sector
  std::string target;  // the target side: code, country or sector
  std::string cameo;   // exact CAMEO code, "111"
  std::string root;    // CAMEO root, "11"
  int quad_class = 0;  // 1..4; 0 = any
  std::string place;   // exact place name (set by geocoding; none is coded yet)
  std::string article_id;
  std::string text;  // words the event's sentence or actor names contain (case-insensitive)
};

// The usual de-duplication filters, applied when reading (raw events stay stored):
//   kStory: one event per (article, source, target, code), PETRARCH's story filter;
//   kDay:   one event per (date, source, target, code) across articles, Phoenix's one-a-day.
// The kept event is the first in ingest order and carries how many it stood for.
enum class Dedup { kNone, kStory, kDay };
std::optional<Dedup> ParseDedup(const std::string& name);  // "none", "story", "day"
const char* DedupName(Dedup dedup);

enum class Period { kNone, kDay, kWeek, kMonth };  // week: starting Monday
std::optional<Period> ParsePeriod(const std::string& name);

enum class Group { kNone, kDyad, kSource, kTarget, kCameo, kRoot, kQuadClass };
std::optional<Group> ParseGroup(const std::string& name);  // "dyad", "source", ..., "quad"

struct Aggregation {
  Period period = Period::kNone;
  Group group = Group::kNone;
  bool any() const { return period != Period::kNone || group != Group::kNone; }
};

// Checks every field: real dates in order, actor codes made of letters,
// digits and '-' in groups of three, a CAMEO code the codebook knows, a root
// 01..20, a QuadClass 1..4. Returns false with `*error` naming the option and
// the bad value.
bool ValidateFilter(const Filter& filter, const cameo::Codebook& codebook, std::string* error);

// Whether `code` looks like a CAMEO actor code (see ValidateFilter).
bool IsActorCode(const std::string& code);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_QUERY_H_
