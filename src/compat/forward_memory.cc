#include "compat/forward_memory.h"

#include <cctype>

namespace khaldun::compat {

bool StoryAndSentence(const std::string& format, const std::string& id, std::string* story,
                      long* sentence) {
  story->clear();
  std::string digits;
  size_t at = 0;
  for (char f : format) {
    if (f == '^') continue;  // blanks before the id: the record id has none left
    if (at >= id.size()) return false;
    char c = id[at++];
    if (f == 'N' || f == 'S') {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
      (f == 'N' ? *story : digits) += c;
    }
  }
  if (story->empty() || digits.empty() || digits.size() > 9) return false;
  *sentence = std::stol(digits);
  return true;
}

std::string ForwardMemory::Begin(const std::string& format, const std::string& id) {
  std::string story;
  long sentence = -1;
  if (format.empty() || !StoryAndSentence(format, id, &story, &sentence)) {
    story_.clear();
    sentence_ = -1;
    last_.clear();
    forwarded_.clear();
    return "";
  }
  bool follows = story == story_ && sentence == sentence_ + 1;
  story_ = story;
  sentence_ = sentence;
  forwarded_ = follows ? last_ : "";
  return forwarded_;
}

void ForwardMemory::End(const std::string& own_actor) {
  last_ = own_actor.empty() ? forwarded_ : own_actor;
}

PronounKind PronounOf(const std::string& w) {
  if (w == "he" || w == "she" || w == "it" || w == "him") return PronounKind::kFirstActor;
  if (w == "its" || w == "his" || w == "her") return PronounKind::kPrior;
  if (w == "they" || w == "them" || w == "their") return PronounKind::kPlural;
  return PronounKind::kNone;
}

}  // namespace khaldun::compat
