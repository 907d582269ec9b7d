#include "io/article_reader.h"

#include <simdjson.h>
#include <sys/types.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>

#include "io/json_writer.h"
#include "io/utf8.h"
#include "when/civil_date.h"

namespace khaldun::io {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kTruncated = "truncated record at end of input: ";
// Lines longer than this are parsed with a throw-away simdjson parser and their
// buffer is freed afterwards, so one huge record does not pin hundreds of
// megabytes (simdjson reserves ~14 bytes per input byte) for the rest of a run.
constexpr size_t kHugeLine = size_t{8} << 20;
// Longest part of a bad value quoted in a reason.
constexpr size_t kMaxQuoted = 40;

bool IsBlank(const char* p, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const char c = p[i];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f') return false;
  }
  return true;
}

// True for exactly "YYYY-MM-DD" naming a real calendar day.
bool IsValidDate(std::string_view s) { return when::CivilDate::Parse(s).has_value(); }

// `s` cut to kMaxQuoted bytes (on a character boundary, "..." marking the cut)
// as a JSON string literal, so control characters print safely.
std::string Quote(std::string_view s) {
  std::string cut(s);
  if (cut.size() > kMaxQuoted) {
    size_t end = kMaxQuoted;
    while (end > 0 && (static_cast<unsigned char>(cut[end]) & 0xC0) == 0x80) --end;
    cut.resize(end);
    cut += "...";
  }
  std::string out;
  AppendJsonString(cut, &out);
  return out;
}

std::string BadDateReason(simdjson::dom::element value) {
  std::string_view s;
  std::string got;
  if (value.get(s) == simdjson::SUCCESS) {
    got = Quote(s);
  } else {  // not a string: show the JSON value itself, e.g. 20230101
    got = simdjson::minify(value);
    if (got.size() > kMaxQuoted) got = got.substr(0, kMaxQuoted) + "...";
  }
  return "\"date\" must be a string in YYYY-MM-DD form, got " + got;
}

// Fills `*article` from a parsed record, or returns false with `*reason`.
bool ExtractArticle(simdjson::dom::element doc, Article* article, std::string* reason) {
  simdjson::dom::object object;
  if (doc.get(object) != simdjson::SUCCESS) {
    *reason = "not a JSON object";
    return false;
  }
  // One pass over the fields; with duplicate keys the first one wins.
  std::optional<simdjson::dom::element> id, date, text, title, url, outlet;
  for (simdjson::dom::key_value_pair field : object) {
    std::optional<simdjson::dom::element>* slot = nullptr;
    if (field.key == "id") {
      slot = &id;
    } else if (field.key == "date") {
      slot = &date;
    } else if (field.key == "text") {
      slot = &text;
    } else if (field.key == "title") {
      slot = &title;
    } else if (field.key == "url") {
      slot = &url;
    } else if (field.key == "outlet") {
      slot = &outlet;
    }
    if (slot != nullptr && !slot->has_value()) *slot = field.value;
  }

  std::string_view id_value, date_value, text_value;
  if (!id) {
    *reason = "missing required key \"id\"";
    return false;
  }
  if (id->get(id_value) != simdjson::SUCCESS) {
    *reason = "\"id\" must be a string";
    return false;
  }
  if (id_value.empty()) {
    *reason = "empty \"id\"";
    return false;
  }
  if (!date) {
    *reason = "missing required key \"date\"";
    return false;
  }
  if (date->get(date_value) != simdjson::SUCCESS || !IsValidDate(date_value)) {
    *reason = BadDateReason(*date);
    return false;
  }
  if (!text) {
    *reason = "missing required key \"text\"";
    return false;
  }
  if (text->get(text_value) != simdjson::SUCCESS) {
    *reason = "\"text\" must be a string";
    return false;
  }

  // assign() reuses the capacity of an Article the caller passes again.
  article->id.assign(id_value);
  article->date.assign(date_value);
  article->text.assign(text_value);
  // Optional keys that are absent, null or not strings are left empty.
  for (auto [value, field] : {std::pair{&title, &article->title}, std::pair{&url, &article->url},
                              std::pair{&outlet, &article->outlet}}) {
    std::string_view s;
    if (*value && (*value)->get(s) == simdjson::SUCCESS) {
      field->assign(s);
    } else {
      field->clear();
    }
  }
  return true;
}

// Checks and parses one record of `len` bytes at `data`. `padded` says that
// simdjson::SIMDJSON_PADDING readable bytes follow it, which saves simdjson a copy.
bool ParseRecord(simdjson::dom::parser& parser, const char* data, size_t len, bool padded,
                 Article* article, std::string* reason) {
  // Checked first, so the reason names the real problem.
  if (!simdjson::validate_utf8(data, len)) {
    *reason = "invalid UTF-8 in input line";
    return false;
  }
  simdjson::dom::element doc;
  if (const auto error = parser.parse(data, len, /*realloc_if_needed=*/!padded).get(doc)) {
    *reason = std::string("invalid JSON: ") + simdjson::error_message(error);
    return false;
  }
  return ExtractArticle(doc, article, reason);
}

// True if a JSON text ends inside a string or with an object or array still
// open, i.e. looks cut short rather than malformed.
bool EndsInsideValue(std::string_view s) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (const char c : s) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return in_string || depth > 0;
}

// True if `s` is valid UTF-8 except for an incomplete character at its very
// end, as when a file is cut in the middle of a multi-byte character.
bool IsUtf8CutAtEnd(std::string_view s) {
  size_t i = s.size(), continuations = 0;
  while (i > 0 && continuations < 3 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) {
    --i;
    ++continuations;
  }
  if (i == 0) return false;
  const auto lead = static_cast<unsigned char>(s[i - 1]);
  const size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (lead < 0xC2 || lead > 0xF4 || continuations + 1 >= need) return false;
  return simdjson::validate_utf8(s.data(), i - 1);
}

}  // namespace

