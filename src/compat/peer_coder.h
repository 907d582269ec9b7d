// The compat coder: codes text the way TABARI and PETRARCH-1 do, from their
// dictionaries, for their validation suites and for teams that want their old
// coding reproduced. It is a "sparse parse" in TABARI's manner: actors and
// agents come from the converted dictionary (Khaldun's phrase matchers,
// tokens and lemmas), then each verb's peer patterns are tried, most
// specific first, with their words before and after the verb, their actor
// places ($ source, + target, % both), and paired, null, discard and complex
// codes. Without places, the source is the sentence's first actor and the
// target the first actor after the verb. Actors joined by "and" or commas
// are compounds: one event per member.
#ifndef KHALDUN_COMPAT_PEER_CODER_H_
#define KHALDUN_COMPAT_PEER_CODER_H_

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compat/comma_clauses.h"
#include "compat/converted.h"
#include "compat/validation.h"
#include "dict/dictionary.h"
#include "text/lemmatizer.h"

namespace khaldun::compat {

// The TABARI options the compat coder follows; validation records change
// them as they go ({ OPTION: ... }).
struct PeerSettings {
  // An agent with no actor: TABARI drops it, or writes "~AGT" under SET:
  // CONVERT AGENT = TRUE; PETRARCH writes "---AGT".
  enum class LoneAgent { kDrop, kTilde, kDashes } lone_agent = LoneAgent::kDrop;
  // DEFAULT: SOURCE [S] ... TARGET [T]: codes for a missing source or target.
  std::string default_source, default_target;
  // PETRARCH <Config option="require_dyad">: when false, an event with no
  // target is written with target "---".
  bool require_dyad = true;
  // PETRARCH: an agent before a compound ("ambassadors of A, B and C") goes
  // to every member; TABARI gives it to the first.
  bool agent_over_compound = false;
  // COMPLEX: VERBS[v] CONJ[c]: a sentence with more verbs or conjunctions
  // is "complex" and not coded (0: no limit).
  int complex_verbs = 0, complex_conjunctions = 0;
  // PETRARCH codes each clause from its parse: an actor and its verb after a
  // comma (", a senior official said") are a clause of their own.
  bool comma_clauses = false;
  // PETRARCH: '%' after the verb ("AGREE WITH %") marks a compound target,
  // the source found as usual; TABARI (and PETRARCH before the verb): the
  // members act on each other.
  bool compound_target_place = false;
  // PETRARCH: '^' after the verb skips a noun phrase ("warned their ^
  // about": "populations"); TABARI: it skips an actor.
  bool caret_skips_phrase = false;
  // PETRARCH: a verb root takes "-es" only after s, x, z, ch, sh, o
  // ("departes" is no form of DEPART); TABARI takes any root + "es".
  bool english_es_forms = false;
  // PETRARCH: a modal before another word ("should have acted") is an
  // auxiliary, not the verb, even where a pattern lists it (SHOULD [101]).
  bool modals_are_not_verbs = false;
  // PETRARCH: a pattern's words (not its verb) match as written: "- *
  // EFFORT" does not match "efforts"; TABARI matches their lemmas too.
  bool exact_pattern_words = false;
  // PETRARCH has no "complex" code: a [+++] pattern is passed over, where
  // TABARI declines the sentence.
  bool no_complex_code = false;
  // PETRARCH: of equally specific patterns, the one whose match covers more
  // words is tried first; TABARI keeps dictionary order.
  bool longest_match = false;
  // PETRARCH comma_min ... comma_emax: asides set off by commas that are
  // dropped before coding (comma_clauses.h); all 0 (TABARI here) keeps them.
  CommaLimits commas;
  // SET: MINIMUM WORDS: shorter records are not coded.
  int minimum_words = 0;

  // PETRARCH's defaults: lone agents as "---AGT" and every PETRARCH-only
  // rule above switched on (the comma limits of PETR_config.ini).
  static PeerSettings Petrarch();

  // Applies one TABARI options line; false if it is none Khaldun follows.
  bool Apply(const std::string& command);
};

class PeerCoder {
 public:
  // `dictionary` holds the converted actors, agents and discards;
  // `conversion` the peer verb patterns and actor stems. Both must outlive
  // the coder.
  PeerCoder(const dict::Dictionary* dictionary, const Conversion* conversion,
            const text::Lemmatizer* lemmatizer);

  // The events of `text` (one record: its sentences in order) on `date`
  // (YYYY-MM-DD, for date-restricted actors), as source/target/code.
  std::vector<ExpectedEvent> Code(const std::string& text, const std::string& date,
                                  const PeerSettings& settings = {}) const;

 private:
  const dict::Dictionary* dictionary_;
  const std::vector<PeerPattern>* patterns_;
  const std::set<std::string>* actor_stems_;
  const std::map<std::string, std::vector<std::string>>* compound_codes_;
  const std::set<std::string>* prefix_agents_;
  const std::set<std::string>* exact_agents_;
  const text::Lemmatizer* lemmatizer_;
  // Patterns by the first word of their verb, most words first.
  std::unordered_map<std::string, std::vector<uint32_t>> by_head_;
};

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PEER_CODER_H_
