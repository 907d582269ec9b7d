// A small streaming JSON writer for the events-out contract: keys in the
// order written, strings escaped per RFC 8259, no whitespace.
#ifndef KHALDUN_IO_JSON_WRITER_H_
#define KHALDUN_IO_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace khaldun::io {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view value);  // escapes; invalid UTF-8 bytes become U+FFFD
  void Int(int64_t value);
  void Double(double value);  // shortest round-trip form, e.g. -10 or 3.4
  void Bool(bool value);
  void Null();

 private:
  // Writes the ',' that goes before a value or key, if one is needed.
  void Separate();
  std::string* out_;
  // Open objects and arrays. Inside one, everything after its opening bracket
  // was written by this writer, so the last character of *out_ tells whether a
  // comma is due ('{', '[' and ':' mean no); at depth 0 there never is one, so
  // several JSON Lines records can go to the same string.
  int depth_ = 0;
};

// Appends `value` as a JSON string literal (with quotes) to `*out`.
void AppendJsonString(std::string_view value, std::string* out);

}  // namespace khaldun::io

#endif  // KHALDUN_IO_JSON_WRITER_H_
