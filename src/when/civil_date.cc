#include "when/civil_date.h"

#include <algorithm>
#include <cstdio>

namespace khaldun::when {
namespace {

// Beyond this many days from the epoch the year would overflow an int.
constexpr long kMaxAbsDays = 700'000'000'000L;

// Reads `n` ASCII digits at s[pos]; -1 if any is not a digit.
int Digits(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t k = pos; k < pos + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

}  // namespace

std::optional<CivilDate> CivilDate::Parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  CivilDate d{Digits(iso, 0, 4), Digits(iso, 5, 2), Digits(iso, 8, 2)};
  if (d.year < 0 || !d.IsValid()) return std::nullopt;  // a bad digit gives -1
  return d;
}

bool CivilDate::IsLeapYear(int year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int CivilDate::DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool CivilDate::IsValid() const { return day >= 1 && day <= DaysInMonth(year, month); }

// Howard Hinnant's days_from_civil: counts in 400-year eras of 146097 days,
// with years starting on 1 March so that the leap day comes last.
long CivilDate::DaysSinceEpoch() const {
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;                                                  // [0, 399]
  const long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;  // [0, 365]
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                          // [0, 146096]
  return era * 146097 + doe - 719468;  // 719468 = days from 0000-03-01 to 1970-01-01
}

// Howard Hinnant's civil_from_days, the inverse of the above.
CivilDate CivilDate::FromDaysSinceEpoch(long days) {
  const long z = std::clamp(days, -kMaxAbsDays, kMaxAbsDays) + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;                                       // [0, 146096]
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const long mp = (5 * doy + 2) / 153;                                     // [0, 11], 0 = March
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), m, d};
}

CivilDate CivilDate::AddDays(long n) const {
  // Clamp first so that the sum cannot overflow; FromDaysSinceEpoch clamps again.
  n = std::clamp(n, -2 * kMaxAbsDays, 2 * kMaxAbsDays);
  return FromDaysSinceEpoch(DaysSinceEpoch() + n);
}

int CivilDate::Weekday() const {
  const long d = DaysSinceEpoch();
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::string CivilDate::ToString() const {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace khaldun::when
