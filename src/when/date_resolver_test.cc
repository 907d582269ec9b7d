#include "when/date_resolver.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun::when {
namespace {

using text::Token;
using text::TokenKind;

Token MakeToken(std::string surface, TokenKind kind) {
  Token t;
  t.kind = kind;
  t.surface = surface;
  for (char& c : surface) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  t.lower = surface;
  t.verb = surface;  // no lemmatizer here: the resolver only needs "will", "next", ...
  t.noun = surface;
  t.capitalized = std::isupper(static_cast<unsigned char>(t.surface[0])) != 0;
  return t;
}

// A stand-in for the real tokenizer: splits on spaces and punctuation, keeps
// inner hyphens between letters ("al-Quds") and inner , . : between digits
// ("1,000"), and splits clitics off ("Israel's" -> "Israel" "'s", "we'll" ->
// "we" "'ll"). "2023-04-05" becomes "2023" "-" "04" "-" "05".
std::vector<Token> Tokens(std::string_view s) {
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
    } else if (alnum(s[i])) {
      size_t j = i;
      while (j < s.size()) {
        const bool inner = j + 1 < s.size() && j > i;
        if (alnum(s[j]) || (inner && s[j] == '-' && alpha(s[j - 1]) && alpha(s[j + 1])) ||
            (inner && std::strchr(",.:", s[j]) && digit(s[j - 1]) && digit(s[j + 1]))) {
          ++j;
        } else {
          break;
        }
      }
      std::string w(s.substr(i, j - i));
      const bool number = digit(w[0]) && digit(w.back());
      out.push_back(MakeToken(w, number ? TokenKind::kNumber : TokenKind::kWord));
      i = j;
    } else if (s[i] == '\'' && i + 1 < s.size() && alpha(s[i + 1])) {
      size_t j = i + 1;
      while (j < s.size() && alpha(s[j])) ++j;
      std::string w(s.substr(i, j - i));
      out.push_back(MakeToken(w, w == "'s" ? TokenKind::kPossessive : TokenKind::kWord));
      i = j;
    } else {
      out.push_back(MakeToken(std::string(1, s[i]), TokenKind::kPunct));
      ++i;
    }
  }
  return out;
}

CivilDate Day(std::string_view iso) { return *CivilDate::Parse(iso); }

// Renders the mentions as "covered tokens joined by spaces=date", with "/week", "/month" or
// "/year" for a coarser precision, joined by "; ".
std::string Describe(const std::vector<Token>& tokens, const std::vector<DateMention>& mentions) {
  std::string out;
  for (const DateMention& m : mentions) {
    if (!out.empty()) out += "; ";
    for (uint32_t k = m.first_token; k < m.end_token; ++k) {
      if (k > m.first_token) out += ' ';
      out += tokens[k].surface;
    }
    out += "=" + m.date.ToString();
    static constexpr const char* kSuffix[] = {"", "/week", "/month", "/year"};
    out += kSuffix[static_cast<int>(m.precision)];
  }
  return out;
}

std::string Find(std::string_view sentence, std::string_view published) {
  std::vector<Token> tokens = Tokens(sentence);
  return Describe(tokens, FindDates(tokens, Day(published)));
}

// Most cases are published on Saturday 2023-04-08. That week runs Monday
// 2023-04-03 .. Sunday 2023-04-09; the days before it: Sun 04-02, Mon 04-03,
// Tue 04-04, Wed 04-05, Thu 04-06, Fri 04-07.
constexpr std::string_view kSat = "2023-04-08";

TEST(TokensHelperTest, SplitsLikeTheTokenizer) {
  std::vector<Token> t =
      Tokens("On Apr. 5, Israel's army fired 1,000 shells; we'll see 2023-04-05.");
  std::vector<std::string> lower;
  for (const Token& k : t) lower.push_back(k.lower);
  EXPECT_EQ(lower,
            (std::vector<std::string>{"on",   "apr",   ".",     "5",      ",", "israel", "'s",
                                      "army", "fired", "1,000", "shells", ";", "we",     "'ll",
                                      "see",  "2023",  "-",     "04",     "-", "05",     "."}));
  EXPECT_EQ(t[6].kind, TokenKind::kPossessive);
  EXPECT_EQ(t[9].kind, TokenKind::kNumber);
  EXPECT_TRUE(t[0].capitalized);
}

