#include "when/civil_date.h"

#include <gtest/gtest.h>

#include <climits>

namespace khaldun::when {
namespace {

CivilDate D(int y, int m, int d) { return CivilDate{y, m, d}; }

TEST(CivilDateTest, ParsesValidDates) {
  EXPECT_EQ(CivilDate::Parse("2023-04-08"), D(2023, 4, 8));
  EXPECT_EQ(CivilDate::Parse("1970-01-01"), D(1970, 1, 1));
  EXPECT_EQ(CivilDate::Parse("2024-02-29"), D(2024, 2, 29));  // 2024 is a leap year
  EXPECT_EQ(CivilDate::Parse("2000-02-29"), D(2000, 2, 29));  // divisible by 400
  EXPECT_EQ(CivilDate::Parse("2023-12-31"), D(2023, 12, 31));
  EXPECT_EQ(CivilDate::Parse("0001-01-01"), D(1, 1, 1));
}

TEST(CivilDateTest, RejectsInvalidDates) {
  for (const char* bad : {"2023-02-29",  // 2023 is not a leap year
                          "1900-02-29",  // divisible by 100, not by 400
                          "2023-13-01",  "2023-00-10",  "2023-04-00", "2023-04-31", "2023-01-32",
                          "2023-4-8",    "2023-04-8",   "23-04-08",   "2023/04/08", "2023-04-08x",
                          "2023-04-08 ", " 2023-04-08", "",           "2023-04",    "abcd-ef-gh",
                          "+023-04-08",  "-023-04-08",  "2023-+4-08", "2023--4-08"}) {
    EXPECT_EQ(CivilDate::Parse(bad), std::nullopt) << bad;
  }
}

TEST(CivilDateTest, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(CivilDate::IsLeapYear(2024));
  EXPECT_TRUE(CivilDate::IsLeapYear(2000));
  EXPECT_FALSE(CivilDate::IsLeapYear(2023));
  EXPECT_FALSE(CivilDate::IsLeapYear(1900));
  EXPECT_EQ(CivilDate::DaysInMonth(2024, 2), 29);
  EXPECT_EQ(CivilDate::DaysInMonth(2023, 2), 28);
  EXPECT_EQ(CivilDate::DaysInMonth(2023, 4), 30);
  EXPECT_EQ(CivilDate::DaysInMonth(2023, 12), 31);
  EXPECT_EQ(CivilDate::DaysInMonth(2023, 0), 0);
  EXPECT_EQ(CivilDate::DaysInMonth(2023, 13), 0);
  EXPECT_FALSE(D(2023, 2, 29).IsValid());
  EXPECT_TRUE(D(2024, 2, 29).IsValid());
}

TEST(CivilDateTest, DaysSinceEpochKnownValues) {
  // Reference values from Python's datetime: (date - date(1970, 1, 1)).days.
  EXPECT_EQ(D(1970, 1, 1).DaysSinceEpoch(), 0);
  EXPECT_EQ(D(1969, 12, 31).DaysSinceEpoch(), -1);
  EXPECT_EQ(D(2000, 3, 1).DaysSinceEpoch(), 11017);
  EXPECT_EQ(D(2023, 4, 8).DaysSinceEpoch(), 19455);
  EXPECT_EQ(D(2024, 2, 29).DaysSinceEpoch(), 19782);
  EXPECT_EQ(D(1900, 3, 1).DaysSinceEpoch(), -25508);
  EXPECT_EQ(D(1, 1, 1).DaysSinceEpoch(), -719162);
  EXPECT_EQ(D(9999, 12, 31).DaysSinceEpoch(), 2932896);
  EXPECT_EQ(CivilDate::FromDaysSinceEpoch(19455), D(2023, 4, 8));
  EXPECT_EQ(CivilDate::FromDaysSinceEpoch(-719162), D(1, 1, 1));
  EXPECT_EQ(CivilDate::FromDaysSinceEpoch(-1), D(1969, 12, 31));
}

TEST(CivilDateTest, RoundTripsAndStepsOneDayAtATime) {
  // Every day from 1600-01-01 to 2400-12-31: consecutive day numbers, valid
  // dates, and a round trip back to the same number.
  CivilDate prev = D(1599, 12, 31);
  for (long n = D(1600, 1, 1).DaysSinceEpoch(); n <= D(2400, 12, 31).DaysSinceEpoch(); ++n) {
    CivilDate d = CivilDate::FromDaysSinceEpoch(n);
    ASSERT_TRUE(d.IsValid()) << d.ToString();
    ASSERT_EQ(d.DaysSinceEpoch(), n);
    ASSERT_LT(prev, d);
    if (d.day != 1) {
      ASSERT_EQ(d.day, prev.day + 1);
    }
    prev = d;
  }
  // Far-away negative years also round-trip.
  EXPECT_EQ(CivilDate::FromDaysSinceEpoch(D(-4713, 11, 24).DaysSinceEpoch()), D(-4713, 11, 24));
}

TEST(CivilDateTest, HugeDayCountsDoNotOverflow) {
  // Clamped rather than undefined; only the absence of a crash matters here.
  EXPECT_TRUE(CivilDate::FromDaysSinceEpoch(LONG_MAX).IsValid());
  EXPECT_TRUE(CivilDate::FromDaysSinceEpoch(LONG_MIN).IsValid());
  EXPECT_TRUE(D(2023, 4, 8).AddDays(LONG_MAX).IsValid());
  EXPECT_TRUE(D(2023, 4, 8).AddDays(LONG_MIN).IsValid());
}

TEST(CivilDateTest, AddDays) {
  EXPECT_EQ(D(2023, 4, 8).AddDays(0), D(2023, 4, 8));
  EXPECT_EQ(D(2023, 4, 8).AddDays(-1), D(2023, 4, 7));
  EXPECT_EQ(D(2023, 1, 1).AddDays(-1), D(2022, 12, 31));  // across a year
  EXPECT_EQ(D(2022, 12, 31).AddDays(1), D(2023, 1, 1));
  EXPECT_EQ(D(2024, 2, 28).AddDays(1), D(2024, 2, 29));  // leap year
  EXPECT_EQ(D(2023, 2, 28).AddDays(1), D(2023, 3, 1));   // common year
  EXPECT_EQ(D(2024, 3, 1).AddDays(-1), D(2024, 2, 29));
  EXPECT_EQ(D(2023, 4, 8).AddDays(365), D(2024, 4, 7));     // 2024-02-29 in between
  EXPECT_EQ(D(2023, 4, 8).AddDays(-36525), D(1923, 4, 8));  // 100 years incl. 25 leap days
}

TEST(CivilDateTest, Weekday) {
  EXPECT_EQ(D(1970, 1, 1).Weekday(), 3);    // Thursday
  EXPECT_EQ(D(1969, 12, 31).Weekday(), 2);  // Wednesday, before the epoch
  EXPECT_EQ(D(2023, 4, 8).Weekday(), 5);    // Saturday
  EXPECT_EQ(D(2023, 4, 9).Weekday(), 6);    // Sunday
  EXPECT_EQ(D(2023, 4, 10).Weekday(), 0);   // Monday
  EXPECT_EQ(D(2024, 2, 29).Weekday(), 3);   // Thursday
  EXPECT_EQ(D(1, 1, 1).Weekday(), 0);       // Monday (proleptic Gregorian)
  EXPECT_EQ(D(1900, 3, 1).Weekday(), 3);    // Thursday
}

TEST(CivilDateTest, ToString) {
  EXPECT_EQ(D(2023, 4, 8).ToString(), "2023-04-08");
  EXPECT_EQ(D(99, 1, 5).ToString(), "0099-01-05");
  EXPECT_EQ(D(2023, 12, 31).ToString(), "2023-12-31");
  EXPECT_EQ(CivilDate::Parse(D(2024, 2, 29).ToString()), D(2024, 2, 29));
}

TEST(CivilDateTest, Ordering) {
  EXPECT_LT(D(2022, 12, 31), D(2023, 1, 1));
  EXPECT_LT(D(2023, 1, 31), D(2023, 2, 1));
  EXPECT_LT(D(2023, 2, 1), D(2023, 2, 2));
  EXPECT_GT(D(2023, 4, 8), D(2023, 4, 7));
  EXPECT_EQ(D(2023, 4, 8), D(2023, 4, 8));
  EXPECT_NE(D(2023, 4, 8), D(2023, 4, 9));
  EXPECT_LE(D(2023, 4, 8), D(2023, 4, 8));
}

}  // namespace
}  // namespace khaldun::when
