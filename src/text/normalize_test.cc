#include "text/normalize.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace khaldun::text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

TEST(NormalizeTest, AsciiIsUnchanged) {
  EXPECT_EQ(NormalizeForMatching(""), "");
  EXPECT_EQ(NormalizeForMatching("Iran's \"foreign\" ministry -- 1,000"),
            "Iran's \"foreign\" ministry -- 1,000");
}

TEST(NormalizeTest, ComposesToNfc) {
  EXPECT_EQ(NormalizeForMatching("Re\u0301publique"), "R\u00E9publique");
  EXPECT_EQ(NormalizeForMatching("R\u00E9publique"), "R\u00E9publique");
  // Hangul jamo compose too; Latin-1 text is already NFC.
  EXPECT_EQ(NormalizeForMatching("\u1100\u1161"), "\uAC00");
  EXPECT_EQ(NormalizeForMatching("S\u00E3o Paulo"), "S\u00E3o Paulo");
}

TEST(NormalizeTest, FoldsQuotesAndDashes) {
  EXPECT_EQ(NormalizeForMatching("\u2018a\u2019 \u201Bb \u2032"), "'a' 'b '");
  EXPECT_EQ(NormalizeForMatching("\u201Ca\u201D \u201Eb \u2033"), "\"a\" \"b \"");
  EXPECT_EQ(NormalizeForMatching("\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-------");
  EXPECT_EQ(NormalizeForMatching("Israel\u2019s"), "Israel's");
  EXPECT_EQ(NormalizeForMatching("TEHRAN \u2013 Caf\u00E9"), "TEHRAN - Caf\u00E9");
  // Folding and composition in one string.
  EXPECT_EQ(NormalizeForMatching("\u201CCafe\u0301\u201D"), "\"Caf\u00E9\"");
}

TEST(NormalizeTest, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(NormalizeForMatching("\xFF"), kReplacement);
  EXPECT_EQ(NormalizeForMatching("a\xFF"
                                 "b"),
            "a" + std::string(kReplacement) + "b");
  // A truncated sequence is one replacement (its maximal valid prefix).
  EXPECT_EQ(NormalizeForMatching("a\xE2\x80"), "a" + std::string(kReplacement));
  // Overlong encodings and surrogates are ill-formed byte by byte.
  EXPECT_EQ(NormalizeForMatching("\xC0\xAF"),
            std::string(kReplacement) + std::string(kReplacement));
  EXPECT_TRUE(IsValidUtf8(NormalizeForMatching("\xED\xA0\x80 \xF4\x90\x80\x80")));
  // A literal U+FFFD stays one.
  EXPECT_EQ(NormalizeForMatching(kReplacement), kReplacement);
}

TEST(NormalizeTest, ToLowerUsesFullCaseMapping) {
  EXPECT_EQ(ToLower(""), "");
  EXPECT_EQ(ToLower("Iran's FOREIGN Ministry 1,000"), "iran's foreign ministry 1,000");
  EXPECT_EQ(ToLower("\u00C9COLE"), "\u00E9cole");
  // Final sigma depends on context; dotted capital I lowercases to i + U+0307.
  EXPECT_EQ(ToLower("\u039F\u0394\u039F\u03A3"), "\u03BF\u03B4\u03BF\u03C2");
  EXPECT_EQ(ToLower("\u0130"), "i\u0307");
  EXPECT_TRUE(IsValidUtf8(ToLower("A\xFF\xC3")));
}

TEST(NormalizeTest, IsValidUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII text that is longer than eight bytes"));
  EXPECT_TRUE(IsValidUtf8("\u00E9\u2013\U0001F600\uFFFD"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
  EXPECT_FALSE(IsValidUtf8("abcdefgh\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xC1\xBF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));
}

TEST(NormalizeTest, RandomBytesNeverCrashAndGiveValidUtf8) {
  std::mt19937 rng(42);
  // Bytes biased towards UTF-8 lead and trail bytes to hit partial sequences.
  constexpr unsigned char kBytes[] = {'a',  ' ',  '.',  'E',  0x80, 0xBF, 0xC2, 0xC3,
                                      0xCC, 0x81, 0xE2, 0x80, 0x93, 0x99, 0xED, 0xF0,
                                      0xF4, 0x9F, 0xFF, 0x00, 0xE0, 0xA0, 0xEF, 0xBD};
  std::uniform_int_distribution<size_t> pick(0, sizeof kBytes - 1);
  std::uniform_int_distribution<size_t> length(0, 40);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n) s.push_back(static_cast<char>(kBytes[pick(rng)]));
    const std::string normalized = NormalizeForMatching(s);
    EXPECT_TRUE(IsValidUtf8(normalized)) << round;
    EXPECT_TRUE(IsValidUtf8(ToLower(s))) << round;
    if (IsValidUtf8(s)) {
      EXPECT_EQ(NormalizeForMatching(normalized), normalized);
    }
  }
}

TEST(NormalizeTest, LargeTextIsNormalisedInPieces) {
  // 4.5 MB of decomposed "é": the pieces handed to ICU must not cut a pair.
  std::string decomposed, composed;
  for (int i = 0; i < 1500000; ++i) {
    decomposed += "e\u0301";
    composed += "\u00E9";
  }
  EXPECT_EQ(NormalizeForMatching(decomposed), composed);
  std::string upper;
  for (int i = 0; i < 1500000; ++i) upper += "\u00C9";
  EXPECT_EQ(ToLower(upper), composed);
}

}  // namespace
}  // namespace khaldun::text
