// TABARI's elimination of comma-delimited nonrestrictive clauses (manual
// 7.8, options 8.6): before coding, a stretch of text between two commas, or
// between a comma and the start or end of the sentence, is dropped when its
// length in words lies within limits set by `COMMA: MIN= MAX= BMIN= BMAX=
// EMIN= EMAX=` (B: the stretch that opens the sentence, E: the one that
// ends it). Commas are chained: each stretch starts at the comma that ended
// the previous one; the comma that closes a dropped stretch is used up, so
// the stretch after it is not a candidate. Commas inside a compound actor ("Arnor, Bree and
// Gondor") do not count.
#ifndef KHALDUN_COMPAT_TABARI_COMMA_CLAUSES_H_
#define KHALDUN_COMPAT_TABARI_COMMA_CLAUSES_H_

#include <string>
#include <vector>

namespace khaldun::compat {

struct TabariCommaLimits {
  bool on = false;  // TABARI: on, with these defaults; PETRARCH: off
  // A stretch of n words is dropped when min < n <= max. The defaults never
  // drop the opening stretch (bmin above any sentence's length).
  int min = 2, max = 10, emin = 2, emax = 10, bmin = 128, bmax = 0;

  // Applies "COMMA: MIN = 4 MAX = 6 ..." or "COMMA: OFF" (any case and
  // spacing); false if `command` is no COMMA: command.
  bool Apply(const std::string& command);
};

// One token of a sentence, as the eliminator sees it.
struct TabariCommaToken {
  bool comma = false;   // a comma that may delimit a clause
  bool counts = false;  // a word, counted in a stretch's length
};

// Which tokens to drop (true), with the commas around each dropped
// stretch; all false when `limits.on` is false.
// The closing stretch counts as one only when the sentence is `closed` by a
// full stop: TABARI's validation keeps "..., that Calimehtar attacked
// Gandalf" (no stop) but drops "..., a senior official said on Saturday.".
std::vector<bool> TabariCommaClausesToDrop(const std::vector<TabariCommaToken>& tokens,
                                           const TabariCommaLimits& limits, bool closed);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_TABARI_COMMA_CLAUSES_H_
