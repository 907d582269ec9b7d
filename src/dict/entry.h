// One dictionary entry: a line of a dictionary file, with the codes it gives.
#ifndef KHALDUN_DICT_ENTRY_H_
#define KHALDUN_DICT_ENTRY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "when/civil_date.h"

namespace khaldun::dict {

enum class EntryKind : uint8_t {
  kActor,    // a named actor or metonym: "Iran", "the Kremlin"
  kNation,   // a nationality adjective or demonym: "Iranian"
  kPerson,   // a person with date-bounded codes
  kAgent,    // a role noun with a sector code: "president" -> GOV
  kVerb,     // a verb pattern with a CAMEO event code
  kNoun,     // a nominal event pattern: "attack on"
  kVerdict,  // a predicate noun of accusation: "violation"
  kDiscard,  // a phrase that puts a sentence out of scope
  kIssue,    // a phrase that tags a sentence with an issue ("teachers" -> TEACHERS)
};

std::string_view EntryKindName(EntryKind kind);

// A code, valid on the dates [from, to] when `dated`, else always (a fallback).
struct DatedCode {
  std::string code;
  bool dated = false;
  when::CivilDate from{0, 1, 1};
  when::CivilDate to{9999, 12, 31};
};

struct Entry {
  EntryKind kind = EntryKind::kActor;
  std::vector<DatedCode> codes;  // one undated code except for persons; none for discards
                                 // and for issue exclusions
  std::string category;          // issues: the category ("EDUCATION"), may be empty
  std::string phrases;           // the phrases as written in the file, for evidence
  bool reversed = false;         // verbs: the actor after the pattern is the source
  std::string file;              // where the entry was defined
  int line = 0;

  // The code that applies on `date`: the first dated choice whose range holds
  // it, else the fallback, else empty (the entry does not code on that date).
  std::string_view CodeOn(const when::CivilDate& date) const;
  // "FILE:LINE", as shown in an event's evidence.
  std::string Where() const;
};

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_ENTRY_H_
