#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/sentence_splitter.h"

namespace khaldun::text {
namespace {

using Strings = std::vector<std::string>;

std::vector<Token> Tok(std::string_view text, const Lemmatizer* lemmatizer = nullptr) {
  return Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, lemmatizer);
}

Strings Surfaces(std::string_view text) {
  Strings out;
  for (const Token& t : Tok(text)) out.push_back(t.surface);
  return out;
}

// Each token's original bytes.
Strings Originals(std::string_view text, const std::vector<Token>& tokens) {
  Strings out;
  for (const Token& t : tokens) out.emplace_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

const Lemmatizer* WordNet() {
  static const Lemmatizer* lemmatizer = [] {
    std::string error;
    return Lemmatizer::Load(KHALDUN_WORDNET_DIR, &error).release();
  }();
  return lemmatizer;
}

TEST(TokenizerTest, EmptyInput) {
  EXPECT_TRUE(Tok("").empty());
  EXPECT_TRUE(Tok(" \t\n\u00A0\u2009").empty());
  EXPECT_TRUE(Tokenize("abc", Span{2, 1}, nullptr).empty());        // inverted span
  EXPECT_TRUE(Tokenize("abc", Span{10, 20}, nullptr).empty());      // past the end
  EXPECT_EQ(Tokenize("abc def", Span{4, 99}, nullptr).size(), 1u);  // clamped
}

TEST(TokenizerTest, WordsAndPunctuation) {
  EXPECT_EQ(Surfaces("Iran condemned the attacks, calling them \"a crime\"; (again)!"),
            (Strings{"Iran", "condemned", "the", "attacks", ",", "calling", "them", "\"", "a",
                     "crime", "\"", ";", "(", "again", ")", "!"}));
}

TEST(TokenizerTest, SpansPointIntoTheOriginalText) {
  const std::string text = "  \u201CWe\u2019ll see,\u201D Kanaani\u2019s aide said \u2013 again.";
  const std::vector<Token> tokens = Tok(text);
  EXPECT_EQ(Originals(text, tokens),
            (Strings{"\u201C", "We", "\u2019ll", "see", ",", "\u201D", "Kanaani", "\u2019s", "aide",
                     "said", "\u2013", "again", "."}));
  Strings surfaces;
  for (const Token& t : tokens) surfaces.push_back(t.surface);
  EXPECT_EQ(surfaces, (Strings{"\"", "We", "'ll", "see", ",", "\"", "Kanaani", "'s", "aide", "said",
                               "-", "again", "."}));
}

TEST(TokenizerTest, SentenceInsideALargerText) {
  const std::string text = "First one. Israel's army fired. Last one.";
  const std::vector<Span> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 3u);
  const std::vector<Token> tokens = Tokenize(text, sentences[1], nullptr);
  EXPECT_EQ(Originals(text, tokens), (Strings{"Israel", "'s", "army", "fired", "."}));
  EXPECT_EQ(tokens[0].span.begin, 11u);
  EXPECT_TRUE(tokens[0].sentence_initial);
  EXPECT_FALSE(tokens[2].sentence_initial);
}

TEST(TokenizerTest, Possessives) {
  const std::vector<Token> t = Tok("Israel\u2019s and ISRAEL'S allies\u2019 and the allies' talks");
  EXPECT_EQ(Originals("Israel\u2019s and ISRAEL'S allies\u2019 and the allies' talks", t),
            (Strings{"Israel", "\u2019s", "and", "ISRAEL", "'S", "allies", "\u2019", "and", "the",
                     "allies", "'", "talks"}));
  EXPECT_EQ(t[1].kind, TokenKind::kPossessive);
  EXPECT_EQ(t[1].surface, "'s");
  EXPECT_EQ(t[4].kind, TokenKind::kPossessive);
  EXPECT_EQ(t[4].lower, "'s");
  EXPECT_EQ(t[6].kind, TokenKind::kPossessive);
  EXPECT_EQ(t[6].surface, "'");
  EXPECT_EQ(t[10].kind, TokenKind::kPossessive);
  // Inside a single-quoted phrase a final apostrophe closes the quote.
  const std::vector<Token> q = Tok("He called them 'terrorists' today");
  EXPECT_EQ(q[4].surface, "terrorists");
  EXPECT_EQ(q[5].kind, TokenKind::kPunct);
  EXPECT_EQ(q[5].surface, "'");
  // Names with an inner apostrophe stay whole.
  EXPECT_EQ(Surfaces("O'Neill and Shi\u2019ite leaders"),
            (Strings{"O'Neill", "and", "Shi'ite", "leaders"}));
}

TEST(TokenizerTest, Contractions) {
  EXPECT_EQ(
      Surfaces("They didn't and can't, won't, DON'T."),
      (Strings{"They", "did", "n't", "and", "ca", "n't", ",", "wo", "n't", ",", "DO", "N'T", "."}));
  EXPECT_EQ(Surfaces("we'll, they're, I'm, you've, she'd"),
            (Strings{"we", "'ll", ",", "they", "'re", ",", "I", "'m", ",", "you", "'ve", ",", "she",
                     "'d"}));
}

TEST(TokenizerTest, AcronymsAndAbbreviations) {
  EXPECT_EQ(Surfaces("The U.S. and U.N. met on Jan. 5 with Gen. Smith and George W. Bush."),
            (Strings{"The", "U.S.", "and", "U.N.", "met", "on", "Jan.", "5", "with", "Gen.",
                     "Smith", "and", "George", "W.", "Bush", "."}));
  // A sentence-final period is its own token, except after a dotted acronym.
  EXPECT_EQ(Surfaces("He works for Acme Inc."),
            (Strings{"He", "works", "for", "Acme", "Inc", "."}));
  // A title cannot end a sentence: a dictionary phrase "Lt. Gen." keeps both periods.
  EXPECT_EQ(Surfaces("Lt. Gen."), (Strings{"Lt.", "Gen."}));
  EXPECT_EQ(Surfaces("They live in the U.S."), (Strings{"They", "live", "in", "the", "U.S."}));
  EXPECT_EQ(Surfaces("It ended at 5 p.m. on Friday."),
            (Strings{"It", "ended", "at", "5", "p.m.", "on", "Friday", "."}));
  EXPECT_EQ(
      Surfaces("U.S.-led forces, No. 10 and No. Gaza."),
      (Strings{"U.S.", "-", "led", "forces", ",", "No.", "10", "and", "No", ".", "Gaza", "."}));
}

TEST(TokenizerTest, HyphensAndDashes) {
  EXPECT_EQ(Surfaces("al-Quds, Al-Aqsa, a well-known F-16 and five-year-old COVID-19 case"),
            (Strings{"al-Quds", ",", "Al-Aqsa", ",", "a", "well-known", "F-16", "and",
                     "five-year-old", "COVID-19", "case"}));
  EXPECT_EQ(
      Surfaces("Iran -- and Iraq - and Syria \u2014 and Iran\u2013Iraq"),
      (Strings{"Iran", "-", "and", "Iraq", "-", "and", "Syria", "-", "and", "Iran", "-", "Iraq"}));
  const std::string text = "war -- peace";
  EXPECT_EQ(Originals(text, Tok(text)), (Strings{"war", "--", "peace"}));
  EXPECT_EQ(Tok(text)[1].kind, TokenKind::kPunct);
  // Numbers joined by a hyphen are split, so dates keep their parts.
  EXPECT_EQ(Surfaces("2023-04-05"), (Strings{"2023", "-", "04", "-", "05"}));
}

TEST(TokenizerTest, Numbers) {
  const std::vector<Token> t = Tok("1,000 troops, 3.5 percent, at 10:30, in 2023. $5 and 7%");
  Strings surfaces;
  for (const Token& k : t) surfaces.push_back(k.surface);
  EXPECT_EQ(surfaces, (Strings{"1,000", "troops", ",", "3.5", "percent", ",", "at", "10:30", ",",
                               "in", "2023", ".", "$", "5", "and", "7", "%"}));
  EXPECT_EQ(t[0].kind, TokenKind::kNumber);
  EXPECT_EQ(t[3].kind, TokenKind::kNumber);
  EXPECT_EQ(t[7].kind, TokenKind::kNumber);
  EXPECT_EQ(t[10].kind, TokenKind::kNumber);
  EXPECT_EQ(t[11].kind, TokenKind::kPunct);
  const std::vector<Token> w = Tok("the 1980s and the 2nd round");
  EXPECT_EQ(w[1].surface, "1980s");
  EXPECT_EQ(w[1].kind, TokenKind::kWord);
  EXPECT_EQ(w[4].surface, "2nd");
}

TEST(TokenizerTest, UnicodeSpacesAndNormalisation) {
  const std::string text = "Caf\u00E9\u00A0Re\u0301publique\u2009de\u3000Gaza\u200Bnow";
  const std::vector<Token> t = Tok(text);
  EXPECT_EQ(Originals(text, t), (Strings{"Caf\u00E9", "Re\u0301publique", "de", "Gaza", "now"}));
  EXPECT_EQ(t[1].surface, "R\u00E9publique");  // NFC
  EXPECT_EQ(t[1].lower, "r\u00E9publique");
  EXPECT_TRUE(t[1].capitalized);
  const std::vector<Token> u = Tok("\u00C9COLE \u0130stanbul");
  EXPECT_EQ(u[0].lower, "\u00E9cole");
  EXPECT_TRUE(u[1].capitalized);
}

TEST(TokenizerTest, FlagsAndLowerForm) {
  const std::vector<Token> t = Tok("\"Iran urged al-Quds talks,\" Raisi said.");
  EXPECT_EQ(t[0].kind, TokenKind::kPunct);
  EXPECT_FALSE(t[0].sentence_initial);
  EXPECT_TRUE(t[1].sentence_initial);
  EXPECT_TRUE(t[1].capitalized);
  EXPECT_EQ(t[1].lower, "iran");
  EXPECT_FALSE(t[3].capitalized);  // al-Quds
  EXPECT_FALSE(t[6].sentence_initial);
  EXPECT_TRUE(t[7].capitalized);  // Raisi
  // Without a lemmatizer the lemmas are the lower form.
  for (const Token& k : t) {
    EXPECT_EQ(k.verb, k.lower);
    EXPECT_EQ(k.noun, k.lower);
  }
}

TEST(TokenizerTest, Lemmas) {
  const Lemmatizer* wordnet = WordNet();
  if (wordnet == nullptr) GTEST_SKIP() << "WordNet not found in " KHALDUN_WORDNET_DIR;
  const std::vector<Token> t =
      Tok("Iran's ministries spoke and launched attacks; troops didn't stop, they're planning.",
          wordnet);
  const auto find = [&](std::string_view surface) -> const Token& {
    for (const Token& k : t) {
      if (k.surface == surface) return k;
    }
    ADD_FAILURE() << surface;
    return t[0];
  };
  EXPECT_EQ(find("ministries").noun, "ministry");
  EXPECT_EQ(find("spoke").verb, "speak");
  EXPECT_EQ(find("spoke").noun, "spoke");
  EXPECT_EQ(find("launched").verb, "launch");
  EXPECT_EQ(find("attacks").verb, "attack");
  EXPECT_EQ(find("attacks").noun, "attack");
  EXPECT_EQ(find("troops").noun, "troop");
  EXPECT_EQ(find("did").verb, "do");
  EXPECT_EQ(find("'re").verb, "be");
  EXPECT_EQ(find("planning").verb, "plan");
  EXPECT_EQ(find("Iran").verb, "iran");
  EXPECT_EQ(find("'s").verb, "'s");
  EXPECT_EQ(find(",").noun, ",");
  EXPECT_EQ(Tok("They can't", wordnet)[1].verb, "can");
}

TEST(TokenizerTest, Dateline) {
  const std::string text = "TEHRAN \u2013 Iran has condemned the attacks. Iran said so.";
  const std::vector<Span> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 2u);
  const std::vector<Token> t = Tokenize(text, sentences[0], nullptr);
  EXPECT_TRUE(t[0].in_dateline);   // TEHRAN
  EXPECT_TRUE(t[1].in_dateline);   // –
  EXPECT_FALSE(t[2].in_dateline);  // Iran
  EXPECT_FALSE(t[0].sentence_initial);
  EXPECT_TRUE(t[2].sentence_initial);
  EXPECT_EQ(t[1].surface, "-");
  const std::vector<Token> second = Tokenize(text, sentences[1], nullptr);
  EXPECT_FALSE(second[0].in_dateline);
  EXPECT_TRUE(second[0].sentence_initial);
}