TEST(DateResolverTest, EmptyAndDateless) {
  EXPECT_TRUE(FindDates({}, Day(kSat)).empty());
  EXPECT_EQ(Find("Rebels shelled the town .", kSat), "");
  EXPECT_EQ(Find("", kSat), "");
}

TEST(DateResolverTest, BareWeekdayIsTheMostRecentOnOrBeforePublication) {
  // Published Saturday 2023-04-08.
  EXPECT_EQ(Find("Police said on Friday that two people died.", kSat), "on Friday=2023-04-07");
  EXPECT_EQ(Find("Clashes erupted Thursday afternoon.", kSat), "Thursday afternoon=2023-04-06");
  EXPECT_EQ(Find("Troops entered the city late Wednesday.", kSat), "late Wednesday=2023-04-05");
  EXPECT_EQ(Find("A bomb exploded Friday night.", kSat), "Friday night=2023-04-07");
  EXPECT_EQ(Find("Rockets were fired Sunday morning.", kSat), "Sunday morning=2023-04-02");
  EXPECT_EQ(Find("Talks began on Monday.", kSat), "on Monday=2023-04-03");
  EXPECT_EQ(Find("Talks began Tuesday evening.", kSat), "Tuesday evening=2023-04-04");
  // The publication weekday itself is the publication day.
  EXPECT_EQ(Find("Protesters gathered on Saturday.", kSat), "on Saturday=2023-04-08");
  // Case does not matter for weekday names.
  EXPECT_EQ(Find("it happened on friday", kSat), "on friday=2023-04-07");
  // "late on Friday" keeps both leading words.
  EXPECT_EQ(Find("The ceasefire collapsed late on Friday.", kSat), "late on Friday=2023-04-07");
}

TEST(DateResolverTest, AbbreviatedWeekdays) {
  // "Fri." as a word and a period, or as one token: Friday 2023-04-07.
  EXPECT_EQ(Find("Clashes broke out Fri. in the north.", kSat), "Fri=2023-04-07");
  std::vector<Token> t = Tokens("Clashes broke out X");
  t.back() = MakeToken("Thu.", TokenKind::kWord);
  EXPECT_EQ(Describe(t, FindDates(t, Day(kSat))), "Thu.=2023-04-06");
  // Without a period or capital they are ordinary words.
  EXPECT_EQ(Find("The Sun reported that he sat down.", kSat), "");
  EXPECT_EQ(Find("They wed in Sat Nav country.", kSat), "");
}

TEST(DateResolverTest, FutureWordingTakesTheNextWeekday) {
  // Published Saturday 2023-04-08: the coming days are Sun 04-09, Mon 04-10,
  // Tue 04-11, Wed 04-12, Thu 04-13, Fri 04-14, and Saturday is today.
  EXPECT_EQ(Find("The minister will travel to Paris on Friday.", kSat), "on Friday=2023-04-14");
  EXPECT_EQ(Find("We'll meet them on Sunday.", kSat), "on Sunday=2023-04-09");
  EXPECT_EQ(Find("Talks are scheduled for Monday.", kSat), "Monday=2023-04-10");
  EXPECT_EQ(Find("The president is to visit Cairo on Tuesday.", kSat), "on Tuesday=2023-04-11");
  EXPECT_EQ(Find("Ministers are to meet Wednesday.", kSat), "Wednesday=2023-04-12");
  EXPECT_EQ(Find("He plans to visit Gaza on Thursday.", kSat), "on Thursday=2023-04-13");
  EXPECT_EQ(Find("A verdict is expected to come Thursday.", kSat), "Thursday=2023-04-13");
  EXPECT_EQ(Find("The upcoming summit on Wednesday ...", kSat), "on Wednesday=2023-04-12");
  EXPECT_EQ(Find("The council shall convene on Monday.", kSat), "on Monday=2023-04-10");
  EXPECT_EQ(Find("The army is set to withdraw on Monday.", kSat), "on Monday=2023-04-10");
  // The publication weekday in a future sentence is still the publication day.
  EXPECT_EQ(Find("Crowds will gather on Saturday.", kSat), "on Saturday=2023-04-08");
  // A cue just after a fronted date counts.
  EXPECT_EQ(Find("On Friday, the minister will travel to Paris.", kSat), "On Friday=2023-04-14");
}

