// Internal to the text stage: the abbreviations that end in a period without
// ending the sentence, shared by the sentence splitter and the tokenizer.
#ifndef KHALDUN_TEXT_ABBREVIATIONS_H_
#define KHALDUN_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace khaldun::text::internal {

enum class AbbrevKind {
  kNone,
  kTitle,    // "Gen.", "Mr." ...: a name follows; never ends a sentence
  kMonth,    // "Jan.", "Sept." ...: a day number usually follows
  kNumero,   // "No.": a number usually follows
  kVersus,   // "vs.": never ends a sentence
  kName,     // "Inc.", "Corp.", "Jr.", "St." ...: may end a sentence
  kOrdinary  // "etc.": ends a sentence like any word when a capital follows
};

// The kind of `word` (written without its final period; case matters).
inline AbbrevKind ClassifyAbbreviation(std::string_view word) {
  struct Entry {
    std::string_view word;
    AbbrevKind kind;
  };
  using K = AbbrevKind;
  static constexpr Entry kEntries[] = {
      // Titles and ranks.
      {"Gen", K::kTitle},
      {"Lt", K::kTitle},
      {"Col", K::kTitle},
      {"Maj", K::kTitle},
      {"Capt", K::kTitle},
      {"Sgt", K::kTitle},
      {"Adm", K::kTitle},
      {"Dr", K::kTitle},
      {"Mr", K::kTitle},
      {"Mrs", K::kTitle},
      {"Ms", K::kTitle},
      {"Prof", K::kTitle},
      {"Rep", K::kTitle},
      {"Sen", K::kTitle},
      {"Gov", K::kTitle},
      {"Pres", K::kTitle},
      {"Rev", K::kTitle},
      {"Hon", K::kTitle},
      {"Brig", K::kTitle},
      {"Cmdr", K::kTitle},
      {"Cpl", K::kTitle},
      {"Pvt", K::kTitle},
      {"Lieut", K::kTitle},
      {"Gens", K::kTitle},
      {"Reps", K::kTitle},
      {"Sens", K::kTitle},
      {"Messrs", K::kTitle},
      {"Amb", K::kTitle},
      {"Supt", K::kTitle},
      {"Insp", K::kTitle},
      {"Fr", K::kTitle},
      {"Mme", K::kTitle},
      {"Mt", K::kTitle},
      {"Ft", K::kTitle},
      {"Atty", K::kTitle},
      // Months (AP style and the other common forms).
      {"Jan", K::kMonth},
      {"Feb", K::kMonth},
      {"Mar", K::kMonth},
      {"Apr", K::kMonth},
      {"Jun", K::kMonth},
      {"Jul", K::kMonth},
      {"Aug", K::kMonth},
      {"Sep", K::kMonth},
      {"Sept", K::kMonth},
      {"Oct", K::kMonth},
      {"Nov", K::kMonth},
      {"Dec", K::kMonth},
      // Company and name suffixes; "St." is kept here because "on Main St."
      // can end a sentence while "St. Louis" must not.
      {"Inc", K::kName},
      {"Corp", K::kName},
      {"Co", K::kName},
      {"Ltd", K::kName},
      {"Jr", K::kName},
      {"Sr", K::kName},
      {"St", K::kName},
      {"Bros", K::kName},
      {"Dept", K::kName},
      {"Univ", K::kName},
      {"Assn", K::kName},
      {"Ave", K::kName},
      {"No", K::kNumero},
      {"Nos", K::kNumero},
      {"vs", K::kVersus},
      {"v", K::kVersus},
      {"etc", K::kOrdinary},
      {"approx", K::kOrdinary},
      {"cf", K::kVersus},
      {"al", K::kOrdinary},
  };
  if (word.empty() || word.size() > 6) return K::kNone;
  for (const Entry& e : kEntries) {
    if (e.word == word) return e.kind;
  }
  return K::kNone;
}

// True for a dotted acronym written without its final period: "U.S", "U.N",
// "a.m", "Ph.D", "U.S.A" (two or more groups of one or two ASCII letters).
inline bool IsDottedAcronym(std::string_view word) {
  int groups = 0;
  size_t i = 0;
  while (i < word.size()) {
    size_t j = i;
    while (j < word.size() && j - i < 3 && ((word[j] | 0x20) >= 'a' && (word[j] | 0x20) <= 'z')) {
      ++j;
    }
    if (j == i || j - i > 2) return false;
    ++groups;
    if (j == word.size()) break;
    if (word[j] != '.') return false;
    i = j + 1;
    if (i == word.size()) return false;
  }
  return groups >= 2;
}

// Frequent capitalised first words of a sentence. After "U.S." or "Inc." a
// capital only ends the sentence when one of these follows ("... in the U.S.
// The next day", but "U.S. Secretary of State").
inline bool IsSentenceStarter(std::string_view word) {
  static constexpr std::string_view kStarters[] = {
      "The",   "A",     "An",   "He",      "She",   "It",        "They",      "We",
      "I",     "In",    "On",   "But",     "And",   "This",      "That",      "These",
      "Those", "Its",   "His",  "Her",     "Their", "There",     "After",     "Before",
      "When",  "While", "As",   "At",      "For",   "If",        "Meanwhile", "However",
      "Our",   "Some",  "Many", "Earlier", "Later", "Last",      "Since",     "So",
      "Yet",   "Still", "Also", "Then",    "Now",   "According", "During",    "Despite",
  };
  for (std::string_view s : kStarters) {
    if (s == word) return true;
  }
  return false;
}

}  // namespace khaldun::text::internal

#endif  // KHALDUN_TEXT_ABBREVIATIONS_H_
