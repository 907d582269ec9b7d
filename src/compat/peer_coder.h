// The compat coder: codes text the way TABARI and PETRARCH-1 do, from their
// dictionaries, for their validation suites and for teams that want their old
// coding reproduced. It is a "sparse parse" in TABARI's manner: actors and
// agents come from the converted dictionary (Khaldun's phrase matchers,
// tokens and lemmas), then each verb's peer patterns are tried, most
// specific first, with their words before and after the verb, their actor
// places ($ source, + target, % both), and paired, null, discard and complex
// codes. Without places, the source is the sentence's first actor and the
// target the first actor after the verb. Actors joined by "and" or commas
// are compounds: one event per member. TabariSettings() adds TABARI's clause
// rules (comma clauses, CODE BY modes, clause subjects, pronouns, FORWARD,
// greedy searches), each in its own file (tabari_comma_clauses.h,
// forward_memory.h, compound_phrases.h, gapped_names.h);
// PeerSettings::Petrarch() adds PETRARCH's rules, which stand in for its
// parse (its comma clauses in petrarch_comma_clauses.h).
#ifndef KHALDUN_COMPAT_PEER_CODER_H_
#define KHALDUN_COMPAT_PEER_CODER_H_

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compat/converted.h"
#include "compat/forward_memory.h"
#include "compat/petrarch_comma_clauses.h"
#include "compat/tabari_comma_clauses.h"
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
  // TABARI: PRIOR: the default source whenever no actor precedes the verb
  // (else TABARI looks after the verb); AFTER: the default target whenever
  // no actor follows it (else TABARI looks before the verb).
  bool default_source_prior = false, default_target_after = false;
  // PETRARCH <Config option="require_dyad">: when false, an event with no
  // target is written with target "---".
  bool require_dyad = true;
  // PETRARCH: an agent before a compound ("ambassadors of A, B and C") goes
  // to every member; TABARI gives it to the first.
  bool agent_over_compound = false;
  // COMPLEX: VERBS[v] CONJ[c]: a sentence with more verbs or conjunctions
  // is "complex" and not coded (0: no limit).
  int complex_verbs = 0, complex_conjunctions = 0;
  // COMPLEX: NOACTPRIOR: a verb with no actor before it is not coded (TABARI
  // otherwise takes the source from after the verb).
  bool no_actor_prior = false;
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
  // EFFORT" does not match "efforts"; else their lemmas match too.
  bool exact_pattern_words = false;
  // PETRARCH has no "complex" code: a [+++] pattern is passed over, where
  // TABARI declines the sentence.
  bool no_complex_code = false;
  // PETRARCH: of equally specific patterns, the one whose match covers more
  // words is tried first; TABARI keeps dictionary order.
  bool longest_match = false;
  // PETRARCH comma_min ... comma_emax: asides set off by commas that are
  // dropped before coding (petrarch_comma_clauses.h); all 0 keeps them.
  PetrarchCommaLimits petrarch_commas;
  // SET: MINIMUM WORDS: shorter records are not coded.
  int minimum_words = 0;
  // TABARI: comma-delimited clauses dropped before coding (COMMA:;
  // tabari_comma_clauses.h); off unless TabariSettings() or COMMA: says so.
  TabariCommaLimits tabari_commas;
  // TABARI SET: CODE BY CLAUSE (the first event of each clause), CODE BY
  // SENTENCE (the first event only), CODE ALL (every event).
  enum class CodeBy { kClause, kSentence, kAll } code_by = CodeBy::kClause;
  // TABARI clauses: "and", "but", "or", "nor" start a clause that keeps the
  // previous clause's source unless an actor follows the conjunction.
  bool clause_subjects = false;
  // TABARI pronoun coreference (he, its, they, ...; forward_memory.h).
  bool pronouns = false;
  // TABARI FORWARD: format of story and sentence numbers in record ids;
  // empty when forwarding is off.
  std::string forward;
  // TABARI reads a text in capitals only as if it were in lower case.
  bool lower_all_caps = false;
  // TABARI: actors coded null ([---]) are left out of source and target
  // searches.
  bool skip_null_actors = false;
  // TABARI: an agent right before an actor is that actor's ("minister
  // Calimehtar").
  bool agent_before_actor = false;
  // TABARI: "anti- Gondor" reads "anti-" as one word (PETRARCH's parse
  // makes "an anti- Gondor parade" a noun phrase instead).
  bool hyphen_prefixes = false;
  // TABARI: words between the members of a compound are modifiers only, no
  // clause or phrase openers ("that", "of", "with").
  bool compound_modifiers_only = false;
  // TABARI: a verb root written without a closing '_' is a stem ("RESUM"
  // matches "resumption").
  bool verb_stems = false;
  // TABARI: a code marked dominant ([031!]) leaves only the sentence's
  // dominant events.
  bool dominant_codes = false;
  // TABARI's regular endings (manual 5.2.3): verbs also take "-en"
  // ("departen"), a word closed by '=' ("BAN=", "MOUSE=") takes none, and a
  // word with a possessive "'s" ("donate's") is a noun, no verb.
  bool tabari_endings = false;
  // TABARI: a pattern word closed by '_' matches as written ("RESOLUTION_"
  // is not "resolutions"), an open one is a stem ("REVOLUTION" matches
  // "revolutionary"; manual 5.2.2).
  bool open_word_stems = false;
  // TABARI tries a verb's patterns longest first, by their characters
  // (manual 5.7.1); else by their words, in dictionary order.
  bool length_order = false;
  // TABARI: an actor coded [###] besides its dated codes discards the
  // sentence on a date none of them covers.
  bool dated_discards = false;

  // PETRARCH's defaults: lone agents as "---AGT" and every PETRARCH-only
  // rule above switched on (the comma limits of PETR_config.ini).
  static PeerSettings Petrarch();

  // Applies one TABARI options line; false if it is none Khaldun follows.
  bool Apply(const std::string& command);
};

