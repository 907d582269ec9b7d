#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace khaldun::text {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

using Sentences = std::vector<std::string>;

TEST(SplitSentencesTest, EmptyAndBlankText) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n\t \n\n  ").empty());
  EXPECT_TRUE(SplitSentences("\xC2\xA0\xE2\x80\x89").empty());  // no-break and thin space
}

TEST(SplitSentencesTest, PlainSentences) {
  EXPECT_EQ(
      Split("Troops entered the town. Residents fled! Why now? Nobody knows."),
      (Sentences{"Troops entered the town.", "Residents fled!", "Why now?", "Nobody knows."}));
  // Double spaces, line breaks inside a paragraph, and surrounding whitespace.
  EXPECT_EQ(Split("  The talks ended.  A new round\nbegins in May.\n"),
            (Sentences{"The talks ended.", "A new round\nbegins in May."}));
  // A lower-case word after a period does not start a sentence.
  EXPECT_EQ(Split("The envoy left at 5 p.m. on Monday."),
            (Sentences{"The envoy left at 5 p.m. on Monday."}));
  // Digits and opening quotes may start a sentence.
  EXPECT_EQ(Split("Clashes went on. 12 people were hurt. \"It is over,\" he said."),
            (Sentences{"Clashes went on.", "12 people were hurt.", "\"It is over,\" he said."}));
}

TEST(SplitSentencesTest, TextWithoutFinalPeriod) {
  EXPECT_EQ(Split("Rebels seized the airport"), (Sentences{"Rebels seized the airport"}));
  EXPECT_EQ(Split("Rebels seized the airport. Talks are planned"),
            (Sentences{"Rebels seized the airport.", "Talks are planned"}));
}

TEST(SplitSentencesTest, Titles) {
  EXPECT_EQ(Split("Gen. Smith met Lt. Col. Jones and Dr. Brown. They agreed."),
            (Sentences{"Gen. Smith met Lt. Col. Jones and Dr. Brown.", "They agreed."}));
  EXPECT_EQ(Split("Sen. Miller and Rep. Ortiz spoke to Mr. Hale, Mrs. Hale and Ms. Ruiz."),
            (Sentences{"Sen. Miller and Rep. Ortiz spoke to Mr. Hale, Mrs. Hale and Ms. Ruiz."}));
  EXPECT_EQ(Split("Maj. Ali, Capt. Noor, Sgt. Bell and Adm. Kerr arrived."),
            (Sentences{"Maj. Ali, Capt. Noor, Sgt. Bell and Adm. Kerr arrived."}));
  EXPECT_EQ(Split("Prof. Lang, Gov. Reyes, Pres. Duarte, Rev. Okafor and Hon. Mbeki met."),
            (Sentences{"Prof. Lang, Gov. Reyes, Pres. Duarte, Rev. Okafor and Hon. Mbeki met."}));
  EXPECT_EQ(Split("Martin Luther King Jr. spoke in St. Louis, not Sr. Gomez."),
            (Sentences{"Martin Luther King Jr. spoke in St. Louis, not Sr. Gomez."}));
}

TEST(SplitSentencesTest, Months) {
  EXPECT_EQ(Split("The truce began on Jan. 5 and ended Feb. 2. Fighting resumed."),
            (Sentences{"The truce began on Jan. 5 and ended Feb. 2.", "Fighting resumed."}));
  EXPECT_EQ(Split("Votes on Aug. 3, Sept. 14, Oct. 1, Nov. 30 and Dec. 24 were held."),
            (Sentences{"Votes on Aug. 3, Sept. 14, Oct. 1, Nov. 30 and Dec. 24 were held."}));
}

TEST(SplitSentencesTest, CompanyAndOtherAbbreviations) {
  EXPECT_EQ(
      Split("Acme Inc. said it would leave. Globex Corp. and Initech Co. Ltd. stayed."),
      (Sentences{"Acme Inc. said it would leave.", "Globex Corp. and Initech Co. Ltd. stayed."}));
  EXPECT_EQ(Split("He works for Acme Inc. The firm denied it."),
            (Sentences{"He works for Acme Inc.", "The firm denied it."}));
  EXPECT_EQ(Split("Resolution No. 2231 passed. Smith vs. Jones was heard."),
            (Sentences{"Resolution No. 2231 passed.", "Smith vs. Jones was heard."}));
  EXPECT_EQ(Split("They seized guns, drones, etc. and left. The army etc. Then calm."),
            (Sentences{"They seized guns, drones, etc. and left.", "The army etc.", "Then calm."}));
}

TEST(SplitSentencesTest, Initials) {
  EXPECT_EQ(Split("George W. Bush met John F. Kennedy Jr. in a dream."),
            (Sentences{"George W. Bush met John F. Kennedy Jr. in a dream."}));
  EXPECT_EQ(Split("A concert of W. A. Mozart opened."),
            (Sentences{"A concert of W. A. Mozart opened."}));
  EXPECT_EQ(Split("They chose Plan B. The others left."),
            (Sentences{"They chose Plan B.", "The others left."}));
}

