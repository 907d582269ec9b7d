// Comma-delimited clause elimination, as PETRARCH-1 (and TABARI before it)
// does before coding: a stretch of text set off by commas whose length in
// words falls within the limits for its place in the sentence is an aside
// ("..., a senior official said.", "..., its biggest trading partner, ...")
// and is dropped, so that its actors and verbs do not disturb the main
// clause. PETRARCH's options: comma_min/comma_max for internal clauses
// (between two commas), comma_bmin/comma_bmax for the initial one (start to
// first comma), comma_emin/comma_emax for the terminal one (last comma to
// the end); a maximum of 0 switches that place off. After a single comma
// the terminal side goes only when it is shorter than the text before it,
// which is then taken for the main clause.
#ifndef KHALDUN_COMPAT_PETRARCH_COMMA_CLAUSES_H_
#define KHALDUN_COMPAT_PETRARCH_COMMA_CLAUSES_H_

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace khaldun::compat {

struct PetrarchCommaLimits {
  int min = 0, max = 0;    // internal clauses
  int bmin = 0, bmax = 0;  // the initial clause
  int emin = 0, emax = 0;  // the terminal clause

  // PETRARCH's defaults (PETR_config.ini, from TABARI): internal and
  // terminal clauses of 2 to 8 words, the initial clause kept.
  static PetrarchCommaLimits Petrarch() { return {2, 8, 0, 0, 2, 8}; }
  // Applies one PETRARCH <Config> "comma_emax=6" (any case); false if the
  // name is not a comma option.
  bool Apply(const std::string& name, int value);
};

// Which tokens of a sentence to drop. `actor[i]` is true when token i is
// part of an actor, `verb[i]` when it is a word the verb patterns know. A
// stretch holding an actor and no verb is a member of a list ("Arnor, the
// awful Fornost, and Gondor") and is kept: PETRARCH drops clauses, never
// noun phrases.
std::vector<bool> PetrarchCommaClausesToDrop(const std::vector<text::Token>& tokens,
                                             const std::vector<bool>& actor,
                                             const std::vector<bool>& verb,
                                             const PetrarchCommaLimits& limits);

// The clause that a comma opens around token `at`, as [begin, end) from
// after that comma to the next comma or the sentence's end ("..., almost
// five years after Calenardhon crowds burned down its embassy, ..."); false
// if no comma comes before `at`. PETRARCH, coding from the parse, takes a
// verb's source and target from its own clause.
bool PetrarchCommaClauseAround(const std::vector<text::Token>& tokens, size_t at, size_t* begin,
                               size_t* end);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PETRARCH_COMMA_CLAUSES_H_