TEST(DateResolverTest, NearestTenseCueDecides) {
  // "said" is nearer than "will": the Monday is in the past (04-03).
  EXPECT_EQ(Find("He said on Monday that he will resign.", kSat), "on Monday=2023-04-03");
  // A past clause joined by "and" does not borrow the later "will"; the
  // second weekday follows "will" (Friday 04-07, Sunday 04-09).
  EXPECT_EQ(Find("Protesters gathered on Friday and will march again on Sunday.", kSat),
            "on Friday=2023-04-07; on Sunday=2023-04-09");
  // "police said" after a fronted date: past.
  EXPECT_EQ(Find("On Thursday, police said the attack was planned.", kSat),
            "On Thursday=2023-04-06");
  // "was" nearer than "will": past.
  EXPECT_EQ(Find("The man who will be tried was arrested on Tuesday.", kSat),
            "on Tuesday=2023-04-04");
  // "the plan" alone is no future cue.
  EXPECT_EQ(Find("Under the peace plan adopted on Tuesday, troops leave.", kSat),
            "on Tuesday=2023-04-04");
}

TEST(DateResolverTest, LastNextThisWeekday) {
  // Published Saturday 2023-04-08.
  EXPECT_EQ(Find("Rebels attacked the base last Friday.", kSat), "last Friday=2023-04-07");
  // "last Saturday" is strictly before: a week ago, 04-01.
  EXPECT_EQ(Find("It happened last Saturday.", kSat), "last Saturday=2023-04-01");
  // "next Friday" is the Friday after: 04-14; "next Saturday" a week away.
  EXPECT_EQ(Find("Elections take place next Friday.", kSat), "next Friday=2023-04-14");
  EXPECT_EQ(Find("Elections take place next Saturday.", kSat), "next Saturday=2023-04-15");
  // "next" overrides past wording, "last" future wording.
  EXPECT_EQ(Find("He said the vote was moved to next Monday.", kSat), "next Monday=2023-04-10");
  EXPECT_EQ(Find("He will repeat what he said last Monday night.", kSat),
            "last Monday night=2023-04-03");
  // "this Friday" is in the current Monday..Sunday week: 04-07; "this Sunday" 04-09.
  EXPECT_EQ(Find("This Friday was calm.", kSat), "This Friday=2023-04-07");
  EXPECT_EQ(Find("Crowds are expected this Sunday.", kSat), "this Sunday=2023-04-09");
  // Published Wednesday 2023-04-05: "next Friday" is 04-07, "last Friday" 03-31.
  EXPECT_EQ(Find("The talks resume next Friday.", "2023-04-05"), "next Friday=2023-04-07");
  EXPECT_EQ(Find("The talks ended last Friday.", "2023-04-05"), "last Friday=2023-03-31");
}

TEST(DateResolverTest, RelativeDays) {
  // Published Saturday 2023-04-08.
  EXPECT_EQ(Find("Police said today that ...", kSat), "today=2023-04-08");
  EXPECT_EQ(Find("A rally is planned tonight.", kSat), "tonight=2023-04-08");
  EXPECT_EQ(Find("He spoke this morning.", kSat), "this morning=2023-04-08");
  EXPECT_EQ(Find("He spoke this afternoon.", kSat), "this afternoon=2023-04-08");
  EXPECT_EQ(Find("He will speak this evening.", kSat), "this evening=2023-04-08");
  EXPECT_EQ(Find("Two soldiers were killed yesterday.", kSat), "yesterday=2023-04-07");
  EXPECT_EQ(Find("Two soldiers were killed yesterday afternoon.", kSat),
            "yesterday afternoon=2023-04-07");
  EXPECT_EQ(Find("Shelling continued the day before yesterday.", kSat),
            "the day before yesterday=2023-04-06");
  EXPECT_EQ(Find("He leaves tomorrow.", kSat), "tomorrow=2023-04-09");
  EXPECT_EQ(Find("He leaves the day after tomorrow.", kSat), "the day after tomorrow=2023-04-10");
  EXPECT_EQ(Find("Sirens sounded last night.", kSat), "last night=2023-04-07");
  EXPECT_EQ(Find("The envoy arrived earlier today.", kSat), "earlier today=2023-04-08");
  // Relative words ignore tense: "will ... yesterday" is still yesterday.
  EXPECT_EQ(Find("It will be recalled that he left yesterday.", kSat), "yesterday=2023-04-07");
}

