// Finds the events of one sentence from its actor mentions: verb patterns
// with their subject and object (active, passive, coordinated verbs,
// parenthetical speech), nominal events ("Israel's attacks on Gaza") and
// verdicts in reported speech ("the attacks, Kanaani said, are a violation").
#ifndef KHALDUN_CODER_EVENT_FINDER_H_
#define KHALDUN_CODER_EVENT_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coder/mention.h"
#include "coder/sentence.h"
#include "dict/dictionary.h"

namespace khaldun::coder {

struct FoundEvent {
  uint32_t source = 0;  // index into the mentions
  uint32_t target = 0;
  bool has_target = false;
  // The target is a place the act happened in, not a named counterpart:
  // "protesters rioted in northern Israel" (the country is the target).
  bool target_is_place = false;
  uint32_t entry = 0;           // the verb, noun or verdict entry
  std::string mode;             // "verb", "passive verb", "noun", "verdict"
  std::string pattern;          // the pattern as written in the dictionary
  std::vector<uint32_t> words;  // tokens of the event words
  uint32_t anchor = 0;          // the event's main token (for the date nearest to it)
  bool negated = false;         // "did not condemn", "may attack"
  bool refused = false;         // negated as a refusal: "will not accept", "refused to"
  // The code when the act in an infinitive complement refines the entry's
  // generic one ("urged Iran to release ..." 020 -> 0253); else empty.
  std::string refined_code;
};

// The CAMEO code `event` stands for on `date`: its refined code when it has
// one, else its entry's. The view lives as long as both arguments.
std::string_view EventCode(const FoundEvent& event, const dict::Dictionary& dictionary,
                           const when::CivilDate& date);

// Events of `sentence` in token order. Negated events are returned marked.
std::vector<FoundEvent> FindEvents(const Sentence& sentence, const std::vector<Mention>& mentions,
                                   const dict::Dictionary& dictionary);

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_EVENT_FINDER_H_
