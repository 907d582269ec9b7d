// Parses one line of Khaldun's dictionary format (docs/dictionaries.md):
//   KIND  PHRASE | PHRASE ...  =  VALUE      # comment
#ifndef KHALDUN_DICT_LINE_PARSER_H_
#define KHALDUN_DICT_LINE_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/entry.h"

namespace khaldun::dict {

struct ParsedLine {
  bool blank = true;  // comment or whitespace only: nothing to add
  EntryKind kind = EntryKind::kActor;
  std::vector<std::string> phrases;  // trimmed, non-empty
  std::vector<DatedCode> codes;
  // A verb whose actor after the pattern is the source and whose subject is
  // the target: "received * aid from", "came under attack from" ("= 070 reversed").
  bool reversed = false;
  // An issue's category ("= TEACHERS in EDUCATION"); an issue with no code
  // ("= not in EDUCATION", "= not") is an exclusion.
  std::string category;
};

// Parses `line`. Returns false with `*error` set to the reason (without file
// and line, which the caller adds) when the line is malformed: unknown kind,
// no phrase, an empty alternative, a missing or malformed value, a bad date
// range, a date range that ends before it starts.
bool ParseLine(std::string_view line, ParsedLine* parsed, std::string* error);

// The words of `text` between runs of `separators` (spaces and tabs by
// default), as views into `text`: "a  b\tc" -> "a", "b", "c".
std::vector<std::string_view> SplitWords(std::string_view text,
                                         std::string_view separators = " \t");

// True for an actor or sector code: upper-case letters, digits and '-', in
// blocks of three ("IRN", "IRNGOV", "---REB", "IGOMOSOIC").
bool IsActorCode(std::string_view code);
// True for a CAMEO event code shape: 2 to 4 digits.
bool IsEventCodeShape(std::string_view code);
// True for an issue code or category: upper-case letters, digits, '_' and '-'
// ("EARLY_CHILDHOOD_EDUCATION", "SOUTH-TO-SOUTH").
bool IsIssueCode(std::string_view code);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_LINE_PARSER_H_
