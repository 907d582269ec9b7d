// TABARI's forwarding of actors across the sentences of a story (options
// 8.4, `FORWARD: ^^*****NNN*SSS`): a pronoun that opens a sentence, before
// any actor, stands for the first actor of the previous sentence of the same
// story. The story and sentence numbers are read from the record id by the
// format: '^' a leading blank, '*' any character, 'N' a digit of the story
// number, 'S' a digit of the sentence number. A sentence follows another
// when the stories are equal and its number is one more. The actor
// forwarded is the one the previous sentence found in its own text (its
// country or group code, without agents); a sentence with no actor of its
// own passes on what it was given, so a chain of pronouns holds.
#ifndef KHALDUN_COMPAT_FORWARD_MEMORY_H_
#define KHALDUN_COMPAT_FORWARD_MEMORY_H_

#include <string>

namespace khaldun::compat {

// The story and sentence of `id` by `format`; false if `id` does not fit it.
bool StoryAndSentence(const std::string& format, const std::string& id, std::string* story,
                      long* sentence);

class ForwardMemory {
 public:
  // Starts the record `id`; returns the actor code forwarded to it, or ""
  // when forwarding is off (`format` empty), the id does not fit the format,
  // or the record does not follow the previous one.
  std::string Begin(const std::string& format, const std::string& id);
  // Ends the record begun last: `own_actor` is the code of the first actor
  // found in its text, or "" if it had none.
  void End(const std::string& own_actor);

 private:
  std::string story_;
  long sentence_ = -1;
  std::string forwarded_;  // what Begin returned
  std::string last_;       // what the next sentence receives
};

// TABARI's pronouns (manual 7.7), by the actor they stand for.
enum class PronounKind {
  kNone,
  kFirstActor,  // he, she, it, him: the sentence's first actor
  kPrior,       // its, his, her: the first actor before the pronoun (the
                // sentence's first, as TABARI's validation shows)
  kPlural,      // they, them, their: the first compound, else the first actor
};
PronounKind PronounOf(const std::string& lower_word);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_FORWARD_MEMORY_H_
