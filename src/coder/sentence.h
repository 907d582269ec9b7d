// A sentence as the coder's stages see it: tokens, their dictionary keys and
// the article's publication date.
#ifndef KHALDUN_CODER_SENTENCE_H_
#define KHALDUN_CODER_SENTENCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "text/lemmatizer.h"
#include "text/token.h"
#include "when/civil_date.h"

namespace khaldun::coder {

struct Sentence {
  std::string_view article;  // the whole article text; token spans point into it
  std::vector<text::Token> tokens;
  std::vector<dict::TokenKeys> keys;
  when::CivilDate published;
  const text::Lemmatizer* lemmatizer = nullptr;  // may be null

  // The article's words for tokens [begin, end), as written.
  std::string_view Words(uint32_t begin, uint32_t end) const {
    if (begin >= end) return {};
    return article.substr(tokens[begin].span.begin,
                          tokens[end - 1].span.end - tokens[begin].span.begin);
  }
  const std::string& Lower(size_t i) const { return tokens[i].lower; }
};

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_SENTENCE_H_
