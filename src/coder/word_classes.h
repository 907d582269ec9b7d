// Closed-class English words the coder reasons with: determiners,
// prepositions, pronouns, forms of "be", negators and modals, speech verbs
// and clause openers. Small fixed lists, so no tagger is needed.
#ifndef KHALDUN_CODER_WORD_CLASSES_H_
#define KHALDUN_CODER_WORD_CLASSES_H_

#include <string_view>

namespace khaldun::coder {

bool IsDeterminer(std::string_view lower);    // the, a, an, this, its, their, some ...
bool IsPreposition(std::string_view lower);   // in, on, at, of, for, with, against ...
bool IsBeForm(std::string_view lower);        // is, are, was, were, be, been, being
bool IsNegator(std::string_view lower);       // not, n't, never, no
bool IsHedge(std::string_view lower);         // may, might, could
bool IsClauseOpener(std::string_view lower);  // that, which, who, while, because, amid ...
bool IsCopula(std::string_view verb_lemma);   // be, constitute, amount, represent
// Verbs of saying, by lemma: say, state, add, tell, stress, emphasize ...
bool IsSpeechVerb(std::string_view verb_lemma);
// Pronouns that stand for a person (he, she, him, his, her) or a thing (it, its).
bool IsPersonPronoun(std::string_view lower);
bool IsThingPronoun(std::string_view lower);
// Words a capitalised token can be without being a name: "The", "In", "He" ...
bool IsFunctionWord(std::string_view lower);
// Weekday and month names, which are capitalised but never actors.
bool IsCalendarWord(std::string_view lower);
// Numbers written as words: "two exiled dissidents" (what follows is no verb).
bool IsNumberWord(std::string_view lower);
// Words that count or group what follows "of": thousands, dozens, group,
// members ... ("thousands of Iraqi Kurds demonstrated": the Kurds act).
bool IsQuantityWord(std::string_view lower);
// Nouns of strikes and weapons, by lemma: shelling, strike, raid, missile ...
bool IsStrikeNoun(std::string_view noun_lemma);
// Event verbs, by lemma, that always take an object: kill, arrest, accuse,
// detain ... Their past participle with no object after it is a passive
// ("ten soldiers killed in Ukraine"), where "protesters marched in Kiev" is not.
bool IsObjectRequiringVerb(std::string_view verb_lemma);
// Prepositions that put an act in a place: in, at, throughout, near ...
bool IsPlacePreposition(std::string_view lower);
// Whether an actor code begins with a country (or region) code: "TUR",
// "IRNGOV", "---REB" does not, nor do IGO, NGO and IMG codes.
bool IsCountryCode(std::string_view code);
// Agent words that name a person ("president", "minister", "spokesman"), so
// that "he" can refer back to them.
bool IsPersonTitle(std::string_view lower);

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_WORD_CLASSES_H_
