// The coder: one article in, its events out. Runs the pipeline's stages on
// each sentence (tokens, dates, actor mentions, verb patterns, clause roles)
// and keeps a memory of the article's actors from sentence to sentence.
// A Coder is immutable after construction and can be shared by threads.
#ifndef KHALDUN_CODER_CODER_H_
#define KHALDUN_CODER_CODER_H_

#include <string>
#include <vector>

#include "cameo/codebook.h"
#include "coder/event.h"
#include "dict/dictionary.h"
#include "text/lemmatizer.h"

namespace khaldun::coder {

struct CoderOptions {
  // Emit events whose verb is negated ("did not condemn") or hedged ("may
  // attack")? They are dropped by default, as CAMEO asks.
  bool keep_negated = false;
  // Emit events with no target (CAMEO events normally need both actors).
  bool allow_missing_target = false;
};

struct ArticleInput {
  std::string id;
  std::string date;  // YYYY-MM-DD, already validated
  std::string text;
};

class Coder {
 public:
  Coder(const dict::Dictionary* dictionary, const text::Lemmatizer* lemmatizer,
        CoderOptions options = {});

  // Codes one article. Events come in sentence order, then by position.
  std::vector<Event> Code(const ArticleInput& article) const;

 private:
  const dict::Dictionary* dictionary_;
  const text::Lemmatizer* lemmatizer_;
  CoderOptions options_;
};

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_CODER_H_