TEST(DateResolverTest, RelativeWeeksMonthsYears) {
  // Published Saturday 2023-04-08, week of Monday 2023-04-03.
  EXPECT_EQ(Find("Talks failed last week.", kSat), "last week=2023-03-27/week");
  EXPECT_EQ(Find("Talks failed earlier this week.", kSat), "earlier this week=2023-04-03/week");
  EXPECT_EQ(Find("Talks resume this week.", kSat), "this week=2023-04-03/week");
  EXPECT_EQ(Find("Talks resume next week.", kSat), "next week=2023-04-10/week");
  EXPECT_EQ(Find("Prices rose last month.", kSat), "last month=2023-03-01/month");
  EXPECT_EQ(Find("Prices rose earlier this month.", kSat), "earlier this month=2023-04-01/month");
  EXPECT_EQ(Find("Prices will rise next month.", kSat), "next month=2023-05-01/month");
  EXPECT_EQ(Find("Elections were held last year.", kSat), "last year=2022-01-01/year");
  EXPECT_EQ(Find("Elections are due next year.", kSat), "next year=2024-01-01/year");
  // Published Sunday 2023-04-09: still the week of Monday 04-03.
  EXPECT_EQ(Find("Talks failed last week.", "2023-04-09"), "last week=2023-03-27/week");
  // Published Monday 2023-04-10: a new week.
  EXPECT_EQ(Find("Talks failed last week.", "2023-04-10"), "last week=2023-04-03/week");
}

TEST(DateResolverTest, Ago) {
  // Published Saturday 2023-04-08.
  EXPECT_EQ(Find("He was arrested two days ago.", kSat), "two days ago=2023-04-06");
  EXPECT_EQ(Find("He was arrested 3 days ago.", kSat), "3 days ago=2023-04-05");
  EXPECT_EQ(Find("He was arrested a day ago.", kSat), "a day ago=2023-04-07");
  EXPECT_EQ(Find("He was arrested ten days ago.", kSat), "ten days ago=2023-03-29");
  EXPECT_EQ(Find("He was arrested a week ago.", kSat), "a week ago=2023-04-01");
  EXPECT_EQ(Find("He was arrested two weeks ago.", kSat), "two weeks ago=2023-03-25");
  EXPECT_EQ(Find("He was arrested a month ago.", kSat), "a month ago=2023-03-01/month");
  EXPECT_EQ(Find("He was arrested five months ago.", kSat), "five months ago=2022-11-01/month");
  EXPECT_EQ(Find("He was arrested two years ago.", kSat), "two years ago=2021-01-01/year");
  // Not "ago": no date; absurd counts are not dates either.
  EXPECT_EQ(Find("He was arrested two days later.", kSat), "");
  EXPECT_EQ(Find("It began 99999999999 days ago.", kSat), "");
  EXPECT_EQ(Find("It began 20000 days ago.", kSat), "");
}

