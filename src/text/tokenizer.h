// Splits one sentence into tokens with byte offsets, and fills their
// normalised, lower-cased and lemma forms.
#ifndef KHALDUN_TEXT_TOKENIZER_H_
#define KHALDUN_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/lemmatizer.h"
#include "text/span.h"
#include "text/token.h"

namespace khaldun::text {

// Tokenises text[sentence.begin, sentence.end). Offsets in the tokens are
// offsets into `text`. Splits off punctuation, possessive "'s", and
// contractions ("didn't" -> "did" "n't"); keeps "U.S.", "al-Quds",
// "1,000" whole. `lemmatizer` may be null (lemmas are then the lower form).
std::vector<Token> Tokenize(std::string_view text, Span sentence, const Lemmatizer* lemmatizer);

}  // namespace khaldun::text

#endif  // KHALDUN_TEXT_TOKENIZER_H_
