#include "io/json_writer.h"

#include <charconv>
#include <cmath>

#include "io/utf8.h"

namespace khaldun::io {

void JsonWriter::Separate() {
  if (depth_ == 0 || out_->empty()) return;
  const char last = out_->back();
  if (last != '{' && last != '[' && last != ':') out_->push_back(',');
}

void JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  ++depth_;
}

void JsonWriter::EndObject() {
  out_->push_back('}');
  --depth_;
}

void JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  ++depth_;
}

void JsonWriter::EndArray() {
  out_->push_back(']');
  --depth_;
}

void JsonWriter::Key(std::string_view key) {
  Separate();
  AppendJsonString(key, out_);
  out_->push_back(':');
}

void JsonWriter::String(std::string_view value) {
  Separate();
  AppendJsonString(value, out_);
}

void JsonWriter::Int(int64_t value) {
  Separate();
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof(buf), value);
  out_->append(buf, result.ptr);
}

void JsonWriter::Double(double value) {
  Separate();
  if (!std::isfinite(value)) {  // JSON has no NaN or infinity
    out_->append("null");
    return;
  }
  // Negative zero prints as 0: "-0" reads back as integer 0 in most parsers
  // anyway, and looks odd in a score.
  if (value == 0) value = 0;
  // Shortest form that reads back to the same double: -10, 3.4, 1e+300.
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof(buf), value);
  out_->append(buf, result.ptr);
}

void JsonWriter::Bool(bool value) {
  Separate();
  out_->append(value ? "true" : "false");
}

void JsonWriter::Null() {
  Separate();
  out_->append("null");
}

void AppendJsonString(std::string_view value, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const unsigned char*>(value.data());
  const size_t n = value.size();
  out->reserve(out->size() + n + 2);
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes copied as they are
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 1;
    if (c >= 0x80) {
      size_t bad = 0;
      len = internal::Utf8SequenceLength(p + i, n - i, &bad);
      if (len != 0) {  // well-formed: keep as is
        i += len;
        continue;
      }
      len = bad;
    }
    out->append(value.data() + run, i - run);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default:
        if (c < 0x20) {
          const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out->append(esc, sizeof(esc));
        } else {
          out->append("\xEF\xBF\xBD");  // U+FFFD for an ill-formed sequence
        }
    }
    i += len;
    run = i;
  }
  out->append(value.data() + run, n - run);
  out->push_back('"');
}

}  // namespace khaldun::io