TEST(TokenizerTest, MalformedUtf8DoesNotCrash) {
  const std::string text = "Caf\xE9 \xFF, \xE2\x80 ok\xC3";
  const std::vector<Token> t = Tok(text);
  EXPECT_EQ(Surfaces(text), (Strings{"Caf\uFFFD", "\uFFFD", ",", "\uFFFD", "ok\uFFFD"}));
  for (const Token& k : t) EXPECT_TRUE(IsValidUtf8(k.surface));

  std::mt19937 rng(3);
  constexpr char kBytes[] = {'a',    'S',    ' ',    '.',    '\'',   '-',    '1',
                             ',',    'n',    't',    '"',    '\xE2', '\x80', '\x99',
                             '\x93', '\xC2', '\xA0', '\xFF', '\xCC', '\x81', 'U'};
  std::uniform_int_distribution<size_t> pick(0, sizeof kBytes - 1);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    for (int n = round % 50; n > 0; --n) s.push_back(kBytes[pick(rng)]);
    uint32_t last_end = 0;
    for (const Token& k : Tokenize(s, Span{0, static_cast<uint32_t>(s.size())}, WordNet())) {
      ASSERT_LE(last_end, k.span.begin) << round;
      ASSERT_LT(k.span.begin, k.span.end) << round;
      ASSERT_LE(k.span.end, s.size()) << round;
      ASSERT_TRUE(IsValidUtf8(k.surface)) << round;
      last_end = k.span.end;
    }
  }
}

