// Internal helpers of the text stage: a forgiving UTF-8 decoder and cheap
// character classes with an ASCII fast path (ICU is only asked about
// non-ASCII code points). Not part of the public interface.
#ifndef KHALDUN_TEXT_UNICODE_UTIL_H_
#define KHALDUN_TEXT_UNICODE_UTIL_H_

#include <unicode/uchar.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace khaldun::text::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[i] (i < s.size()). Sets *len to the number of
// bytes it covers, always >= 1. An ill-formed sequence decodes to U+FFFD and
// covers its maximal valid prefix ("maximal subpart", as ICU and the WHATWG
// encoder do), so every byte of the input belongs to exactly one code point.
inline char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c0 = b(i);
  if (c0 < 0x80) {
    *len = 1;
    return c0;
  }
  *len = 1;
  const size_t n = s.size();
  if (c0 < 0xC2 || c0 > 0xF4) return kReplacementChar;  // stray trail or overlong/out-of-range lead
  if (c0 < 0xE0) {
    if (i + 1 >= n || (b(i + 1) & 0xC0) != 0x80) return kReplacementChar;
    *len = 2;
    return (char32_t{c0} & 0x1F) << 6 | (b(i + 1) & 0x3F);
  }
  // The second byte's range depends on the lead: it excludes overlongs
  // (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
  unsigned char lo = 0x80, hi = 0xBF;
  if (c0 == 0xE0) lo = 0xA0;
  if (c0 == 0xED) hi = 0x9F;
  if (c0 == 0xF0) lo = 0x90;
  if (c0 == 0xF4) hi = 0x8F;
  if (i + 1 >= n || b(i + 1) < lo || b(i + 1) > hi) return kReplacementChar;
  if (i + 2 >= n || (b(i + 2) & 0xC0) != 0x80) {
    *len = 2;
    return kReplacementChar;
  }
  if (c0 < 0xF0) {
    *len = 3;
    return (char32_t{c0} & 0x0F) << 12 | (char32_t{b(i + 1)} & 0x3F) << 6 | (b(i + 2) & 0x3F);
  }
  if (i + 3 >= n || (b(i + 3) & 0xC0) != 0x80) {
    *len = 3;
    return kReplacementChar;
  }
  *len = 4;
  return (char32_t{c0} & 0x07) << 18 | (char32_t{b(i + 1)} & 0x3F) << 12 |
         (char32_t{b(i + 2)} & 0x3F) << 6 | (b(i + 3) & 0x3F);
}

// True when the decoded code point is a real one, not the replacement of an
// ill-formed sequence (a literal U+FFFD in the text is 3 bytes long).
inline bool DecodedOk(char32_t c, size_t len) { return c != kReplacementChar || len == 3; }

inline void AppendUtf8(std::string* out, char32_t c) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

inline bool IsAsciiAlpha(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Whitespace, including the Unicode spaces of news feeds (U+00A0, U+2009,
// U+3000 ...), line and paragraph separators, and the invisible format
// characters that sit between words (zero-width space, BOM, LRM/RLM), which
// are best treated as separators. C0 controls count as space too.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c <= 0x20 || c == 0x7F;
  if (c == 0x85 || c == 0xA0 || c == 0x200B || c == 0xFEFF || c == 0x200E || c == 0x200F ||
      c == 0x2060) {
    return true;
  }
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

// Combining marks continue the letter they follow (decomposed "é" is e + U+0301).
inline bool IsMark(char32_t c) {
  if (c < 0x300) return false;
  const int8_t t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

inline bool IsLetter(char32_t c) {
  if (c < 0x80) return IsAsciiAlpha(c);
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

inline bool IsDigit(char32_t c) {
  if (c < 0x80) return IsAsciiDigit(c);
  return u_isdigit(static_cast<UChar32>(c)) != 0;
}

// Upper-case or title-case letter.
inline bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) != 0 || u_istitle(static_cast<UChar32>(c)) != 0;
}

inline bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c)) != 0;
}

// Quotes and brackets that open or close a quotation or parenthesis. The
// ASCII quotes are both.
inline bool IsOpeningPunct(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x201E;
}
inline bool IsClosingPunct(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB;
}

// Byte length of the whitespace character at s[i], or 0 if there is none.
inline size_t SpaceLenAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsSpace(c) ? 1 : 0;
  size_t len;
  const char32_t cp = DecodeUtf8(s, i, &len);
  return DecodedOk(cp, len) && IsSpace(cp) ? len : 0;
}

// Start of the code point that ends just before s[i] (i > 0). Walks back over
// at most three continuation bytes; ill-formed bytes count one by one.
inline size_t PrevCharStart(std::string_view s, size_t i) {
  size_t j = i - 1;
  size_t steps = 0;
  while (j > 0 && steps < 3 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) {
    --j;
    ++steps;
  }
  size_t len;
  DecodeUtf8(s, j, &len);
  return j + len == i ? j : i - 1;
}

}  // namespace khaldun::text::internal

#endif  // KHALDUN_TEXT_UNICODE_UTIL_H_