std::string Rejection::Message() const {
  return input_name + ":" + std::to_string(line) + ": " + reason;
}

struct JsonLinesReader::Impl {
  std::FILE* file;
  std::string input_name;
  char* buf = nullptr;  // getline()'s buffer (malloc'd), grown as needed
  size_t cap = 0;
  uint64_t line = 0;
  bool done = false;
  simdjson::dom::parser parser;  // reused: keeps its buffers between lines

  ~Impl() { std::free(buf); }
  // Makes simdjson::SIMDJSON_PADDING bytes after buf[end] readable; false if out of memory.
  bool Pad(size_t end);
};

bool JsonLinesReader::Impl::Pad(size_t end) {
  if (cap < end + simdjson::SIMDJSON_PADDING) {
    char* grown = static_cast<char*>(std::realloc(buf, end + simdjson::SIMDJSON_PADDING));
    if (grown == nullptr) return false;
    buf = grown;
    cap = end + simdjson::SIMDJSON_PADDING;
  }
  std::memset(buf + end, 0, simdjson::SIMDJSON_PADDING);  // deterministic padding
  return true;
}

JsonLinesReader::JsonLinesReader(std::FILE* file, std::string input_name)
    : impl_(std::make_unique<Impl>()) {
  impl_->file = file;
  impl_->input_name = std::move(input_name);
}

JsonLinesReader::~JsonLinesReader() = default;

JsonLinesReader::Status JsonLinesReader::Next(Article* article, Rejection* rejection) {
  Impl& r = *impl_;
  while (!r.done) {
    if (r.cap > kHugeLine) {  // do not keep the buffer of a huge previous line
      std::free(r.buf);
      r.buf = nullptr;
      r.cap = 0;
    }
    const ssize_t n = getline(&r.buf, &r.cap, r.file);
    if (n < 0) {
      r.done = true;
      if (std::feof(r.file) && !std::ferror(r.file)) break;
      // A read error (or no memory for the line) is reported once, then kEnd.
      *rejection = Rejection{r.input_name, r.line + 1,
                             std::string("read error: ") + std::strerror(errno), ""};
      return Status::kRejected;
    }
    ++r.line;
    size_t len = static_cast<size_t>(n);
    const bool terminated = len > 0 && r.buf[len - 1] == '\n';
    if (terminated) --len;
    if (len > 0 && r.buf[len - 1] == '\r') --len;
    if (IsBlank(r.buf, len)) continue;

    // A UTF-8 byte order mark may open the file; it is not part of the JSON.
    const size_t start = r.line == 1 && std::string_view(r.buf, len).starts_with(kBom) ? 3 : 0;
    const bool padded = r.Pad(len);  // may move r.buf
    const char* json = r.buf + start;
    const size_t json_len = len - start;

    std::string reason;
    bool ok;
    if (len > kHugeLine) {
      simdjson::dom::parser one_off;
      ok = ParseRecord(one_off, json, json_len, padded, article, &reason);
    } else {
      ok = ParseRecord(r.parser, json, json_len, padded, article, &reason);
    }
    if (ok) {
      article->input_name = r.input_name;
      article->line = r.line;
      return Status::kArticle;
    }
    if (!terminated) {  // the last line of a file that does not end with '\n'
      const std::string_view last(json, json_len);
      if (IsUtf8CutAtEnd(last)) {
        reason = std::string(kTruncated) + "incomplete UTF-8 character at end of line";
      } else if (reason.starts_with("invalid JSON") && EndsInsideValue(last)) {
        reason.insert(0, kTruncated);
      }
    }
    rejection->input_name = r.input_name;
    rejection->line = r.line;
    rejection->reason = std::move(reason);
    rejection->raw.assign(r.buf, len);
    return Status::kRejected;
  }
  return Status::kEnd;
}

bool ParseArticleJson(const std::string& line, Article* article, std::string* reason) {
  // A fresh parser per call: simple, but the reader's own path is faster.
  simdjson::dom::parser parser;
  const bool padded = line.capacity() - line.size() >= simdjson::SIMDJSON_PADDING;
  return ParseRecord(parser, line.data(), line.size(), padded, article, reason);
}

bool ReadPlainTextArticle(const std::string& path, const std::string& id, const std::string& date,
                          Article* article, std::string* reason) {
  if (id.empty()) {
    *reason = "empty \"id\"";
    return false;
  }
  if (!IsValidDate(date)) {
    *reason = "date must be a real day in YYYY-MM-DD form, got " + Quote(date);
    return false;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    *reason = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  // Read in chunks rather than trusting the file size: `path` may be a pipe.
  std::string text;
  char chunk[1 << 16];
  size_t got;
  while ((got = std::fread(chunk, 1, sizeof(chunk), file)) > 0) text.append(chunk, got);
  const bool read_error = std::ferror(file);
  const int read_errno = errno;
  std::fclose(file);
  if (read_error) {
    *reason = "cannot read " + path + ": " + std::strerror(read_errno);
    return false;
  }
  if (!simdjson::validate_utf8(text.data(), text.size())) {
    *reason = path + " is not valid UTF-8 (first bad byte at offset " +
              std::to_string(internal::FirstInvalidUtf8(text.data(), text.size())) + ")";
    return false;
  }
  if (std::string_view(text).starts_with(kBom)) text.erase(0, kBom.size());
  article->id = id;
  article->date = date;
  article->text = std::move(text);
  article->title.clear();
  article->url.clear();
  article->outlet.clear();
  article->input_name = path;
  article->line = 0;
  return true;
}

}  // namespace khaldun::io