TEST(TokenizerTest, LongInput) {
  // One 8 MB "word", and a long sentence of ordinary words.
  const std::string blob(8u << 20, 'x');
  const std::vector<Token> one = Tok(blob, WordNet());
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].span.size(), blob.size());
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "Troops didn't stop the U.S.-led attacks, ";
  EXPECT_EQ(Tok(text, WordNet()).size(), 100000u * 10);
}

TEST(TokenizerTest, SeedArticle) {
  std::ifstream in(KHALDUN_SHARED_DIR "/examples/seed_article.txt", std::ios::binary);
  if (!in) GTEST_SKIP() << "../shared not present; skipping seed article test";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const std::vector<Span> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 12u);
  const std::vector<Token> first = Tokenize(text, sentences[0], WordNet());
  Strings surfaces;
  for (const Token& t : first) surfaces.push_back(t.surface);
  EXPECT_EQ(surfaces, (Strings{"TEHRAN", "-", "Iran", "has", "strongly", "condemned", "Israel",
                               "'s", "attacks", "against", "civilian", "regions", "in", "southern",
                               "Lebanon", "and", "Gaza", "."}));
  EXPECT_TRUE(first[0].in_dateline);
  EXPECT_EQ(first[7].kind, TokenKind::kPossessive);
  const std::vector<Token> fifth = Tokenize(text, sentences[5], WordNet());
  EXPECT_EQ(fifth.back().surface, ".");
  EXPECT_EQ(fifth[fifth.size() - 2].surface, "al-Quds");
}

}  // namespace
}  // namespace khaldun::text