TEST(DateResolverTest, ExplicitMonthDay) {
  // Published Saturday 2023-04-08.
  EXPECT_EQ(Find("The attack took place on April 5.", kSat), "on April 5=2023-04-05");
  EXPECT_EQ(Find("The attack took place April 5, 2023.", kSat), "April 5 , 2023=2023-04-05");
  EXPECT_EQ(Find("The attack took place Apr. 5.", kSat), "Apr . 5=2023-04-05");
  EXPECT_EQ(Find("The attack took place on 5 April.", kSat), "on 5 April=2023-04-05");
  EXPECT_EQ(Find("The attack took place 5 April 2023.", kSat), "5 April 2023=2023-04-05");
  EXPECT_EQ(Find("The attack took place on the 5th of April.", kSat), "5th of April=2023-04-05");
  EXPECT_EQ(Find("The attack took place on April 5th.", kSat), "on April 5th=2023-04-05");
  EXPECT_EQ(Find("Sept. 11, 2001 changed everything.", kSat), "Sept . 11 , 2001=2001-09-11");
  EXPECT_EQ(Find("Born on 3 Jan 1950.", kSat), "on 3 Jan 1950=1950-01-03");
  // A sentence-final period is not part of the abbreviation's date.
  EXPECT_EQ(Find("Protests began on 28 Mar.", kSat), "on 28 Mar=2023-03-28");
  EXPECT_EQ(Find("Shops will close on Apr. 5 and Apr. 6.", kSat),
            "on Apr . 5=2024-04-05; Apr . 6=2024-04-06");
  // A later month-day without a year is last year's (2022-04-10) ...
  EXPECT_EQ(Find("Fighting broke out on April 10.", kSat), "on April 10=2022-04-10");
  // ... unless the sentence speaks of the future (2023-04-10; and 2024-04-05
  // for a day that has passed this year).
  EXPECT_EQ(Find("Elections will be held on April 10.", kSat), "on April 10=2023-04-10");
  EXPECT_EQ(Find("Elections will be held on April 5.", kSat), "on April 5=2024-04-05");
  // The "Apr." abbreviation as a single token.
  std::vector<Token> t = Tokens("Clashes on X 5");
  t[2] = MakeToken("Apr.", TokenKind::kWord);
  EXPECT_EQ(Describe(t, FindDates(t, Day(kSat))), "on Apr. 5=2023-04-05");
}

TEST(DateResolverTest, IsoDates) {
  EXPECT_EQ(Find("Filed on 2023-04-05 in Gaza.", kSat), "on 2023 - 04 - 05=2023-04-05");
  // As one token, as a tokenizer might leave it.
  std::vector<Token> t = {MakeToken("Filed", TokenKind::kWord),
                          MakeToken("2021-12-31", TokenKind::kNumber)};
  EXPECT_EQ(Describe(t, FindDates(t, Day(kSat))), "2021-12-31=2021-12-31");
  EXPECT_EQ(Find("Filed 2023-02-29 and 2023-13-01 and 2023-4-8.", kSat), "");
}

TEST(DateResolverTest, WeekdayWithExplicitDateIsOneMention) {
  // The written date wins over the weekday.
  EXPECT_EQ(Find("The attack on Friday, April 7 killed five.", kSat),
            "on Friday , April 7=2023-04-07");
  EXPECT_EQ(Find("It opened Monday 3 April 2023.", kSat), "Monday 3 April 2023=2023-04-03");
  // A number that is not a date after a weekday stays separate.
  EXPECT_EQ(Find("On Friday, 5 people died.", kSat), "On Friday=2023-04-07");
}

TEST(DateResolverTest, MonthsAndYears) {
  // Published Saturday 2023-04-08.
  EXPECT_EQ(Find("Inflation peaked in April 2022.", kSat), "in April 2022=2022-04-01/month");
  EXPECT_EQ(Find("Inflation peaked April, 2022.", kSat), "April , 2022=2022-04-01/month");
  EXPECT_EQ(Find("Inflation peaked in March.", kSat), "in March=2023-03-01/month");
  EXPECT_EQ(Find("Inflation peaked in April.", kSat), "in April=2023-04-01/month");
  // May 2023 is still to come: a past "in May" is May 2022, a future one May 2023.
  EXPECT_EQ(Find("Inflation peaked in May.", kSat), "in May=2022-05-01/month");
  EXPECT_EQ(Find("Elections will take place in May.", kSat), "in May=2023-05-01/month");
  EXPECT_EQ(Find("Elections will take place in March.", kSat), "in March=2024-03-01/month");
  EXPECT_EQ(Find("Prices rose in early March.", kSat), "in early March=2023-03-01/month");
  EXPECT_EQ(Find("Prices have risen since January.", kSat), "January=2023-01-01/month");
  EXPECT_EQ(Find("the end of December", kSat), "December=2022-12-01/month");
  // "last March" is strictly before this month, "next April" strictly after.
  EXPECT_EQ(Find("Prices rose last March.", kSat), "last March=2023-03-01/month");
  EXPECT_EQ(Find("Prices rose last April.", kSat), "last April=2022-04-01/month");
  EXPECT_EQ(Find("Prices rise next April.", kSat), "next April=2024-04-01/month");
  EXPECT_EQ(Find("Prices rise next March.", kSat), "next March=2024-03-01/month");
  // Bare years after a preposition.
  EXPECT_EQ(Find("The war began in 2019.", kSat), "in 2019=2019-01-01/year");
  EXPECT_EQ(Find("It has ruled since 2015.", kSat), "2015=2015-01-01/year");
  EXPECT_EQ(Find("The war began in early 2019.", kSat), "in early 2019=2019-01-01/year");
  EXPECT_EQ(Find("2019 people were killed.", kSat), "");
  EXPECT_EQ(Find("He counted 2019 votes.", kSat), "");
}

