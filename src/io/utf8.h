// UTF-8 decoding helper shared by the reader and the writer (internal to io).
#ifndef KHALDUN_IO_UTF8_H_
#define KHALDUN_IO_UTF8_H_

#include <cstddef>

namespace khaldun::io::internal {

// Looks at the sequence starting at p[0] (n >= 1 bytes available). Returns its
// length (1..4) if it is a well-formed UTF-8 character per Unicode Table 3-7
// (no overlongs, no surrogates, nothing above U+10FFFF). Otherwise returns 0
// and sets `*bad` to the length of the maximal ill-formed subpart (>= 1), the
// unit that Unicode recommends replacing by one U+FFFD.
inline size_t Utf8SequenceLength(const unsigned char* p, size_t n, size_t* bad) {
  const unsigned char lead = p[0];
  if (lead < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    if (lead == 0xE0) lo = 0xA0;  // overlong
    if (lead == 0xED) hi = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    if (lead == 0xF0) lo = 0x90;  // overlong
    if (lead == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    *bad = 1;  // continuation byte, C0/C1 or F5..FF as a lead
    return 0;
  }
  for (size_t i = 1; i < need; ++i) {
    const bool ok = i < n && p[i] >= lo && p[i] <= hi;
    if (!ok) {
      *bad = i;
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
  }
  return need;
}

// Offset of the first byte that is not part of a well-formed UTF-8 character,
// or n if the whole buffer is valid.
inline size_t FirstInvalidUtf8(const char* data, size_t n) {
  const auto* p = reinterpret_cast<const unsigned char*>(data);
  size_t i = 0;
  while (i < n) {
    size_t bad = 0;
    const size_t len = Utf8SequenceLength(p + i, n - i, &bad);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

}  // namespace khaldun::io::internal

#endif  // KHALDUN_IO_UTF8_H_
