#include "coder/word_classes.h"

#include <algorithm>
#include <array>

namespace khaldun::coder {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 22> kDeterminers = {
    "the", "a",  "an",   "this", "that", "these", "those", "its",  "their", "his",     "her",
    "our", "my", "your", "some", "any",  "each",  "every", "both", "all",   "several", "many"};

constexpr std::array<std::string_view, 36> kPrepositions = {
    "in",      "on",      "at",        "of",     "for",     "with",   "against", "to",
    "from",    "by",      "about",     "into",   "onto",    "over",   "after",   "before",
    "amid",    "during",  "following", "under",  "between", "among",  "across",  "through",
    "toward",  "towards", "near",      "inside", "outside", "around", "without", "within",
    "despite", "via",     "upon",      "since"};

// Not "'s": the tokenizer cannot tell "it's" from the possessive.
constexpr std::array<std::string_view, 8> kBeForms = {"is", "are",  "was",   "were",
                                                      "be", "been", "being", "'re"};

constexpr std::array<std::string_view, 5> kNegators = {"not", "n't", "never", "no", "neither"};
constexpr std::array<std::string_view, 3> kHedges = {"may", "might", "could"};

constexpr std::array<std::string_view, 14> kClauseOpeners = {
    "that", "which", "who",   "whom", "whose",  "while",    "because",
    "amid", "when",  "where", "if",   "unless", "although", "whereas"};

constexpr std::array<std::string_view, 5> kCopulas = {"be", "constitute", "amount", "represent",
                                                      "remain"};

constexpr std::array<std::string_view, 24> kSpeechVerbs = {
    "say",     "state",    "add",    "tell",      "note",    "stress",    "emphasize", "emphasise",
    "declare", "announce", "insist", "argue",     "claim",   "reiterate", "maintain",  "point",
    "write",   "assert",   "affirm", "underline", "explain", "remark",    "observe",   "comment"};

constexpr std::array<std::string_view, 5> kPersonPronouns = {"he", "she", "him", "his", "her"};
constexpr std::array<std::string_view, 2> kThingPronouns = {"it", "its"};

constexpr std::array<std::string_view, 40> kFunctionWords = {
    "the",   "a",   "an",  "in",    "on",  "at",    "of",      "for",       "with",  "to",
    "he",    "she", "it",  "they",  "we",  "i",     "you",     "this",      "that",  "these",
    "those", "but", "and", "or",    "if",  "when",  "while",   "as",        "after", "before",
    "its",   "his", "her", "their", "our", "there", "however", "meanwhile", "also",  "all"};

constexpr std::array<std::string_view, 30> kPersonTitles = {
    "president", "minister",  "spokesman",  "spokeswoman", "spokesperson", "leader",
    "king",      "queen",     "emir",       "prince",      "premier",      "chancellor",
    "secretary", "envoy",     "ambassador", "official",    "chief",        "commander",
    "general",   "governor",  "mayor",      "senator",     "lawmaker",     "diplomat",
    "sultan",    "ayatollah", "cleric",     "head",        "director",     "deputy"};

constexpr std::array<std::string_view, 19> kCalendarWords = {
    "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday",
    "january",   "february", "march",     "april",    "june",   "july",     "august",
    "september", "october",  "november",  "december", "sept"};

}  // namespace

// Words that count or group the people named after "of": "thousands of
// Iraqi Kurds", "a group of Liberians", "members of Hamas"; and parts of a
// place: "shelled part of Syria's second city".
constexpr std::array<std::string_view, 29> kQuantityWords = {
    "thousands", "hundreds", "dozens", "scores", "tens", "millions", "group",    "groups",
    "number",    "members",  "member", "some",   "many", "most",     "several",  "all",
    "both",      "one",      "two",    "three",  "four", "five",     "majority", "crowd",
    "crowds",    "handful",  "part",   "parts",  "rest"};

constexpr std::array<std::string_view, 14> kNumberWords = {
    "two",  "three", "four",   "five",    "six",      "seven",    "eight",
    "nine", "ten",   "twelve", "hundred", "thousand", "hundreds", "thousands"};

bool IsCalendarWord(std::string_view w) { return In(kCalendarWords, w); }
bool IsNumberWord(std::string_view w) { return In(kNumberWords, w); }
bool IsQuantityWord(std::string_view w) { return In(kQuantityWords, w); }

constexpr std::array<std::string_view, 45> kObjectRequiringVerbs = {
    "kill",    "wound",     "injure",  "arrest",   "detain",      "imprison",  "jail",
    "accuse",  "charge",    "capture", "abduct",   "kidnap",      "execute",   "sentence",
    "convict", "deport",    "expel",   "free",     "release",     "torture",   "shoot",
    "behead",  "hang",      "murder",  "massacre", "assassinate", "sanction",  "target",
    "seize",   "besiege",   "blame",   "suspect",  "hold",        "displace",  "bomb",
    "evict",   "exile",     "punish",  "ban",      "condemn",     "criticize", "criticise",
    "indict",  "prosecute", "broker"};
bool IsObjectRequiringVerb(std::string_view w) { return In(kObjectRequiringVerbs, w); }

constexpr std::array<std::string_view, 10> kPlacePrepositions = {
    "in", "at", "throughout", "across", "inside", "near", "outside", "into", "within", "around"};
bool IsPlacePreposition(std::string_view w) { return In(kPlacePrepositions, w); }

constexpr std::array<std::string_view, 17> kStrikeNouns = {
    "shelling",    "strike", "airstrike", "raid",    "attack", "bombing",
    "bombardment", "fire",   "gunfire",   "missile", "rocket", "drone",
    "shell",       "mortar", "artillery", "sniper",  "bomb"};
bool IsStrikeNoun(std::string_view noun_lemma) { return In(kStrikeNouns, noun_lemma); }

bool IsCountryCode(std::string_view code) {
  if (code.size() < 3) return false;
  for (size_t i = 0; i < 3; ++i)
    if (code[i] < 'A' || code[i] > 'Z') return false;
  std::string_view c = code.substr(0, 3);
  // Codes of organisations and groups that have no country of their own.
  return c != "IGO" && c != "NGO" && c != "IMG" && c != "MNC" && c != "UIS";
}
bool IsDeterminer(std::string_view w) { return In(kDeterminers, w); }
bool IsPreposition(std::string_view w) { return In(kPrepositions, w); }
bool IsBeForm(std::string_view w) { return In(kBeForms, w); }
bool IsNegator(std::string_view w) { return In(kNegators, w); }
bool IsHedge(std::string_view w) { return In(kHedges, w); }
bool IsClauseOpener(std::string_view w) { return In(kClauseOpeners, w); }
bool IsCopula(std::string_view w) { return In(kCopulas, w); }
bool IsSpeechVerb(std::string_view w) { return In(kSpeechVerbs, w); }
bool IsPersonPronoun(std::string_view w) { return In(kPersonPronouns, w); }
bool IsThingPronoun(std::string_view w) { return In(kThingPronouns, w); }
bool IsFunctionWord(std::string_view w) { return In(kFunctionWords, w); }
bool IsPersonTitle(std::string_view w) { return In(kPersonTitles, w); }

}  // namespace khaldun::coder
