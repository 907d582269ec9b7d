#include "store/query.h"

#include <cstdio>

#include "when/civil_date.h"

namespace khaldun::store {

std::optional<Dedup> ParseDedup(const std::string& name) {
  if (name == "none") return Dedup::kNone;
  if (name == "story") return Dedup::kStory;
  if (name == "day") return Dedup::kDay;
  return std::nullopt;
}

const char* DedupName(Dedup dedup) {
  switch (dedup) {
    case Dedup::kStory:
      return "story";
    case Dedup::kDay:
      return "day";
    case Dedup::kNone:
      break;
  }
  return "none";
}

std::optional<Period> ParsePeriod(const std::string& name) {
  if (name == "day") return Period::kDay;
  if (name == "week") return Period::kWeek;
  if (name == "month") return Period::kMonth;
  return std::nullopt;
}

std::optional<Group> ParseGroup(const std::string& name) {
  if (name == "dyad") return Group::kDyad;
  if (name == "source") return Group::kSource;
  if (name == "target") return Group::kTarget;
  if (name == "cameo") return Group::kCameo;
  if (name == "root") return Group::kRoot;
  if (name == "quad") return Group::kQuadClass;
  if (name == "none") return Group::kNone;
  return std::nullopt;
}

bool IsActorCode(const std::string& code) {
  if (code.size() < 3 || code.size() > 30 || code.size() % 3 != 0) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

namespace {

// Quotes a user's value for an error message, showing control bytes as \xNN.
std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

bool CheckDate(const char* option, const std::string& date, std::string* error) {
  if (date.empty() || when::CivilDate::Parse(date)) return true;
  *error = std::string(option) + " must be a real day as YYYY-MM-DD, got " + Quote(date);
  return false;
}

bool CheckActor(const char* option, const std::string& actor, std::string* error) {
  if (actor.empty() || IsActorCode(actor)) return true;
  *error = std::string(option) + " must be a CAMEO actor code (capital letters, digits and '-'" +
           " in groups of three, like IRN, GOV or IRNGOV), got " + Quote(actor);
  return false;
}

}  // namespace

bool ValidateFilter(const Filter& f, const cameo::Codebook& codebook, std::string* error) {
  if (!CheckDate("--from", f.from, error) || !CheckDate("--to", f.to, error)) return false;
  if (!f.from.empty() && !f.to.empty() && f.to < f.from) {
    *error = "--to " + f.to + " is before --from " + f.from;
    return false;
  }
  if (!CheckActor("--actor", f.actor, error) || !CheckActor("--source", f.source, error) ||
      !CheckActor("--target", f.target, error))
    return false;
  if (!f.cameo.empty() && codebook.Find(f.cameo) == nullptr) {
    *error = "--cameo: unknown CAMEO event code " + Quote(f.cameo) +
             " (codes are 2 to 4 digits from the CAMEO codebook, like 111 or 0311)";
    return false;
  }
  if (!f.root.empty()) {
    bool two_digits = f.root.size() == 2 && f.root[0] >= '0' && f.root[0] <= '2' &&
                      f.root[1] >= '0' && f.root[1] <= '9';
    int root = two_digits ? (f.root[0] - '0') * 10 + (f.root[1] - '0') : 0;
    if (root < 1 || root > 20) {
      *error = "--root must be a CAMEO root code from 01 to 20, got " + Quote(f.root);
      return false;
    }
  }
  if (f.quad_class < 0 || f.quad_class > 4) {
    *error = "--quad must be a QuadClass from 1 to 4, got " + std::to_string(f.quad_class);
    return false;
  }
  return true;
}

}  // namespace khaldun::store
