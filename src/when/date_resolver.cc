#include "when/date_resolver.h"

#include <array>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace khaldun::when {
namespace {

using text::Token;

// How a weekday or month name without a year is placed relative to the
// publication date.
enum class Anchor {
  kPast,    // bare, past sentence: the most recent one on or before publication
  kFuture,  // bare, future sentence: the first one on or after publication
  kLast,    // "last Friday": strictly before
  kNext,    // "next Friday": strictly after
  kThis,    // "this Friday": in the same week (Monday..Sunday); "this March": same year
};

// Signed distance from `current` to a `target` in a cycle of `period`
// (7 weekdays or 12 months), placed as `anchor` says.
int CycleOffset(int target, int current, int period, Anchor anchor) {
  const int back = (current - target + period) % period;  // steps back to the target
  const int ahead = (target - current + period) % period;
  switch (anchor) {
    case Anchor::kPast:
      return -back;
    case Anchor::kLast:
      return back == 0 ? -period : -back;
    case Anchor::kFuture:
      return ahead;
    case Anchor::kNext:
      return ahead == 0 ? period : ahead;
    case Anchor::kThis:
      return target - current;
  }
  return 0;
}

// First day of the month `delta` months from date's month.
CivilDate FirstOfMonth(CivilDate date, long delta) {
  long index = date.year * 12L + (date.month - 1) + delta;
  long year = index >= 0 ? index / 12 : (index - 11) / 12;  // floor division
  return CivilDate{static_cast<int>(year), static_cast<int>(index - year * 12) + 1, 1};
}

CivilDate MondayOf(CivilDate date) { return date.AddDays(-date.Weekday()); }

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

struct Abbrev {
  std::string_view name;
  int index;  // weekday 0..6 or month 1..12
};
constexpr Abbrev kWeekdayAbbrevs[] = {{"mon", 0}, {"tue", 1},  {"tues", 1},  {"wed", 2},
                                      {"thu", 3}, {"thur", 3}, {"thurs", 3}, {"fri", 4},
                                      {"sat", 5}, {"sun", 6}};
constexpr Abbrev kMonthAbbrevs[] = {{"jan", 1},  {"feb", 2},  {"mar", 3},  {"apr", 4},
                                    {"jun", 6},  {"jul", 7},  {"aug", 8},  {"sep", 9},
                                    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Value of a string of at most 9 digits (no overflow); nullopt otherwise.
std::optional<int> SmallInt(std::string_view s) {
  if (!IsDigits(s) || s.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// The tenses a word can signal.
enum class Cue { kNone, kPast, kFuture };

// Bounds-checked reading of one sentence, and the matchers.
class Resolver {
 public:
  Resolver(const std::vector<Token>& tokens, CivilDate published)
      : tokens_(tokens), pub_(published) {}

  std::vector<DateMention> Run() const {
    std::vector<DateMention> out;
    size_t i = 0;
    while (i < tokens_.size()) {
      if (auto m = MatchAt(i)) {
        out.push_back(
            {static_cast<uint32_t>(i), static_cast<uint32_t>(m->end), m->date, m->precision});
        i = m->end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  struct Match {
    size_t end;  // one past the last token
    CivilDate date;
    Precision precision = Precision::kDay;
  };
  struct Name {  // a weekday or month name
    int index;
    size_t end;
  };

  std::string_view Lower(size_t k) const {
    return k < tokens_.size() ? std::string_view(tokens_[k].lower) : std::string_view();
  }
  bool Is(size_t k, std::string_view word) const { return k < tokens_.size() && Lower(k) == word; }
  bool IsAny(size_t k, std::initializer_list<std::string_view> words) const {
    for (std::string_view w : words) {
      if (Is(k, w)) return true;
    }
    return false;
  }
  bool Capitalized(size_t k) const {
    return k < tokens_.size() && !tokens_[k].surface.empty() &&
           std::isupper(static_cast<unsigned char>(tokens_[k].surface[0]));
  }
  // "Fri." / "Apr." may come as one token or as the word and a "." token.
  bool AbbrevPeriod(size_t k) const { return Lower(k).ends_with('.') || Is(k + 1, "."); }
  std::string_view WithoutPeriod(size_t k) const {
    std::string_view s = Lower(k);
    if (s.ends_with('.')) s.remove_suffix(1);
    return s;
  }

  // ---- Words ---------------------------------------------------------------

  // "Friday", "friday", or a capitalised abbreviation with a period ("Fri.").
  // The separate "." token after an abbreviation is not taken: it may end the sentence.
  std::optional<Name> WeekdayAt(size_t k) const {
    for (int w = 0; w < 7; ++w) {
      if (Lower(k) == kWeekdays[w]) return Name{w, k + 1};
    }
    if (!Capitalized(k) || !AbbrevPeriod(k)) return std::nullopt;  // "sat", "wed", "sun"
    for (const Abbrev& a : kWeekdayAbbrevs) {
      if (WithoutPeriod(k) == a.name) return Name{a.index, k + 1};
    }
    return std::nullopt;
  }

  // A month name. "May" and "March" must be capitalised ("may" is a modal,
  // "march" a verb); abbreviations too ("Mar"), with or without their period.
  // Sets *abbreviated.
  std::optional<Name> MonthAt(size_t k, bool* abbreviated) const {
    *abbreviated = false;
    for (int m = 1; m <= 12; ++m) {
      if (Lower(k) != kMonths[m - 1]) continue;
      if ((m == 3 || m == 5) && !Capitalized(k)) return std::nullopt;
      return Name{m, k + 1};
    }
    if (!Capitalized(k)) return std::nullopt;
    for (const Abbrev& a : kMonthAbbrevs) {
      if (WithoutPeriod(k) != a.name) continue;
      *abbreviated = true;
      // Take a "." of its own only inside the date ("Apr . 5"), not when it ends the sentence.
      return Name{a.index, Is(k + 1, ".") && DayLikeAt(k + 2) ? k + 2 : k + 1};
    }
    return std::nullopt;
  }

  // A token that looks like a day of the month: digits with an optional
  // ordinal suffix ("5", "05", "5th"). Returns its value, which may be out of
  // range (up to 9 digits); nullopt if the token is not such a number.
  std::optional<int> DayLikeAt(size_t k) const {
    std::string_view s = Lower(k);
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (s.size() > 2 && s.ends_with(suffix)) {
        s.remove_suffix(2);
        break;
      }
    }
    if (!IsDigits(s)) return std::nullopt;
    return SmallInt(s).value_or(-1);  // too long: a number, but no day
  }
  bool IsDayAt(size_t k) const {
    auto d = DayLikeAt(k);
    return d && *d >= 1 && *d <= 31;
  }

  // Four digits in [lo, hi]: a year.
  std::optional<int> YearAt(size_t k, int lo = 1000, int hi = 2999) const {
    if (Lower(k).size() != 4) return std::nullopt;
    auto y = SmallInt(Lower(k));
    if (!y || *y < lo || *y > hi) return std::nullopt;
    return y;
  }

  // "one".."twelve", "a"/"an", or digits (up to 10000): a count of units.
  std::optional<int> CountAt(size_t k) const {
    static constexpr std::string_view kWords[] = {"one",  "two", "three",  "four",
                                                  "five", "six", "seven",  "eight",
                                                  "nine", "ten", "eleven", "twelve"};
    if (IsAny(k, {"a", "an"})) return 1;
    for (int n = 0; n < 12; ++n) {
      if (Lower(k) == kWords[n]) return n + 1;
    }
    auto n = SmallInt(Lower(k));
    if (n && *n <= 10000) return n;
    return std::nullopt;
  }

  bool PartOfDay(size_t k) const { return IsAny(k, {"morning", "afternoon", "evening", "night"}); }

  // ---- Tense ---------------------------------------------------------------

  Cue CueAt(size_t k) const {
    if (IsAny(k, {"will", "'ll", "shall", "next", "scheduled", "upcoming", "expected"}))
      return Cue::kFuture;
    // "is to", "are to", "plans to", "set to", "going to", "won't" (split "wo" "n't").
    if (IsAny(k, {"is", "are", "plan", "plans", "set", "going"}) && Is(k + 1, "to"))
      return Cue::kFuture;
    if (Is(k, "wo") && Is(k + 1, "n't")) return Cue::kFuture;
    if (IsAny(k, {"said", "told", "was", "were", "had", "did", "announced", "reported"}))
      return Cue::kPast;
    return Cue::kNone;
  }

  // Whether the expression [first, end) speaks of the future: the nearest
  // tense cue before it decides; failing one, a cue in the next four tokens
  // ("On Friday, he will ...") unless a conjunction comes first ("protesters
  // gathered on Friday and will march again").
  bool Future(size_t first, size_t end) const {
    for (size_t k = first; k-- > 0;) {
      if (Cue c = CueAt(k); c != Cue::kNone) return c == Cue::kFuture;
    }
    for (size_t k = end; k < end + 4 && k < tokens_.size(); ++k) {
      if (IsAny(k, {"and", "but", "or", "while", "when", "after", "before", "as", ";"})) break;
      if (Cue c = CueAt(k); c != Cue::kNone) return c == Cue::kFuture;
    }
    return false;
  }
  Anchor TenseAnchor(size_t first, size_t end) const {
    return Future(first, end) ? Anchor::kFuture : Anchor::kPast;
  }

  // ---- Resolution ----------------------------------------------------------

  CivilDate ResolveWeekday(int weekday, Anchor anchor) const {
    return pub_.AddDays(CycleOffset(weekday, pub_.Weekday(), 7, anchor));
  }
  CivilDate ResolveMonth(int month, Anchor anchor) const {
    return FirstOfMonth(pub_, CycleOffset(month, pub_.month, 12, anchor));
  }
  // A month and day without a year: the nearest year that puts it on or
  // before (past) or on or after (future) publication and where the day
  // exists (February 29 looks back or ahead to a leap year).
  std::optional<CivilDate> ResolveMonthDay(int month, int day, bool future) const {
    for (int k = 0; k <= 8; ++k) {
      CivilDate d{future ? pub_.year + k : pub_.year - k, month, day};
      if (d.IsValid() && (future ? d >= pub_ : d <= pub_)) return d;
    }
    return std::nullopt;
  }

  // ---- Matchers --------------------------------------------------------------
  // Each takes the index where the core expression starts and returns its end.

  // Up to two leading words: "on"/"in" and "early"/"late"/"earlier"/"later"
  // ("late on Friday", "in early March", "earlier this week"). "on" stays only
  // before a day, "in" only before a month or a year; otherwise the match is
  // dropped and retried from the next token.
  std::optional<Match> MatchAt(size_t i) const {
    size_t j = i;
    std::string_view prep;
    bool modifier = false;
    for (int n = 0; n < 2; ++n) {
      if (prep.empty() && IsAny(j, {"on", "in"})) {
        prep = Lower(j++);
      } else if (!modifier && IsAny(j, {"early", "late", "earlier", "later"})) {
        modifier = true;
        ++j;
      } else {
        break;
      }
    }
    std::optional<Match> m = Core(j);
    if (!m) return std::nullopt;
    const bool day = m->precision == Precision::kDay;
    if ((prep == "on" && !day) || (prep == "in" && day)) return std::nullopt;
    return m;
  }

  std::optional<Match> Core(size_t j) const {
    if (auto m = Relative(j)) return m;
    if (auto m = LastThisNext(j)) return m;
    if (auto m = Ago(j)) return m;
    if (auto m = Weekday(j)) return m;
    if (auto m = Explicit(j)) return m;
    return std::nullopt;
  }

  // "today", "tonight", "yesterday (morning)", "tomorrow (night)",
  // "the day before yesterday", "the day after tomorrow".
  std::optional<Match> Relative(size_t j) const {
    if (IsAny(j, {"today", "tonight"})) return Match{j + 1, pub_};
    if (IsAny(j, {"yesterday", "tomorrow"})) {
      const size_t end = PartOfDay(j + 1) ? j + 2 : j + 1;
      return Match{end, pub_.AddDays(Is(j, "yesterday") ? -1 : 1)};
    }
    if (Is(j, "the") && Is(j + 1, "day")) {
      if (Is(j + 2, "before") && Is(j + 3, "yesterday")) return Match{j + 4, pub_.AddDays(-2)};
      if (Is(j + 2, "after") && Is(j + 3, "tomorrow")) return Match{j + 4, pub_.AddDays(2)};
    }
    return std::nullopt;
  }

  // "last"/"this"/"next" + week, month, year, a weekday or a month name;
  // "this morning/afternoon/evening", "last night" (the evening before publication).
  std::optional<Match> LastThisNext(size_t j) const {
    int step;  // -1, 0, +1 weeks, months or years
    if (Is(j, "last")) {
      step = -1;
    } else if (Is(j, "this")) {
      step = 0;
    } else if (Is(j, "next")) {
      step = 1;
    } else {
      return std::nullopt;
    }
    const Anchor anchor = step < 0 ? Anchor::kLast : step > 0 ? Anchor::kNext : Anchor::kThis;
    const size_t k = j + 1;
    if (step == 0 && IsAny(k, {"morning", "afternoon", "evening"})) return Match{k + 1, pub_};
    if (step == -1 && Is(k, "night")) return Match{k + 1, pub_.AddDays(-1)};
    if (Is(k, "week")) return Match{k + 1, MondayOf(pub_).AddDays(7 * step), Precision::kWeek};
    if (Is(k, "month")) return Match{k + 1, FirstOfMonth(pub_, step), Precision::kMonth};
    if (Is(k, "year")) return Match{k + 1, CivilDate{pub_.year + step, 1, 1}, Precision::kYear};
    if (auto w = WeekdayAt(k)) {
      const size_t end = PartOfDay(w->end) ? w->end + 1 : w->end;
      return Match{end, ResolveWeekday(w->index, anchor)};
    }
    bool abbreviated;
    if (auto m = MonthAt(k, &abbreviated); m && !abbreviated && !DayLikeAt(m->end)) {
      return Match{m->end, ResolveMonth(m->index, anchor), Precision::kMonth};
    }
    return std::nullopt;
  }

  // "two days ago", "3 weeks ago", "a month ago", "a year ago".
  std::optional<Match> Ago(size_t j) const {
    auto n = CountAt(j);
    if (!n || !Is(j + 2, "ago")) return std::nullopt;
    const std::string_view unit = Lower(j + 1);
    const size_t end = j + 3;
    if (unit == "day" || unit == "days") return Match{end, pub_.AddDays(-*n)};
    if (unit == "week" || unit == "weeks") return Match{end, pub_.AddDays(-7L * *n)};
    if (unit == "month" || unit == "months")
      return Match{end, FirstOfMonth(pub_, -*n), Precision::kMonth};
    if (unit == "year" || unit == "years")
      return Match{end, CivilDate{pub_.year - *n, 1, 1}, Precision::kYear};
    return std::nullopt;
  }

  // "Friday", "Friday night", and "Friday, April 7" (the explicit date wins).
  // Not "Black Friday", "Bloody Sunday", "Super Tuesday", "the Sunday Times".
  std::optional<Match> Weekday(size_t j) const {
    auto w = WeekdayAt(j);
    if (!w) return std::nullopt;
    if (j > 0 && Capitalized(j - 1) && IsAny(j - 1, {"black", "bloody", "super", "cyber"}))
      return std::nullopt;
    if (IsAny(w->end, {"times", "telegraph", "express", "mirror", "herald", "mail", "observer"}) &&
        Capitalized(w->end))
      return std::nullopt;
    const size_t end = PartOfDay(w->end) ? w->end + 1 : w->end;
    const size_t date_at = Is(end, ",") ? end + 1 : end;
    if (auto d = Explicit(date_at); d && d->precision == Precision::kDay) return d;
    return Match{end, ResolveWeekday(w->index, TenseAnchor(j, end))};
  }

  // Dates written out: "2023-04-05", "April 5", "Apr. 5, 2023", "5 April 2023",
  // "5th of April", "April 2023", "in March", "in 2019".
  std::optional<Match> Explicit(size_t j) const {
    if (auto m = Iso(j)) return m;
    if (auto m = MonthFirst(j)) return m;
    if (auto m = DayFirst(j)) return m;
    // A bare year after a preposition; a narrower range ("in 2000 villages").
    if (auto y = YearAt(j, 1900, 2100);
        y && j > 0 &&
        IsAny(j - 1, {"in", "since", "until", "till", "by", "during", "early", "late"}))
      return Match{j + 1, CivilDate{*y, 1, 1}, Precision::kYear};
    return std::nullopt;
  }

  // "2023-04-05" as one token, or as "2023" "-" "04" "-" "05".
  std::optional<Match> Iso(size_t j) const {
    if (auto d = CivilDate::Parse(Lower(j))) return Match{j + 1, *d};
    if (Lower(j).size() != 4 || !Is(j + 1, "-") || !Is(j + 3, "-")) return std::nullopt;
    std::string iso;
    iso.append(Lower(j)).append("-").append(Lower(j + 2)).append("-").append(Lower(j + 4));
    if (auto d = CivilDate::Parse(iso)) return Match{j + 5, *d};
    return std::nullopt;
  }

  // An optional year after a day: "5, 2023", "5 2023" -> the year and the end.
  std::pair<std::optional<int>, size_t> YearAfter(size_t k) const {
    if (auto y = YearAt(k)) return {y, k + 1};
    if (Is(k, ",")) {
      if (auto y = YearAt(k + 1)) return {y, k + 2};
    }
    return {std::nullopt, k};
  }

  // A day of `month`, with or without a year, resolved or rejected.
  std::optional<Match> DayOfMonth(size_t first, int month, int day, size_t k) const {
    auto [year, end] = YearAfter(k);
    if (year) {
      CivilDate d{*year, month, day};
      if (!d.IsValid()) return std::nullopt;
      return Match{end, d};
    }
    auto d = ResolveMonthDay(month, day, Future(first, end));
    if (!d) return std::nullopt;  // "April 31"
    return Match{end, *d};
  }

  // "April 5", "Apr. 5th, 2023", "April 2023", "April, 2023", or a bare month
  // after "in", "of", "since" ... ("in March" but not "Theresa May").
  std::optional<Match> MonthFirst(size_t j) const {
    bool abbreviated;
    auto m = MonthAt(j, &abbreviated);
    if (!m) return std::nullopt;
    if (auto day = DayLikeAt(m->end)) {
      // Digits right after a month are meant as its day (or year): if they are
      // not a valid one, this is not a date at all ("April 99999999999").
      if (auto y = YearAt(m->end))
        return Match{m->end + 1, CivilDate{*y, m->index, 1}, Precision::kMonth};
      if (*day < 1 || *day > 31) return std::nullopt;
      return DayOfMonth(j, m->index, *day, m->end + 1);
    }
    if (Is(m->end, ",")) {
      if (auto y = YearAt(m->end + 1))
        return Match{m->end + 2, CivilDate{*y, m->index, 1}, Precision::kMonth};
    }
    if (abbreviated || j == 0 ||
        !IsAny(j - 1, {"in", "on", "of", "since", "until", "till", "by", "during", "early", "late",
                       "mid"}))
      return std::nullopt;
    return Match{m->end, ResolveMonth(m->index, TenseAnchor(j, m->end)), Precision::kMonth};
  }

  // "5 April", "5 April 2023", "5th of April".
  std::optional<Match> DayFirst(size_t j) const {
    if (!IsDayAt(j)) return std::nullopt;
    const size_t k = Is(j + 1, "of") ? j + 2 : j + 1;
    bool abbreviated;
    auto m = MonthAt(k, &abbreviated);
    if (!m) return std::nullopt;
    return DayOfMonth(j, m->index, *DayLikeAt(j), m->end);
  }

  const std::vector<Token>& tokens_;
  const CivilDate pub_;
};

}  // namespace

std::vector<DateMention> FindDates(const std::vector<text::Token>& tokens, CivilDate published) {
  return Resolver(tokens, published).Run();
}

}  // namespace khaldun::when
