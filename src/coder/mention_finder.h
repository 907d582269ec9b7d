// Finds the actor mentions of a sentence: dictionary names by longest match,
// nationality + role compositions ("Iranian President Ebrahim Raisi",
// "the spokesman for Iranian foreign ministry, Nasser Kanaani"), appositives,
// names and roles remembered from earlier sentences, pronouns, and
// compounds ("Iran and Syria").
#ifndef KHALDUN_CODER_MENTION_FINDER_H_
#define KHALDUN_CODER_MENTION_FINDER_H_

#include <vector>

#include "coder/document_memory.h"
#include "coder/mention.h"
#include "coder/sentence.h"
#include "dict/dictionary.h"

namespace khaldun::coder {

// Returns the mentions in token order, and teaches `memory` what they say.
std::vector<Mention> FindMentions(const Sentence& sentence, const dict::Dictionary& dictionary,
                                  DocumentMemory* memory);

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_MENTION_FINDER_H_