TEST(SplitSentencesTest, DottedAcronyms) {
  EXPECT_EQ(
      Split("The U.S. Secretary of State and U.N. officials met E.U. and U.K. envoys."),
      (Sentences{"The U.S. Secretary of State and U.N. officials met E.U. and U.K. envoys."}));
  EXPECT_EQ(Split("He lived in the U.S. The next day he left."),
            (Sentences{"He lived in the U.S.", "The next day he left."}));
  EXPECT_EQ(Split("Aid came from the U.N. It was not enough."),
            (Sentences{"Aid came from the U.N.", "It was not enough."}));
  EXPECT_EQ(Split("U.S. officials said so."), (Sentences{"U.S. officials said so."}));
}

TEST(SplitSentencesTest, DecimalsAndEllipses) {
  EXPECT_EQ(Split("Growth was 3.5 percent, down from 4.25. Prices rose."),
            (Sentences{"Growth was 3.5 percent, down from 4.25.", "Prices rose."}));
  EXPECT_EQ(Split("He paused... and went on. She waited... Then she spoke."),
            (Sentences{"He paused... and went on.", "She waited...", "Then she spoke."}));
  EXPECT_EQ(Split("He paused\u2026 Then he spoke."),
            (Sentences{"He paused\u2026", "Then he spoke."}));
  EXPECT_EQ(Split("See www.example.org for more."), (Sentences{"See www.example.org for more."}));
}

TEST(SplitSentencesTest, Quotations) {
  // A closing quote stays with the sentence it closes.
  EXPECT_EQ(
      Split("\"We will respond,\" he said. \"Nobody is safe.\" Officials agreed."),
      (Sentences{"\"We will respond,\" he said.", "\"Nobody is safe.\"", "Officials agreed."}));
  EXPECT_EQ(Split("\u201CWe will not retreat.\u201D The minister left."),
            (Sentences{"\u201CWe will not retreat.\u201D", "The minister left."}));
  // A question or exclamation inside a quotation followed by lower case.
  EXPECT_EQ(Split("\"Why now?\" he asked. \"Stop!\" they shouted."),
            (Sentences{"\"Why now?\" he asked.", "\"Stop!\" they shouted."}));
  // Brackets.
  EXPECT_EQ(Split("The body met (again.) Its members left."),
            (Sentences{"The body met (again.)", "Its members left."}));
}

TEST(SplitSentencesTest, ParagraphBreaks) {
  EXPECT_EQ(
      Split("Ceasefire holds in the north\n\nThe army said on Monday that\nit would stay."),
      (Sentences{"Ceasefire holds in the north", "The army said on Monday that\nit would stay."}));
  EXPECT_EQ(Split("First line\r\n  \r\nSecond line"), (Sentences{"First line", "Second line"}));
  EXPECT_EQ(Split("Gen.\n\nSmith"), (Sentences{"Gen.", "Smith"}));
}

TEST(SplitSentencesTest, DatelineBelongsToFirstSentence) {
  EXPECT_EQ(Split("TEHRAN \u2013 Iran has condemned the raid. It called it a crime."),
            (Sentences{"TEHRAN \u2013 Iran has condemned the raid.", "It called it a crime."}));
  EXPECT_EQ(Split("WASHINGTON, D.C. (AP) \u2014 The U.S. Senate voted. It passed."),
            (Sentences{"WASHINGTON, D.C. (AP) \u2014 The U.S. Senate voted.", "It passed."}));
}

TEST(SplitSentencesTest, MalformedUtf8DoesNotCrash) {
  EXPECT_EQ(Split("Talks \xFF\xFE failed. Then \xE2\x80 came peace.\xC3 More. \xF0\x9F"),
            (Sentences{"Talks \xFF\xFE failed.", "Then \xE2\x80 came peace.\xC3 More. \xF0\x9F"}));

  std::mt19937 rng(7);
  constexpr char kBytes[] = {'a',    'T',    ' ',    '.',    '!', '"', '\n', '\xE2', '\x80', '\x9D',
                             '\xA6', '\xC2', '\xA0', '\xFF', 'U', 'S', '(',  ')',    '-',    ':'};
  std::uniform_int_distribution<size_t> pick(0, sizeof kBytes - 1);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    for (int n = round % 60; n > 0; --n) s.push_back(kBytes[pick(rng)]);
    uint32_t last_end = 0;
    for (const Span& span : SplitSentences(s)) {
      ASSERT_LE(last_end, span.begin);
      ASSERT_LT(span.begin, span.end);
      ASSERT_LE(span.end, s.size());
      last_end = span.end;
    }
    (void)FindDateline(s);
  }
}