TEST(DateResolverTest, YearBoundaries) {
  // Published Tuesday 2023-01-03; its week starts Monday 2023-01-02.
  constexpr std::string_view kJan = "2023-01-03";
  EXPECT_EQ(Find("Protests began on December 28.", kJan), "on December 28=2022-12-28");
  EXPECT_EQ(Find("Protests began on 28 Dec.", kJan), "on 28 Dec=2022-12-28");
  EXPECT_EQ(Find("Protests began in December.", kJan), "in December=2022-12-01/month");
  EXPECT_EQ(Find("Protests began last month.", kJan), "last month=2022-12-01/month");
  EXPECT_EQ(Find("Protests began last week.", kJan), "last week=2022-12-26/week");
  EXPECT_EQ(Find("Protests began last year.", kJan), "last year=2022-01-01/year");
  EXPECT_EQ(Find("Protests began on Friday.", kJan), "on Friday=2022-12-30");
  EXPECT_EQ(Find("Protests began three days ago.", kJan), "three days ago=2022-12-31");
  EXPECT_EQ(Find("Protests began on January 2.", kJan), "on January 2=2023-01-02");
  // Published Thursday 2022-12-15: the future crosses into 2023.
  constexpr std::string_view kDec = "2022-12-15";
  EXPECT_EQ(Find("Talks resume next month.", kDec), "next month=2023-01-01/month");
  EXPECT_EQ(Find("Talks will resume in January.", kDec), "in January=2023-01-01/month");
  EXPECT_EQ(Find("Talks will resume on January 4.", kDec), "on January 4=2023-01-04");
  EXPECT_EQ(Find("Talks resume next year.", kDec), "next year=2023-01-01/year");
  // Published Saturday 2022-12-31: "tomorrow" is New Year's Day.
  EXPECT_EQ(Find("The law takes effect tomorrow.", "2022-12-31"), "tomorrow=2023-01-01");
  EXPECT_EQ(Find("It happened yesterday.", "2023-01-01"), "yesterday=2022-12-31");
}

TEST(DateResolverTest, LeapYears) {
  // Published Friday 2024-03-01.
  EXPECT_EQ(Find("It happened yesterday.", "2024-03-01"), "yesterday=2024-02-29");
  EXPECT_EQ(Find("It happened on February 29.", "2024-03-01"), "on February 29=2024-02-29");
  EXPECT_EQ(Find("It happened on February 29, 2024.", kSat), "on February 29 , 2024=2024-02-29");
  // 2023 has no February 29: the explicit date is no date; a yearless one is
  // the most recent that existed (2020) or, in the future, the next (2024).
  EXPECT_EQ(Find("It happened on February 29, 2023.", kSat), "");
  EXPECT_EQ(Find("It happened on February 29.", kSat), "on February 29=2020-02-29");
  EXPECT_EQ(Find("It will happen on February 29.", kSat), "on February 29=2024-02-29");
  // From 2024-03-01 the next February 29 is in 2028.
  EXPECT_EQ(Find("It will happen on February 29.", "2024-03-01"), "on February 29=2028-02-29");
}

TEST(DateResolverTest, MayAndMarchThatAreNotMonths) {
  EXPECT_EQ(Find("Rebels may attack the town.", kSat), "");
  EXPECT_EQ(Find("Rebels May attack the town.", kSat), "");  // capitalised but no context
  EXPECT_EQ(Find("May God protect us.", kSat), "");
  EXPECT_EQ(Find("Theresa May said the talks failed.", kSat), "");
  EXPECT_EQ(Find("Protesters march on the capital.", kSat), "");
  EXPECT_EQ(Find("Protesters will march in the capital.", kSat), "");
  EXPECT_EQ(Find("The March rally drew thousands.", kSat), "");
  EXPECT_EQ(Find("April Smith reported.", kSat), "");
  // ... and ones that are.
  EXPECT_EQ(Find("The vote was held on May 5.", kSat), "on May 5=2022-05-05");
  EXPECT_EQ(Find("The vote was held in May 2021.", kSat), "in May 2021=2021-05-01/month");
  EXPECT_EQ(Find("Unrest has grown since March.", kSat), "March=2023-03-01/month");
  EXPECT_EQ(Find("The rally of March 3 was big.", kSat), "March 3=2023-03-03");
}

