// An article as read from the input: the articles-in contract.
#ifndef KHALDUN_IO_ARTICLE_H_
#define KHALDUN_IO_ARTICLE_H_

#include <cstdint>
#include <string>

namespace khaldun::io {

struct Article {
  std::string id;
  std::string date;        // "YYYY-MM-DD", validated
  std::string text;        // valid UTF-8
  std::string title;       // optional, may be empty
  std::string url;         // optional
  std::string outlet;      // optional
  std::string input_name;  // file name the article came from, "-" for standard input
  uint64_t line = 0;       // 1-based input line (0 for a whole plain-text file)
};

}  // namespace khaldun::io

#endif  // KHALDUN_IO_ARTICLE_H_
