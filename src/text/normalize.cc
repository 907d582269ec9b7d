#include "text/normalize.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstring>

#include "text/unicode_util.h"

namespace khaldun::text {
namespace {

using internal::AppendUtf8;
using internal::DecodeUtf8;

// Inputs are converted to UTF-16 for ICU piece by piece so that a huge text
// never needs one huge UnicodeString (whose length is an int32_t).
constexpr size_t kChunk = size_t{1} << 20;

bool IsAscii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  // Eight bytes at a time: any byte with its high bit set is non-ASCII.
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if (w & 0x8080808080808080ULL) return false;
    p += 8;
    n -= 8;
  }
  while (n > 0) {
    if (static_cast<unsigned char>(*p) >= 0x80) return false;
    ++p;
    --n;
  }
  return true;
}

// The ASCII form of a typographic quote or dash, or 0.
char FoldChar(char32_t c) {
  switch (c) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201B:  // ‛
    case 0x2032:  // ′
      return '\'';
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x2033:  // ″
      return '"';
    case 0x2010:  // ‐ hyphen
    case 0x2011:  // ‑ non-breaking hyphen
    case 0x2012:  // ‒ figure dash
    case 0x2013:  // – en dash
    case 0x2014:  // — em dash
    case 0x2015:  // ― horizontal bar
    case 0x2212:  // − minus sign
      return '-';
    default:
      return 0;
  }
}

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

// NFC of a well-formed, already folded UTF-16 piece, appended to `out` as UTF-8.
void AppendNfc(const icu::UnicodeString& piece, std::string* out) {
  const icu::Normalizer2* nfc = Nfc();
  UErrorCode status = U_ZERO_ERROR;
  if (nfc != nullptr && !nfc->isNormalized(piece, status) && U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfc->normalize(piece, status);
    if (U_SUCCESS(status)) {
      normalized.toUTF8String(*out);
      return;
    }
  }
  piece.toUTF8String(*out);
}

}  // namespace

std::string NormalizeForMatching(std::string_view utf8) {
  if (IsAscii(utf8)) return std::string(utf8);

  // First pass without ICU: repair, fold, and see whether NFC could change
  // anything. Code points below U+0300 (ASCII, Latin-1, Latin Extended) and
  // the folded quotes and dashes are NFC-stable as long as no combining mark
  // or other "maybe" character follows, which is the common case for news.
  std::string out;
  out.reserve(utf8.size());
  bool needs_icu = false;
  for (size_t i = 0; i < utf8.size();) {
    size_t len;
    const char32_t c = DecodeUtf8(utf8, i, &len);
    if (const char f = FoldChar(c)) {
      out.push_back(f);
    } else if (c < 0x300) {
      out.append(utf8.data() + i, len);
    } else {
      // Re-encoded: an ill-formed sequence becomes U+FFFD here (which NFC
      // leaves alone); any other code point needs ICU's normaliser below.
      AppendUtf8(&out, c);
      if (c != internal::kReplacementChar) needs_icu = true;
    }
    i += len;
  }
  if (!needs_icu) return out;

  // `out` is now well-formed and folded (no NFC mapping produces a quote or
  // dash, so folding before normalising is the same as after). Normalise it
  // in pieces that end before a character with an NFC boundary before it, so
  // that no composition straddles two pieces.
  const icu::Normalizer2* nfc = Nfc();
  std::string result;
  result.reserve(out.size());
  std::string_view rest = out;
  while (!rest.empty()) {
    size_t end = rest.size();
    if (end > kChunk && nfc != nullptr) {
      end = kChunk;
      while (end < rest.size()) {
        size_t len;
        const char32_t c = DecodeUtf8(rest, end, &len);
        if (nfc->hasBoundaryBefore(static_cast<UChar32>(c))) break;
        end += len;
      }
    }
    const std::string_view piece = rest.substr(0, end);
    AppendNfc(icu::UnicodeString::fromUTF8(
                  icu::StringPiece(piece.data(), static_cast<int32_t>(piece.size()))),
              &result);
    rest.remove_prefix(end);
  }
  return result;
}

std::string ToLower(std::string_view utf8) {
  if (IsAscii(utf8)) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    return out;
  }
  // Full case mapping in the root locale; ICU replaces ill-formed input with
  // U+FFFD. Pieces are cut at code point boundaries; only the Greek final
  // sigma looks at its neighbours, so a cut could at worst change one sigma.
  static const icu::Locale& root = icu::Locale::getRoot();
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 8);
  std::string_view rest = utf8;
  while (!rest.empty()) {
    size_t end = rest.size();
    if (end > kChunk) {
      end = kChunk;
      while (end < rest.size() && (static_cast<unsigned char>(rest[end]) & 0xC0) == 0x80) ++end;
    }
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(rest.data(), static_cast<int32_t>(end)));
    u.toLower(root);
    u.toUTF8String(out);
    rest.remove_prefix(end);
  }
  return out;
}

bool IsValidUtf8(std::string_view utf8) {
  size_t i = 0;
  const size_t n = utf8.size();
  while (i < n) {
    // Skip ASCII runs eight bytes at a time.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, utf8.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    size_t len;
    const char32_t c = DecodeUtf8(utf8, i, &len);
    if (!internal::DecodedOk(c, len)) return false;
    i += len;
  }
  return true;
}

}  // namespace khaldun::text