TEST(DateResolverTest, NamedDaysAndNewspapers) {
  EXPECT_EQ(Find("The Sunday Times reported the deal.", kSat), "");
  EXPECT_EQ(Find("Bloody Sunday is remembered.", kSat), "");
  EXPECT_EQ(Find("Black Friday sales fell.", kSat), "");
  EXPECT_EQ(Find("The raids happen on Fridays.", kSat), "");
}

TEST(DateResolverTest, InvalidNumbersAreNotDates) {
  EXPECT_EQ(Find("It began April 99999999999.", kSat), "");
  EXPECT_EQ(Find("It began on April 0.", kSat), "");
  EXPECT_EQ(Find("It began on April 32.", kSat), "");
  EXPECT_EQ(Find("It began on April 31.", kSat), "");  // April has 30 days
  EXPECT_EQ(Find("It began on 32 March.", kSat), "");
  EXPECT_EQ(Find("It began on 0 March.", kSat), "");
  EXPECT_EQ(Find("It began on 99999999999999999999 March.", kSat), "");
  EXPECT_EQ(Find("It began on April 5, 99999999999.", kSat), "on April 5=2023-04-05");
}

TEST(DateResolverTest, SeveralMentionsInOrderWithTokenIndices) {
  std::vector<Token> t = Tokens("Clashes on Thursday killed two , and on Friday police said ...");
  std::vector<DateMention> m = FindDates(t, Day(kSat));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].first_token, 1u);  // "on"
  EXPECT_EQ(m[0].end_token, 3u);    // after "Thursday"
  EXPECT_EQ(m[0].date, Day("2023-04-06"));
  EXPECT_EQ(m[0].precision, Precision::kDay);
  EXPECT_EQ(m[1].first_token, 7u);
  EXPECT_EQ(m[1].end_token, 9u);
  EXPECT_EQ(m[1].date, Day("2023-04-07"));
  EXPECT_EQ(Find("Yesterday's strike followed last week's raid and a clash in 2019.", kSat),
            "Yesterday=2023-04-07; last week=2023-03-27/week; in 2019=2019-01-01/year");
}

TEST(DateResolverTest, NeverCrashesOnRandomTokenSoup) {
  // Random sequences of date-ish words; spans must stay ordered and in range.
  const std::vector<std::string> vocab = {
      "on",    "in",        "last",     "next",  "this",     "the",         "day",        "before",
      "after", "yesterday", "tomorrow", "today", "Friday",   "Fri",         ".",          ",",
      "-",     "April",     "Apr",      "May",   "may",      "March",       "5",          "0",
      "32",    "31",        "5th",      "2023",  "04",       "99999999999", "ago",        "days",
      "week",  "weeks",     "month",    "year",  "a",        "two",         "will",       "'ll",
      "is",    "to",        "night",    "late",  "early",    "of",          "2023-04-05", "",
      "'",     "since",     "Sunday",   "Times", "February", "29",          "Black",      "wo",
      "n't"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::vector<Token> t;
    const size_t n = rng() % 12;
    for (size_t k = 0; k < n; ++k) {
      const std::string& w = vocab[rng() % vocab.size()];
      t.push_back(w.empty() ? Token{} : MakeToken(w, TokenKind::kWord));
    }
    for (const char* pub : {"2023-04-08", "2024-02-29", "0001-01-01", "9999-12-31"}) {
      std::vector<DateMention> m = FindDates(t, Day(pub));
      uint32_t last_end = 0;
      for (const DateMention& d : m) {
        EXPECT_LE(last_end, d.first_token);
        EXPECT_LT(d.first_token, d.end_token);
        EXPECT_LE(d.end_token, t.size());
        EXPECT_TRUE(d.date.IsValid()) << d.date.ToString();
        last_end = d.end_token;
      }
    }
  }
}

}  // namespace
}  // namespace khaldun::when