// TABARI's settings before its .options file: minimum words 8, comma
// clauses dropped with the default limits, pronouns, clause subjects.
PeerSettings TabariSettings();

class PeerCoder {
 public:
  // `dictionary` holds the converted actors, agents and discards;
  // `conversion` the peer verb patterns and actor stems. Both must outlive
  // the coder.
  PeerCoder(const dict::Dictionary* dictionary, const Conversion* conversion,
            const text::Lemmatizer* lemmatizer);

  // The events of `text` (one record: its sentences in order) on `date`
  // (YYYY-MM-DD, for date-restricted actors), as source/target/code.
  // With `memory`, the record `id` may receive an actor forwarded from the
  // previous record of its story (settings.forward).
  std::vector<ExpectedEvent> Code(const std::string& text, const std::string& date,
                                  const PeerSettings& settings = {},
                                  ForwardMemory* memory = nullptr,
                                  const std::string& id = "") const;

 private:
  const dict::Dictionary* dictionary_;
  const std::vector<PeerPattern>* patterns_;
  const std::set<std::string>* actor_stems_;
  const std::map<std::string, std::vector<std::string>>* compound_codes_;
  const std::set<std::string>* prefix_agents_;
  const std::set<std::string>* exact_agents_;
  const std::set<std::string>* nouns_;  // TABARI <NOUN> and <ADJECTIVE> lists
  const std::set<std::string>* adjectives_;
  const std::vector<GappedName>* gapped_names_;
  const std::set<std::string>* verb_stems_;
  const std::set<std::string>* unending_words_;
  const std::vector<std::string>* dated_discards_;
  const text::Lemmatizer* lemmatizer_;
  // Patterns by the first word of their verb, most words first.
  std::unordered_map<std::string, std::vector<uint32_t>> by_head_;
};

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PEER_CODER_H_
