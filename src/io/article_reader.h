// Reads articles from JSON Lines (one object per line) or from a plain-text
// file (one article per file). A bad line is reported as a rejection and
// reading goes on with the next line: one bad record never loses the good
// ones. Lines of any length are read (no fixed buffer), and invalid UTF-8,
// a missing or mistyped "id", "date" or "text", a date that is not a real
// YYYY-MM-DD day, and a truncated last line are all rejections with a reason.
#ifndef KHALDUN_IO_ARTICLE_READER_H_
#define KHALDUN_IO_ARTICLE_READER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "io/article.h"

namespace khaldun::io {

struct Rejection {
  std::string input_name;
  uint64_t line = 0;   // 1-based line number
  std::string reason;  // e.g. "missing required key \"date\""
  std::string raw;     // the line verbatim, without its newline
  // "INPUT:LINE: REASON", the form printed on standard error.
  std::string Message() const;
};

class JsonLinesReader {
 public:
  // Reads from `file` (not owned, not closed). `input_name` names it in messages.
  JsonLinesReader(std::FILE* file, std::string input_name);
  ~JsonLinesReader();
  JsonLinesReader(const JsonLinesReader&) = delete;
  JsonLinesReader& operator=(const JsonLinesReader&) = delete;

  enum class Status { kArticle, kRejected, kEnd };
  // Reads the next non-blank line. On kArticle fills `*article`; on kRejected
  // fills `*rejection`. Blank lines are skipped silently.
  Status Next(Article* article, Rejection* rejection);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses one JSON Lines record. Returns true and fills `*article` or returns
// false and sets `*reason`. Used by the reader and by tests.
bool ParseArticleJson(const std::string& line, Article* article, std::string* reason);

// Reads a whole plain-text file as one article with the given id and date.
// Returns false with `*reason` set when the file cannot be read or is not UTF-8.
bool ReadPlainTextArticle(const std::string& path, const std::string& id, const std::string& date,
                          Article* article, std::string* reason);

}  // namespace khaldun::io

#endif  // KHALDUN_IO_ARTICLE_READER_H_
