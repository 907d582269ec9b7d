// PETRARCH's issues dictionary (Phoenix.IssueCoding.txt), read into Khaldun
// `issue` lines (docs/dictionaries.md). The peer format:
//
//   <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
//   n:teacher [TEACHERS]                  n: the noun and its plural
//   early+childhood education [...]       +: joined by a space or a hyphen
//   v:massacre [ID_ATROCITY]              v: the verb's regular forms
//   ~a head start                         an exclusion phrase of the block
//   ~~Armenian genocide                   a story-level one (read per sentence)
//   </ISSUE>
//
// Each coded line becomes `issue FORM | FORM ... = CODE in CATEGORY`, each
// exclusion `issue FORM | ... = not in CATEGORY`.
#ifndef KHALDUN_COMPAT_PETRARCH_ISSUES_H_
#define KHALDUN_COMPAT_PETRARCH_ISSUES_H_

#include <string>
#include <string_view>
#include <vector>

#include "compat/converted.h"
#include "dict/dictionary.h"

namespace khaldun::compat {

// Reads a PETRARCH issues file into `out->lines`. Malformed lines go to
// `out->errors` as "FILE:LINE: reason" and the rest loads; lines PETRARCH
// itself skips (a phrase with no [CODE]) are counted in `out->unsupported`.
// False when the file cannot be read.
bool ReadPetrarchIssues(const std::string& path, Conversion* out);

// The forms a PETRARCH issue phrase stands for, in order, without repeats:
// "pre+n:school" -> "pre school", "pre schools", "pre-school", "pre-schools".
// False with `*error` set when the phrase is malformed ("n:" with no word,
// too many forms).
bool ExpandIssuePhrase(std::string_view phrase, std::vector<std::string>* forms,
                       std::string* error);

// Adds the issues of `path` to `dictionary`: a PETRARCH issues file, or a
// file of Khaldun `issue` lines (told apart by the first entry line).
// Malformed lines join `*errors`. False with `*fatal` when unreadable, or
// when a PETRARCH-looking file yields nothing at all.
bool AddIssueFile(const std::string& path, dict::Dictionary* dictionary,
                  std::vector<std::string>* errors, std::string* fatal);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PETRARCH_ISSUES_H_
