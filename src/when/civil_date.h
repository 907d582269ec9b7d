// A calendar date (proleptic Gregorian) with day arithmetic.
#ifndef KHALDUN_WHEN_CIVIL_DATE_H_
#define KHALDUN_WHEN_CIVIL_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace khaldun::when {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses exactly "YYYY-MM-DD" and checks that the day exists (2023-02-29 fails).
  static std::optional<CivilDate> Parse(std::string_view iso);
  static bool IsLeapYear(int year);
  // Days in `month` (1..12) of `year`; 0 for a month out of range.
  static int DaysInMonth(int year, int month);
  // Whether month and day name a day that exists.
  bool IsValid() const;
  // Days since 1970-01-01 (negative before).
  long DaysSinceEpoch() const;
  // Inverse of DaysSinceEpoch. `days` is clamped to +-700e9 so the year fits an int.
  static CivilDate FromDaysSinceEpoch(long days);
  CivilDate AddDays(long n) const;
  // 0 = Monday ... 6 = Sunday.
  int Weekday() const;
  std::string ToString() const;  // "YYYY-MM-DD"

  auto operator<=>(const CivilDate&) const = default;
};

}  // namespace khaldun::when

#endif  // KHALDUN_WHEN_CIVIL_DATE_H_
