// Finds time expressions in a tokenised sentence and resolves them against
// the article's publication date: "on Friday", "Thursday afternoon",
// "Friday night", "yesterday", "today", "last week", "last month",
// "two days ago", "on April 5", "April 5, 2023", "5 April", "2023-04-05",
// "earlier this week". News is mostly about the past, so a bare weekday is
// the most recent such day on or before the publication date, unless the
// sentence speaks of the future ("will", "next", "is to", "plans to").
#ifndef KHALDUN_WHEN_DATE_RESOLVER_H_
#define KHALDUN_WHEN_DATE_RESOLVER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/token.h"
#include "when/civil_date.h"

namespace khaldun::when {

enum class Precision : uint8_t { kDay, kWeek, kMonth, kYear };

struct DateMention {
  uint32_t first_token = 0;  // index of the first token of the expression
  uint32_t end_token = 0;    // one past the last token
  // The resolved day. For a week ("last week") the Monday of that week, for a
  // month ("last month", "in March") its first day, for a year its 1 January.
  CivilDate date;
  Precision precision = Precision::kDay;
};

// Returns the date expressions of `tokens` in order of appearance.
std::vector<DateMention> FindDates(const std::vector<text::Token>& tokens, CivilDate published);

}  // namespace khaldun::when

#endif  // KHALDUN_WHEN_DATE_RESOLVER_H_
