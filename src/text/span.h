// A half-open byte range [begin, end) into an article's UTF-8 text.
#ifndef KHALDUN_TEXT_SPAN_H_
#define KHALDUN_TEXT_SPAN_H_

#include <cstdint>

namespace khaldun::text {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool operator==(const Span&) const = default;
};

}  // namespace khaldun::text

#endif  // KHALDUN_TEXT_SPAN_H_