TEST(SplitSentencesTest, LargeText) {
  std::string text;
  const std::string_view sentence = "Officials in the U.S. said on Jan. 5 that Gen. Smith left. ";
  while (text.size() < 50u * 1000 * 1000) text += sentence;
  const std::vector<Span> spans = SplitSentences(text);
  EXPECT_EQ(spans.size(), text.size() / sentence.size());
  EXPECT_EQ(text.substr(spans.back().begin, spans.back().size()),
            sentence.substr(0, sentence.size() - 1));
}

TEST(FindDatelineTest, Forms) {
  struct Case {
    std::string_view text;
    std::string_view place;
    std::string_view body;
  };
  const Case cases[] = {
      {"TEHRAN \u2013 Iran said", "TEHRAN", "Iran said"},
      {"TEHRAN - Iran said", "TEHRAN", "Iran said"},
      {"TEHRAN -- Iran said", "TEHRAN", "Iran said"},
      {"TEHRAN\u2014Iran said", "TEHRAN", "Iran said"},
      {"WASHINGTON (AP) \u2014 The Senate", "WASHINGTON", "The Senate"},
      {"Washington (AP) \u2014 The Senate", "Washington", "The Senate"},
      {"KABUL, Afghanistan (Reuters) - Taliban", "KABUL, Afghanistan", "Taliban"},
      {"Kabul, Afghanistan (Reuters) - Taliban", "Kabul, Afghanistan", "Taliban"},
      {"GAZA CITY, April 7 (Xinhua) -- Israeli", "GAZA CITY", "Israeli"},
      {"GAZA CITY, Gaza Strip, April 7, 2023 (Xinhua) -- Israeli", "GAZA CITY, Gaza Strip",
       "Israeli"},
      {"BEIRUT: Hezbollah said", "BEIRUT", "Hezbollah said"},
      {"NEW YORK, Jan. 5 (AFP) \u2013 Stocks", "NEW YORK", "Stocks"},
      {"  \n\u00A0UNITED NATIONS (AP) \u2014 The council", "UNITED NATIONS", "The council"},
      {"SANA\u2019A, Yemen \u2013 Houthi", "SANA\u2019A, Yemen", "Houthi"},
      {"TEHRAN \u2013", "TEHRAN", ""},
  };
  for (const Case& c : cases) {
    const std::optional<Dateline> d = FindDateline(c.text);
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(c.text.substr(d->place.begin, d->place.size()), c.place) << c.text;
    EXPECT_EQ(c.text.substr(d->body), c.body) << c.text;
  }
}

TEST(FindDatelineTest, OrdinaryOpeningsAreNotDatelines) {
  for (std::string_view text : {
           "Iran has condemned Israel's attacks.",
           "U.S. President Joe Biden said -- in a rare move -- that",
           "Iran - the country - said",
           "Israel launched attacks (again) - officials said",
           "TEHRAN-based analysts said",
           "BREAKING: Iran said",
           "At 10:30 the talks began",
           "",
           "   ",
           "-- TEHRAN",
           "A - B",
           "In a statement on Friday, Kanaani said",
       }) {
    EXPECT_FALSE(FindDateline(text).has_value()) << text;
  }
}

// The seed article of ../shared (Mehr News Agency, CC BY 4.0); it is read
// from there, never copied into the repository.
TEST(SplitSentencesTest, SeedArticle) {
  std::ifstream in(KHALDUN_SHARED_DIR "/examples/seed_article.txt", std::ios::binary);
  if (!in) GTEST_SKIP() << "../shared not present; skipping seed article test";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();

  const Sentences s = Split(text);
  ASSERT_EQ(s.size(), 12u);
  EXPECT_TRUE(s[0].starts_with("TEHRAN \u2013 Iran has strongly condemned")) << s[0];
  EXPECT_TRUE(s[0].ends_with("Lebanon and Gaza.")) << s[0];
  EXPECT_TRUE(s[1].starts_with("In a statement on Friday")) << s[1];
  EXPECT_TRUE(s[5].starts_with("Israel launched attacks")) << s[5];
  EXPECT_TRUE(s[6].starts_with("Following the flareup")) << s[6];
  EXPECT_TRUE(s[8].starts_with("\"Supporting the rights")) << s[8];
  EXPECT_TRUE(s[8].ends_with("regime,\" Raisi pointed out.")) << s[8];
  EXPECT_TRUE(s[9].starts_with("Raisi also called")) << s[9];
  EXPECT_TRUE(s[10].ends_with("Islamic countries,\u201D Raisi stated.")) << s[10];
  EXPECT_EQ(s[11],
            "All Content by Mehr News Agency is licensed under a Creative Commons Attribution "
            "4.0 International License.");

  const std::optional<Dateline> d = FindDateline(text);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(text.substr(d->place.begin, d->place.size()), "TEHRAN");
  EXPECT_TRUE(text.substr(d->body).starts_with("Iran has strongly"));
}

}  // namespace
}  // namespace khaldun::text
