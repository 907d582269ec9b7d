// An actor mention in a sentence: the tokens that name an actor and the code
// they resolve to.
#ifndef KHALDUN_CODER_MENTION_H_
#define KHALDUN_CODER_MENTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "coder/event.h"

namespace khaldun::coder {

struct Mention {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  std::string code;
  ActorSource source = ActorSource::kDictionary;
  std::vector<uint32_t> entries;  // dictionary entries used
  bool possessive = false;        // followed by "'s": "Israel's attacks"
  bool nation_only = false;       // just a nationality adjective: "Israeli" in "Israeli attacks"
  bool person = false;            // a person, so "he"/"his" may refer to it
  int group = -1;                 // mentions joined by "and" or commas share a group
};

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_MENTION_H_
