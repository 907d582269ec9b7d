#include "dict/entry.h"

namespace khaldun::dict {

std::string_view EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kActor:
      return "actor";
    case EntryKind::kNation:
      return "nation";
    case EntryKind::kPerson:
      return "person";
    case EntryKind::kAgent:
      return "agent";
    case EntryKind::kVerb:
      return "verb";
    case EntryKind::kNoun:
      return "noun";
    case EntryKind::kVerdict:
      return "verdict";
    case EntryKind::kDiscard:
      return "discard";
    case EntryKind::kIssue:
      return "issue";
  }
  return "?";
}

std::string_view Entry::CodeOn(const when::CivilDate& date) const {
  const DatedCode* fallback = nullptr;
  for (const DatedCode& c : codes) {
    if (!c.dated) {
      if (fallback == nullptr) fallback = &c;
    } else if (c.from <= date && date <= c.to) {
      return c.code;
    }
  }
  return fallback ? std::string_view(fallback->code) : std::string_view();
}

std::string Entry::Where() const { return file + ":" + std::to_string(line); }

}  // namespace khaldun::dict
