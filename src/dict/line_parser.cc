#include "dict/line_parser.h"

#include <cctype>

namespace khaldun::dict {
namespace {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    parts.push_back(Trim(s.substr(start, at == std::string_view::npos ? at : at - start)));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

bool KindFromName(std::string_view name, EntryKind* kind) {
  static constexpr EntryKind kAll[] = {EntryKind::kActor,   EntryKind::kNation,  EntryKind::kPerson,
                                       EntryKind::kAgent,   EntryKind::kVerb,    EntryKind::kNoun,
                                       EntryKind::kVerdict, EntryKind::kDiscard, EntryKind::kIssue};
  for (EntryKind k : kAll) {
    if (EntryKindName(k) == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

// Parses "CODE", "CODE FROM..TO", "CODE FROM..", "CODE ..TO".
bool ParseChoice(std::string_view text, EntryKind kind, DatedCode* out, std::string* error) {
  size_t space = text.find_first_of(" \t");
  std::string_view code = text.substr(0, space);
  std::string_view range = space == std::string_view::npos ? "" : Trim(text.substr(space));
  bool event_kind =
      kind == EntryKind::kVerb || kind == EntryKind::kNoun || kind == EntryKind::kVerdict;
  if (event_kind ? !IsEventCodeShape(code) : !IsActorCode(code)) {
    *error = std::string(event_kind ? "bad CAMEO event code \"" : "bad actor code \"") +
             std::string(code) + "\"";
    return false;
  }
  out->code = std::string(code);
  if (range.empty()) return true;
  if (kind != EntryKind::kPerson) {
    *error = "only person entries take date ranges";
    return false;
  }
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    *error = "bad date range \"" + std::string(range) + "\" (expected FROM..TO)";
    return false;
  }
  std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
  out->dated = true;
  if (!from.empty()) {
    auto d = when::CivilDate::Parse(from);
    if (!d) {
      *error = "bad date \"" + std::string(from) + "\" (expected YYYY-MM-DD)";
      return false;
    }
    out->from = *d;
  }
  if (!to.empty()) {
    auto d = when::CivilDate::Parse(to);
    if (!d) {
      *error = "bad date \"" + std::string(to) + "\" (expected YYYY-MM-DD)";
      return false;
    }
    out->to = *d;
  }
  if (out->to < out->from) {
    *error = "date range \"" + std::string(range) + "\" ends before it starts";
    return false;
  }
  return true;
}

// Parses an issue's value: "CODE", "CODE in CATEGORY", "not", "not in CATEGORY".
bool ParseIssueValue(std::string_view value, ParsedLine* parsed, std::string* error) {
  std::vector<std::string_view> words = SplitWords(value);
  bool exclusion = !words.empty() && words[0] == "not";
  bool shape = (words.size() == 1 || (words.size() == 3 && words[1] == "in"));
  if (!shape) {
    *error = "bad issue value \"" + std::string(value) +
             "\" (expected CODE, CODE in CATEGORY, not, or not in CATEGORY)";
    return false;
  }
  if (!exclusion) {
    if (!IsIssueCode(words[0])) {
      *error = "bad issue code \"" + std::string(words[0]) + "\"";
      return false;
    }
    parsed->codes.push_back(DatedCode{std::string(words[0])});
  }
  if (words.size() == 3) {
    if (!IsIssueCode(words[2])) {
      *error = "bad issue category \"" + std::string(words[2]) + "\"";
      return false;
    }
    parsed->category = std::string(words[2]);
  }
  return true;
}

}  // namespace

bool IsIssueCode(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

std::vector<std::string_view> SplitWords(std::string_view text, std::string_view separators) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of(separators, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool IsActorCode(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool IsEventCodeShape(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  return true;
}

bool ParseLine(std::string_view line, ParsedLine* parsed, std::string* error) {
  *parsed = ParsedLine();
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  line = Trim(line);
  if (line.empty()) return true;
  parsed->blank = false;

  size_t space = line.find_first_of(" \t");
  std::string_view kind_name = line.substr(0, space);
  if (!KindFromName(kind_name, &parsed->kind)) {
    *error = "unknown entry kind \"" + std::string(kind_name) +
             "\" (expected actor, nation, person, agent, verb, noun, verdict, discard or issue)";
    return false;
  }
  std::string_view rest = space == std::string_view::npos ? "" : Trim(line.substr(space));
  size_t equals = rest.find('=');
  std::string_view phrases = Trim(rest.substr(0, equals));
  std::string_view value =
      equals == std::string_view::npos ? std::string_view() : Trim(rest.substr(equals + 1));

  if (phrases.empty()) {
    *error = "no phrase before '='";
    return false;
  }
  for (std::string_view p : Split(phrases, '|')) {
    if (p.empty()) {
      *error = "empty alternative between '|'";
      return false;
    }
    parsed->phrases.emplace_back(p);
  }

  if (parsed->kind == EntryKind::kDiscard) {
    if (equals != std::string_view::npos) {
      *error = "discard entries take no '= VALUE'";
      return false;
    }
    return true;
  }
  if (equals == std::string_view::npos || value.empty()) {
    *error = "missing '= CODE'";
    return false;
  }
  if (parsed->kind == EntryKind::kIssue) return ParseIssueValue(value, parsed, error);
  constexpr std::string_view kReversed = "reversed";
  if (value.size() > kReversed.size() && value.ends_with(kReversed) &&
      (value[value.size() - kReversed.size() - 1] == ' ' ||
       value[value.size() - kReversed.size() - 1] == '\t')) {
    if (parsed->kind != EntryKind::kVerb) {
      *error = "only verb entries can be reversed";
      return false;
    }
    parsed->reversed = true;
    value = Trim(value.substr(0, value.size() - kReversed.size()));
  }
  for (std::string_view choice : Split(value, ',')) {
    if (choice.empty()) {
      *error = "empty code between ','";
      return false;
    }
    DatedCode code;
    if (!ParseChoice(choice, parsed->kind, &code, error)) return false;
    parsed->codes.push_back(std::move(code));
  }
  if (parsed->kind != EntryKind::kPerson && parsed->codes.size() != 1) {
    *error = "only person entries take several codes";
    return false;
  }
  return true;
}

}  // namespace khaldun::dict
