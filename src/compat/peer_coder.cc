#include "compat/peer_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "compat/compound_phrases.h"
#include "compat/forward_memory.h"
#include "compat/petrarch_comma_clauses.h"
#include "compat/tabari_comma_clauses.h"
#include "dict/line_parser.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "when/civil_date.h"

namespace khaldun::compat {
namespace {

struct Actor {
  uint32_t begin, end;
  std::string code;
  int group;
  std::string agent_of;  // "GOV" for "the ambassadors of Arnor": shared with its compound
  std::string base;      // the actor's own code, without agents ("" for a lone agent)
  // PETRARCH: "DNK" for "Danish media" (DNKMED): an actor an agent after it
  // joined, which a second agent joined by "and" takes too.
  std::string agent_base;
};

struct Sentence {
  std::vector<text::Token> tokens;
  std::vector<dict::TokenKeys> keys;
  std::vector<Actor> actors;
  std::vector<int> actor_at;  // token -> actor index, or -1
};

bool WordIs(const text::Token& t, std::string_view w) {
  return t.lower == w || t.verb == w || t.noun == w;
}

// The peers' regular verb endings: a root matches its stem plus one of these
// ("RESTOR" matches "restore", "restored", "restoring").
constexpr std::string_view kVerbEndings[] = {"", "s", "es", "ed", "d", "ing", "e"};

// `english_es`: PETRARCH generates "-es" forms only where English spells
// them; TABARI takes any root + "es". `stem`: a TABARI root without a
// closing '_' begins any word ("RESUM" matches "resumption").
// `tabari`: TABARI's endings, with "-en" and none after a word closed by
// '=' (`unending`).
bool VerbIs(const text::Token& t, std::string_view head, bool english_es, bool stem,
            bool tabari = false, bool unending = false) {
  if (tabari && unending) return t.lower == head;
  const bool prefix =
      t.lower.size() > head.size() && t.lower.compare(0, head.size(), head) == 0 && !head.empty();
  std::string_view rest = prefix ? std::string_view(t.lower).substr(head.size()) : "";
  // "-es" only where English spells it: after s, x, z, ch, sh, o
  // ("departes" is no form of DEPART, whatever the lemmatizer makes of it).
  if (english_es && rest == "es")
    return std::string_view("sxzho").find(head.back()) != std::string_view::npos;
  if (WordIs(t, head)) return true;
  if (!prefix) return false;
  if (stem || (tabari && rest == "en")) return true;
  for (std::string_view e : kVerbEndings)
    if (rest == e) return true;
  return false;
}

std::vector<std::string> Split(const std::string& choice) {
  std::vector<std::string> words;
  for (std::string_view word : dict::SplitWords(choice, " ")) words.emplace_back(word);
  return words;
}

// How pattern words match: by their lemmas too (TABARI's words without its
// settings), as written (PETRARCH), or TABARI's way: words closed by '_' as
// written, open ones (marked "noted*" by the converter) as stems.
enum class WordMatch { kLemma, kExact, kTabari };

WordMatch WordMatchOf(const PeerSettings& settings) {
  if (settings.open_word_stems) return WordMatch::kTabari;
  return settings.exact_pattern_words ? WordMatch::kExact : WordMatch::kLemma;
}

// How many tokens from `at` spell the pattern word: 1, or 2 for a
// contraction the tokenizer splits ("didn't" is "did" + "n't"), else 0.
uint32_t TokensFor(const Sentence& s, uint32_t at, const std::string& pattern_word,
                   WordMatch mode) {
  // TABARI "REAL~": a stem, matching "real" and "really"; "real*": an open
  // word, a stem under TABARI's settings.
  const char mark = pattern_word.size() > 1 ? pattern_word.back() : 0;
  const bool stem = mark == '~' || (mark == '*' && mode == WordMatch::kTabari);
  const std::string w =
      mark == '~' || mark == '*' ? pattern_word.substr(0, pattern_word.size() - 1) : pattern_word;
  const text::Token& t = s.tokens[at];
  if (mode == WordMatch::kLemma ? WordIs(t, w) : t.lower == w) return 1;
  if (stem && t.lower.compare(0, w.size(), w) == 0) return 1;
  if (at + 1 < s.tokens.size() && s.tokens[at + 1].lower.size() > 1 &&
      s.tokens[at + 1].lower[0] == '\'' && w == t.lower + s.tokens[at + 1].lower)
    return 2;
  if (at + 1 < s.tokens.size() && s.tokens[at + 1].lower == "n't" && w == t.lower + "n't") return 2;
  return 0;
}

// The words of a pattern choice other than its gaps ("*").
int CountWords(const std::vector<std::string>& words) {
  return static_cast<int>(
      std::count_if(words.begin(), words.end(), [](const std::string& w) { return w != "*"; }));
}

// Matches `words` ("*" a gap) forward from token `at`; the end, or nullopt.
std::optional<uint32_t> MatchAt(const Sentence& s, const std::vector<std::string>& words,
                                uint32_t at, WordMatch mode = WordMatch::kLemma) {
  uint32_t pos = at;
  bool gap = false;
  for (const std::string& w : words) {
    if (w == "*") {
      gap = true;
      continue;
    }
    uint32_t used = 0;
    while (pos < s.tokens.size() && (used = TokensFor(s, pos, w, mode)) == 0) {
      if (!gap) return std::nullopt;
      ++pos;
    }
    if (pos >= s.tokens.size()) return std::nullopt;
    pos += used;
    gap = false;
  }
  return pos;
}

// Patterns before the verb's own code; then more words first.
bool MoreSpecific(const PeerPattern& a, const PeerPattern& b) {
  if (a.root != b.root) return b.root;
  return a.words > b.words;
}

// The peers' codes are letters and digits ("064", "1721", "075A"); a code
// with other marks ("023?") is a dictionary typo the peers reject.
bool UsableCode(const std::string& code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

struct Roles {
  int source = -1, target = -1, both = -1;
  int skipped = -1;  // the actor a TABARI '^' passed over, which is no target
  int words = 0;     // text words the pattern's literal words and synset members matched
  // TABARI's length of the match (manual 5.7.1): the letters of its literal
  // words and connecting '_', an alternative by the choice that matched; a
  // synset adds none ("* DOLLAR" is tried before "* &CURRENCY").
  int length = 0;
};

// The letters of a matched choice, without gaps and stem marks.
int ChoiceLength(const std::vector<std::string>& words) {
  int n = 0;
  for (const std::string& w : words)
    if (w != "*") n += static_cast<int>(w.size()) - (w.back() == '*' || w.back() == '~');
  return n;
}

}  // namespace

PeerCoder::PeerCoder(const dict::Dictionary* dictionary, const Conversion* conversion,
                     const text::Lemmatizer* lemmatizer)
    : dictionary_(dictionary),
      patterns_(&conversion->patterns),
      actor_stems_(&conversion->actor_stems),
      compound_codes_(&conversion->compound_codes),
      prefix_agents_(&conversion->prefix_agents),
      exact_agents_(&conversion->exact_agents),
      nouns_(&conversion->nouns),
      adjectives_(&conversion->adjectives),
      gapped_names_(&conversion->gapped_names),
      verb_stems_(&conversion->verb_stems),
      unending_words_(&conversion->unending_words),
      dated_discards_(&conversion->dated_discards),
      lemmatizer_(lemmatizer) {
  const std::vector<PeerPattern>* patterns = patterns_;
  for (uint32_t i = 0; i < patterns->size(); ++i) {
    std::vector<std::string> seen;
    for (const std::string& h : (*patterns)[i].heads) {
      std::string first = h.substr(0, h.find(' '));
      if (std::find(seen.begin(), seen.end(), first) != seen.end()) continue;
      seen.push_back(first);
      by_head_[first].push_back(i);
    }
  }
  for (auto& [head, list] : by_head_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return MoreSpecific((*patterns)[a], (*patterns)[b]);
    });
  }
}

PeerSettings PeerSettings::Petrarch() {
  PeerSettings s;
  s.lone_agent = LoneAgent::kDashes;
  s.agent_over_compound = true;
  s.comma_clauses = true;
  s.petrarch_commas = PetrarchCommaLimits::Petrarch();
  s.compound_target_place = true;
  s.caret_skips_phrase = true;
  s.english_es_forms = true;
  s.modals_are_not_verbs = true;
  s.exact_pattern_words = true;
  s.no_complex_code = true;
  s.longest_match = true;
  return s;
}

bool PeerSettings::Apply(const std::string& command) {
  std::string c;
  for (char ch : command)
    if (ch != ' ' && ch != '\t')
      c += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (c.rfind("SET:CONVERTAGENT=", 0) == 0) {
    lone_agent = c.find("TRUE") != std::string::npos ? LoneAgent::kTilde : LoneAgent::kDrop;
    return true;
  }
  if (tabari_commas.Apply(command)) return true;
  if (c == "SET:CODEBYCLAUSE" || c == "SET:CODEBYSENTENCE" || c == "SET:CODEALL") {
    code_by = c == "SET:CODEALL"          ? CodeBy::kAll
              : c == "SET:CODEBYSENTENCE" ? CodeBy::kSentence
                                          : CodeBy::kClause;
    return true;
  }
  if (c.rfind("FORWARD:", 0) == 0) {
    // "FORWARD: ^^*****NNN*SSS [DOC] [OFF]": the format is the first word.
    std::string words = command.substr(command.find(':') + 1);
    size_t start = words.find_first_not_of(" \t");
    size_t end = start == std::string::npos ? start : words.find_first_of(" \t", start);
    forward = start == std::string::npos ? "" : words.substr(start, end - start);
    if (c.size() >= 3 && c.compare(c.size() - 3, 3, "OFF") == 0) forward.clear();
    return true;
  }
  if (c.rfind("SET:MINIMUMWORDS=", 0) == 0) {
    minimum_words = std::atoi(c.c_str() + 17);
    return true;
  }
  if (c.rfind("REQUIRE_DYAD=", 0) == 0) {
    require_dyad = c.find("FALSE") == std::string::npos;
    return true;
  }
  if (c.rfind("COMMA_", 0) == 0 && c.find('=') != std::string::npos) {
    size_t eq = c.find('=');
    return petrarch_commas.Apply(c.substr(0, eq), std::atoi(c.c_str() + eq + 1));
  }
  if (c.rfind("COMPLEX:", 0) == 0) {
    auto number_after = [&](const char* key) {
      size_t at = c.find(key);
      return at == std::string::npos ? 0 : std::atoi(c.c_str() + at + std::strlen(key));
    };
    complex_verbs = number_after("VERBS[");
    complex_conjunctions = number_after("CONJ[");
    no_actor_prior = c.find("NOACTPRIOR") != std::string::npos;
    return true;
  }
  if (c == "DEFAULT:OFF") {
    default_source.clear();
    default_target.clear();
    default_source_prior = default_target_after = false;
    return true;
  }
  if (c.rfind("DEFAULT:", 0) == 0) {
    auto code_after = [&](const char* key) {
      size_t at = c.find(key);
      if (at == std::string::npos) return std::string();
      size_t open = c.find('[', at), close = c.find(']', at);
      if (open == std::string::npos || close == std::string::npos || close < open)
        return std::string();
      return c.substr(open + 1, close - open - 1);
    };
    default_source = code_after("SOURCE");
    default_target = code_after("TARGET");
    size_t target_at = c.find("TARGET");
    default_source_prior = c.find("PRIOR") < target_at;
    default_target_after =
        target_at != std::string::npos && c.find("AFTER", target_at) != std::string::npos;
    return true;
  }
  return false;
}

PeerSettings TabariSettings() {
  PeerSettings s;
  s.minimum_words = 8;
  s.tabari_commas.on = true;
  s.clause_subjects = true;
  s.pronouns = true;
  s.lower_all_caps = true;
  s.skip_null_actors = true;
  s.hyphen_prefixes = true;
  s.compound_modifiers_only = true;
  s.verb_stems = true;
  s.dominant_codes = true;
  s.agent_before_actor = true;
  s.tabari_endings = true;
  s.open_word_stems = true;
  s.length_order = true;
  s.dated_discards = true;
  return s;
}

namespace {

bool IsAnd(const text::Token& t) { return t.lower == "and" || t.lower == ","; }

// "urged", "said": a verb form other than its lemma, which no modifier
// inside a compound ("the evil awful Gondor") is.
bool InflectedVerb(const text::Token& t) {
  return t.kind == text::TokenKind::kWord && !t.verb.empty() && t.verb != t.lower;
}

// Words that open a clause or a phrase of their own, never a modifier
// between the members of a compound.
bool IsClauseWord(const std::string& w) {
  static const std::set<std::string> kWords = {"that", "which", "who",  "whom", "whose", "to",
                                               "of",   "in",    "on",   "at",   "by",    "for",
                                               "with", "from",  "said", "says", "but",   "or"};
  return kWords.count(w) != 0;
}

// Actors and agents, longest phrase first; an agent takes the country of an
// actor just before it ("Gondor's Prime Minister", "the Calenardhon
// government") or after "of" ("the president of Gondor"), else "---".
// An actor's code with an agent's: "GON" + "GOV" -> "GONGOV"; an actor
// whose code already holds the agent keeps it ("USAGOV" + "GOV").
// An agent's code without the prefix mark.
std::string Bare(const std::string& agent) {
  return !agent.empty() && agent[0] == '<' ? agent.substr(1) : agent;
}

// A prefix agent ([NGM~]) marked with a leading '<' goes in front: "NGMARN".
std::string WithAgent(const std::string& actor, const std::string& agent) {
  if (!agent.empty() && agent[0] == '<') return agent.substr(1) + actor;
  if (actor.size() > 3 && actor.find(agent, 3) != std::string::npos) return actor;
  return actor + agent;
}

// False when `entry` takes only the forms written in its file ("POLICE
// {}") and tokens [at, at + len) are another form ("polices").
bool WrittenForm(const dict::Entry& entry, const std::set<std::string>& exact,
                 const std::vector<text::Token>& tokens, uint32_t at, uint32_t len) {
  if (exact.count(entry.Where()) == 0) return true;
  std::string words = " " + entry.phrases + " ";
  for (char& c : words)
    c = c == '|' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (uint32_t k = at; k < at + len; ++k)
    if (words.find(" " + tokens[k].lower + " ") == std::string::npos) return false;
  return true;
}

// The conversion's lists that FindActors reads besides the dictionary.
struct ActorLists {
  const std::map<std::string, std::vector<std::string>>* compounds;  // [A/B], long codes
  const std::vector<GappedName>* gapped;                             // TABARI phrases with gaps
  const std::set<std::string>* prefix_agents;                        // [NGO~]
  const std::set<std::string>* exact_agents;                         // PETRARCH {PLURALS}
};

void FindActors(const dict::Dictionary& d, const when::CivilDate& date,
                const PeerSettings& settings, const ActorLists& lists, Sentence* s) {
  const std::map<std::string, std::vector<std::string>>& compounds = *lists.compounds;
  const std::vector<GappedName>& gapped = *lists.gapped;
  const std::set<std::string>& prefix_agents = *lists.prefix_agents;
  const std::set<std::string>& exact_agents = *lists.exact_agents;
  struct Found {
    uint32_t begin, end;
    std::string code;
    bool agent;
    std::string base = "";  // an actor's own code, before a prefix agent joined it
  };
  std::vector<Found> found;
  const uint32_t n = static_cast<uint32_t>(s->tokens.size());
  for (uint32_t i = 0; i < n;) {
    std::vector<dict::PhraseMatch> names = d.MatchPhrases(dict::Family::kName, s->keys, i);
    std::vector<dict::PhraseMatch> agents = d.MatchPhrases(dict::Family::kAgent, s->keys, i);
    uint32_t name_len = names.empty() ? 0 : names.back().length;
    uint32_t agent_len = agents.empty() ? 0 : agents.back().length;
    if (agent_len > 0 && !WrittenForm(d.entry(agents.back().entries->front()), exact_agents,
                                      s->tokens, i, agent_len))
      agent_len = 0;
    if (name_len > 0 && name_len >= agent_len) {
      const dict::Entry& e = d.entry(names.back().entries->front());
      std::string code(e.CodeOn(date));
      auto compound = compounds.find(e.Where());
      if (!code.empty() && compound != compounds.end()) {
        for (const std::string& c : compound->second) found.push_back({i, i + name_len, c, false});
        i += name_len;
        continue;
      }
      if (!code.empty()) {
        found.push_back({i, i + name_len, code, false});
        i += name_len;
        continue;
      }
    }
    if (agent_len > 0) {
      const dict::Entry& e = d.entry(agents.back().entries->front());
      bool prefix = prefix_agents.count(e.Where()) != 0;
      found.push_back({i, i + agent_len, (prefix ? "<" : "") + e.codes[0].code, true});
      i += agent_len;
      continue;
    }
    ++i;
  }
  // TABARI phrases with gaps ("the Prince of Dol Amroth"): the actor stands
  // at its first part; the words of the later parts are used up.
  if (!gapped.empty()) {
    std::vector<std::string> words;
    for (const text::Token& t : s->tokens) words.push_back(t.lower);
    const std::vector<bool> no_stops(n, false);
    for (const GappedName& g : gapped) {
      for (uint32_t i = 0; i < n; ++i) {
        std::vector<uint32_t> at = MatchGappedName(g, words, no_stops, i, n);
        if (at.empty() || at.back() - at.front() + 1 == at.size()) continue;  // none, or contiguous
        std::vector<dict::TokenKeys> keys;
        for (uint32_t t : at) keys.push_back(s->keys[t]);
        std::vector<dict::PhraseMatch> names = d.MatchPhrases(dict::Family::kName, keys, 0);
        if (names.empty() || names.back().length != keys.size()) continue;
        const dict::Entry& e = d.entry(names.back().entries->front());
        std::string code(e.CodeOn(date));
        auto compound = compounds.find(e.Where());
        if (!code.empty() && compound != compounds.end()) code = compound->second.front();
        if (code.empty()) continue;
        std::erase_if(found, [&](const Found& f) {
          for (uint32_t t : at)
            if (t >= f.begin && t < f.end) return true;
          return false;
        });
        found.push_back(
            {at.front(), at.front() + static_cast<uint32_t>(g.parts[0].size()), code, false});
        break;
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Found& a, const Found& b) { return a.begin < b.begin; });
  }
  // A prefix agent ([NGO~], marked '<') right before an actor joins it:
  // "MSF Arnor" -> NGOARN, in both peers. An actor whose code holds the
  // agent already keeps it ("activists Amnesty" with Amnesty NGM).
  for (size_t k = 0; k + 1 < found.size(); ++k) {
    if (found[k].agent && found[k].code[0] == '<' && !found[k + 1].agent &&
        found[k + 1].begin == found[k].end) {
      Found& actor = found[k + 1];
      actor.begin = found[k].begin;
      if (actor.base.empty()) actor.base = actor.code;
      if (actor.code.find(Bare(found[k].code)) == std::string::npos)
        actor.code = WithAgent(actor.code, found[k].code);
      found.erase(found.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
  std::vector<Actor> actors;
  for (size_t k = 0; k < found.size(); ++k) {
    const Found& f = found[k];
    if (!f.agent) {
      // An agent within a few words after the actor, nothing but modifiers
      // between: "Gondor's minister"; for PETRARCH also "Ithilen's awful and
      // evil minister", "Dagolath's first Deputy Prime Minister".
      const bool wide = settings.agent_over_compound;
      if (k + 1 < found.size() && found[k + 1].agent &&
          found[k + 1].begin - f.end <= (wide ? 4u : 1u)) {
        bool clean = true;
        for (uint32_t t = f.end; t < found[k + 1].begin; ++t)
          clean &= s->tokens[t].kind == text::TokenKind::kPossessive ||
                   (wide && t > f.end && s->tokens[f.end].kind == text::TokenKind::kPossessive &&
                    s->tokens[t].kind == text::TokenKind::kWord && !InflectedVerb(s->tokens[t]));
        if (clean) {
          actors.push_back({f.begin, found[k + 1].end, WithAgent(f.code, found[k + 1].code), -1, "",
                            f.code, f.code});
          ++k;
          continue;
        }
      }
      actors.push_back({f.begin, f.end, f.code, -1, "", f.base.empty() ? f.code : f.base, ""});
      continue;
    }
    // "AGENT of ACTOR", "soldiers from Gondor", "lawmakers in Fornost"
    auto of_actor = [&](size_t j) {
      return j + 1 < found.size() && found[j].agent && !found[j + 1].agent &&
             found[j + 1].begin == found[j].end + 1 &&
             (s->tokens[found[j].end].lower == "of" || s->tokens[found[j].end].lower == "from" ||
              s->tokens[found[j].end].lower == "in");
    };
    if (of_actor(k)) {
      actors.push_back({f.begin, found[k + 1].end, WithAgent(found[k + 1].code, f.code), -1, f.code,
                        found[k + 1].code, ""});
      ++k;
      continue;
    }
    // TABARI: "minister Calimehtar": an agent right before an actor.
    if (settings.agent_before_actor && k + 1 < found.size() && !found[k + 1].agent &&
        found[k + 1].begin == f.end) {
      const std::string& code = found[k + 1].code;
      actors.push_back(
          {f.begin, found[k + 1].end,
           code.find(Bare(f.code)) == std::string::npos ? WithAgent(code, f.code) : code, -1, "",
           code, ""});
      ++k;
      continue;
    }
    if (settings.agent_over_compound && f.end < n && s->tokens[f.end].lower == "and") {
      // PETRARCH: "lawmakers and officials in Fornost": both agents go to
      // the actor (and, through the compound, to its partners).
      if (k + 1 < found.size() && found[k + 1].begin == f.end + 1 && of_actor(k + 1)) {
        actors.push_back(
            {f.begin, f.end, WithAgent(found[k + 2].code, f.code), -1, f.code, f.code, ""});
        continue;
      }
    }
    if (settings.agent_over_compound && f.begin >= 2 && s->tokens[f.begin - 1].lower == "and" &&
        !actors.empty() && actors.back().end == f.begin - 1 && !actors.back().agent_base.empty() &&
        !(actors.back().begin > 0 && s->tokens[actors.back().begin - 1].lower == "the")) {
      // PETRARCH: "Danish media and government": the adjective before the
      // first agent goes to the second too. After "the" its parser closes
      // the phrase at the first noun ("the Danish media"), and does not.
      actors.push_back(
          {f.begin, f.end, WithAgent(actors.back().agent_base, f.code), -1, "", "", ""});
      continue;
    }
    if (settings.lone_agent == PeerSettings::LoneAgent::kDrop) continue;
    actors.push_back(
        {f.begin, f.end,
         (settings.lone_agent == PeerSettings::LoneAgent::kTilde ? "~" : "---") + Bare(f.code), -1,
         "", "", ""});
  }
  // Compounds: actors separated by "and", "nor" or commas, then at most
  // three lower-case modifiers ("Fornost and the evil awful Gondor").
  int group = 0;
  for (size_t k = 0; k < actors.size(); ++k) {
    bool joined = false;
    if (k > 0) {
      uint32_t from = actors[k - 1].end, to = actors[k].begin;
      uint32_t t = std::min(from, to);
      while (t < to && t < from + 2 && (IsAnd(s->tokens[t]) || s->tokens[t].lower == "nor")) ++t;
      joined = (t > from && to - t <= 3) || actors[k].begin == actors[k - 1].begin;
      bool comma_only = t > from;
      for (uint32_t c = from; c < t; ++c) comma_only &= s->tokens[c].lower == ",";
      for (; t < to && joined; ++t)
        joined = s->tokens[t].kind == text::TokenKind::kWord && !s->tokens[t].capitalized &&
                 !IsAnd(s->tokens[t]) && !InflectedVerb(s->tokens[t]);
      // "Gondor, a senior Bree official said": after a bare comma, an actor
      // with a verb right after it is the subject of a clause of its own.
      if (joined && comma_only && actors[k].end < n && InflectedVerb(s->tokens[actors[k].end]))
        joined = false;
      // TABARI: "Mordor, that Calimehtar ..." starts a clause, not a list.
      for (t = from; t < to && joined && settings.compound_modifiers_only; ++t)
        joined = !IsClauseWord(s->tokens[t].lower);
      // PETRARCH: "Ithilen's sheep and goats of Gondor": two noun phrases,
      // each holding an actor, joined by "and" are a compound too.
      if (!joined && settings.agent_over_compound && from < to && to - from <= 7 &&
          s->tokens[from].kind == text::TokenKind::kPossessive &&
          (s->tokens[to - 1].lower == "of" || s->tokens[to - 1].lower == "from" ||
           s->tokens[to - 1].lower == "in")) {
        int ands = 0;
        bool plain = true;
        for (uint32_t w = from + 1; w + 1 < to; ++w) {
          ands += s->tokens[w].lower == "and";
          plain &= s->tokens[w].kind == text::TokenKind::kWord && !s->tokens[w].capitalized &&
                   !InflectedVerb(s->tokens[w]);
        }
        joined = plain && ands == 1;
      }
    }
    actors[k].group = joined ? actors[k - 1].group : group++;
  }
  // PETRARCH: "the ambassadors of Arnor, Osgiliath and Gondor": the agent
  // goes to every member (TABARI gives it to the first only).
  // Only members after the agent's actor take it ("Ithilen and the
  // government of Gondor": Ithilen stays ITH); with two agents a member
  // takes each ("lawmakers and officials in Fornost and Gondor").
  if (settings.agent_over_compound) {
    std::vector<Actor> spread;
    for (const Actor& b : actors) {
      bool took = false;
      for (const Actor& a : actors) {
        if (a.agent_of.empty() || a.group != b.group || a.begin >= b.begin || !b.agent_of.empty() ||
            b.code.size() != 3)
          continue;
        Actor c = b;
        c.code = WithAgent(b.code, a.agent_of);
        spread.push_back(c);
        took = true;
      }
      if (!took) spread.push_back(b);
    }
    actors = std::move(spread);
  }
  // TABARI ignores actors coded null ([---]) in its searches; their words
  // stay used.
  if (settings.skip_null_actors)
    std::erase_if(actors, [](const Actor& a) { return a.code == "---"; });
  s->actors = std::move(actors);
  s->actor_at.assign(n, -1);
  for (size_t k = 0; k < s->actors.size(); ++k)
    for (uint32_t t = s->actors[k].begin; t < s->actors[k].end; ++t)
      s->actor_at[t] = static_cast<int>(k);
}

// PETRARCH: drops the comma-delimited asides `limits` names
// (petrarch_comma_clauses.h); true if any token went, so that the actors
// must be found again.
bool DropPetrarchCommaClauses(const PetrarchCommaLimits& limits,
                              const std::unordered_map<std::string, std::vector<uint32_t>>& by_head,
                              Sentence* s) {
  if (limits.max == 0 && limits.bmax == 0 && limits.emax == 0) return false;
  std::vector<bool> actor(s->tokens.size(), false), verb(s->tokens.size(), false);
  for (size_t i = 0; i < s->tokens.size(); ++i) {
    const text::Token& t = s->tokens[i];
    actor[i] = s->actor_at[i] >= 0;
    verb[i] = !actor[i] && t.kind == text::TokenKind::kWord &&
              (by_head.count(t.lower) != 0 || by_head.count(t.verb) != 0);
  }
  std::vector<bool> drop = PetrarchCommaClausesToDrop(s->tokens, actor, verb, limits);
  size_t kept = 0;
  for (size_t i = 0; i < drop.size(); ++i) {
    if (drop[i]) continue;
    s->tokens[kept] = s->tokens[i];
    s->keys[kept] = s->keys[i];
    ++kept;
  }
  if (kept == s->tokens.size()) return false;
  s->tokens.resize(kept);
  s->keys.resize(kept);
  return true;
}

// Rebuilds `s->actor_at` after its actors changed.
void IndexActors(Sentence* s) {
  s->actor_at.assign(s->tokens.size(), -1);
  for (size_t k = s->actors.size(); k-- > 0;)
    for (uint32_t t = s->actors[k].begin; t < s->actors[k].end; ++t)
      s->actor_at[t] = static_cast<int>(k);
}

// The conjunction at `i` joins two members of a compound actor.
bool JoinsCompound(const Sentence& s, uint32_t i) {
  int a = -1, b = -1;
  for (size_t k = 0; k < s.actors.size(); ++k) {
    if (s.actors[k].end <= i) a = static_cast<int>(k);
    if (s.actors[k].begin > i && b < 0) b = static_cast<int>(k);
  }
  return a >= 0 && b >= 0 && s.actors[a].group == s.actors[b].group && s.actors[a].end + 1 >= i;
}

// TABARI (tabari_comma_clauses.h): drops comma-delimited clauses, then
// finds the actors of what is left.
void DropTabariCommaClauses(const dict::Dictionary& d, const when::CivilDate& date,
                            const PeerSettings& settings, const ActorLists& lists, Sentence* s) {
  std::vector<TabariCommaToken> marks(s->tokens.size());
  for (uint32_t i = 0; i < s->tokens.size(); ++i) {
    const text::Token& t = s->tokens[i];
    marks[i].counts = t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber;
    marks[i].comma = t.lower == "," && !JoinsCompound(*s, i);
  }
  const std::string last = s->tokens.empty() ? std::string() : s->tokens.back().lower;
  bool closed = last == "." || last == "!" || last == "?";
  std::vector<bool> drop = TabariCommaClausesToDrop(marks, settings.tabari_commas, closed);
  if (std::find(drop.begin(), drop.end(), true) == drop.end()) return;
  // A dropped clause leaves a mark that neither joins a compound nor lets an
  // agent reach across it ("Dagolath, its biggest partner, officials said").
  Sentence kept;
  for (size_t i = 0; i < drop.size(); ++i) {
    if (drop[i]) {
      if (i > 0 && !drop[i - 1] && i + 1 < drop.size()) {
        kept.tokens.push_back(s->tokens[i]);
        kept.tokens.back().lower = kept.tokens.back().surface = "|";
        kept.keys.push_back(s->keys[i]);
      }
      continue;
    }
    kept.tokens.push_back(s->tokens[i]);
    kept.keys.push_back(s->keys[i]);
  }
  FindActors(d, date, settings, lists, &kept);
  *s = std::move(kept);
}

// TABARI's pronouns (forward_memory.h) become copies of the actors they
// stand for; a pronoun before any actor takes `forwarded`, if any.
void ResolvePronouns(const std::string& forwarded, Sentence* s) {
  std::vector<Actor> added;
  int group = 0;
  for (const Actor& a : s->actors) group = std::max(group, a.group + 1);
  for (uint32_t i = 0; i < s->tokens.size(); ++i) {
    if (s->actor_at[i] >= 0) continue;
    PronounKind kind = PronounOf(s->tokens[i].lower);
    if (kind == PronounKind::kNone) continue;
    int ref = -1;
    for (size_t k = 0; k < s->actors.size(); ++k) {
      if (s->actors[k].end > i) break;
      if (ref < 0) ref = static_cast<int>(k);
    }
    if (ref < 0) {
      if (!forwarded.empty()) added.push_back({i, i + 1, forwarded, group++, "", "", ""});
      continue;
    }
    if (kind == PronounKind::kPlural) {
      for (size_t k = 0; k < s->actors.size(); ++k) {
        int size = 0;
        for (const Actor& b : s->actors) size += b.group == s->actors[k].group;
        if (size > 1) {
          ref = static_cast<int>(k);
          break;
        }
      }
    }
    for (const Actor& b : s->actors)
      if (b.group == s->actors[ref].group &&
          (kind == PronounKind::kPlural || &b == &s->actors[ref]))
        added.push_back({i, i + 1, b.code, group, "", "", ""});
    ++group;
  }
  if (added.empty()) return;
  for (Actor& a : added) s->actors.push_back(std::move(a));
  std::stable_sort(s->actors.begin(), s->actors.end(),
                   [](const Actor& a, const Actor& b) { return a.begin < b.begin; });
  IndexActors(s);
}

bool IsAllCaps(const std::string& text) {
  bool upper = false;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    upper |= std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return upper;
}

// The first actor starting at or after `at` (exactly at `at` when adjacent).
int ActorFrom(const Sentence& s, uint32_t at, bool adjacent) {
  for (size_t k = 0; k < s.actors.size(); ++k) {
    if (s.actors[k].begin == at || (!adjacent && s.actors[k].begin > at))
      return static_cast<int>(k);
  }
  return -1;
}
// The last actor ending at or before `end` (exactly there when adjacent).
int ActorUntil(const Sentence& s, uint32_t end, bool adjacent) {
  for (size_t k = s.actors.size(); k-- > 0;) {
    if (s.actors[k].end == end || (!adjacent && s.actors[k].end < end)) return static_cast<int>(k);
  }
  return -1;
}

void Assign(char marker, int actor, Roles* roles) {
  if (marker == '$') roles->source = actor;
  if (marker == '+') roles->target = actor;
  if (marker == '%') roles->both = actor;
  if (marker == '^') roles->skipped = actor;
}

// The end of the noun phrase at `at` for PETRARCH's '^': its determiners,
// then an actor, or else one word ("their populations about" skips
// "populations"); nullopt at a preposition, punctuation or the end, where
// '^' skips the next actor as in TABARI.
std::optional<uint32_t> SkipNounPhrase(const Sentence& s, uint32_t at) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  while (at < n && s.actor_at[at] < 0 &&
         (s.tokens[at].lower == "the" || s.tokens[at].lower == "a" || s.tokens[at].lower == "an"))
    ++at;
  if (at >= n) return std::nullopt;
  int a = s.actor_at[at];
  if (a >= 0 && s.actors[a].begin == at) return s.actors[a].end;
  const std::string& w = s.tokens[at].lower;
  if (s.tokens[at].kind != text::TokenKind::kWord || w == "with" || w == "at" || w == "in" ||
      w == "of" || w == "to" || w == "for" || w == "from" || w == "by" || w == "on")
    return std::nullopt;  // a preposition: no noun phrase here
  return at + 1;
}

// Matches the pattern's slots around the verb at tokens [verb, verb_end).
// `phrase_skip`: PETRARCH's '^' skips a noun phrase, an actor or not;
// `exact`: pattern words match as written.
bool MatchPattern(const Sentence& s, const PeerPattern& p, uint32_t verb, uint32_t verb_end,
                  bool phrase_skip, WordMatch mode, Roles* roles) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  uint32_t cursor = verb_end;
  for (const PeerSlot& slot : p.after) {
    if (slot.verb) return false;
    if (slot.marker == '^' && phrase_skip) {
      if (std::optional<uint32_t> end = SkipNounPhrase(s, cursor)) {
        cursor = *end;
        continue;
      }
    }
    if (slot.marker != 0) {
      int a = ActorFrom(s, cursor, slot.adjacent);
      if (a < 0) return false;
      Assign(slot.marker, a, roles);
      cursor = s.actors[a].end;
      continue;
    }
    std::optional<uint32_t> end;
    int used = 0, length = 0;
    for (uint32_t at = cursor; at < n && !end; ++at) {
      for (const std::string& choice : slot.choices) {
        std::vector<std::string> words = Split(choice);
        std::optional<uint32_t> e = MatchAt(s, words, at, mode);
        if (e && (!end || *e > *end || (*e == *end && CountWords(words) > used))) {
          end = e;
          used = CountWords(words);
          length = ChoiceLength(words);
        }
      }
      if (slot.adjacent) break;
    }
    if (!end) return false;
    cursor = *end;
    roles->words += used;
    roles->length += (slot.synset ? 0 : length) + (slot.adjacent ? 1 : 0);
  }
  uint32_t limit = verb;  // matches must end at or before this token
  for (size_t k = p.before.size(); k-- > 0;) {
    const PeerSlot& slot = p.before[k];
    bool adjacent = k + 1 < p.before.size() ? p.before[k + 1].adjacent : p.verb_adjacent;
    if (slot.marker != 0) {
      int a = ActorUntil(s, limit, adjacent);
      if (a < 0) return false;
      Assign(slot.marker, a, roles);
      limit = s.actors[a].begin;
      continue;
    }
    std::optional<uint32_t> start;
    int used = 0, length = 0;
    for (uint32_t at = limit; at-- > 0 && !start;) {
      for (const std::string& choice : slot.choices) {
        std::vector<std::string> words = Split(choice);
        std::optional<uint32_t> e = MatchAt(s, words, at, mode);
        if (e && (adjacent ? *e == limit : *e <= limit)) {
          start = at;
          used = std::max(used, CountWords(words));
          length = std::max(length, ChoiceLength(words));
        }
      }
      if (adjacent && !start && at + 3 < limit) break;  // a short choice must end at the limit
    }
    if (!start) return false;
    limit = *start;
    roles->words += used;
    roles->length += (slot.synset ? 0 : length) + (adjacent ? 1 : 0);
  }
  return true;
}

std::vector<int> GroupOf(const Sentence& s, int actor) {
  std::vector<int> members;
  for (size_t k = 0; k < s.actors.size(); ++k)
    if (s.actors[k].group == s.actors[actor].group) members.push_back(static_cast<int>(k));
  return members;
}

bool IsModal(const text::Token& t) {
  for (std::string_view m :
       {"should", "would", "could", "may", "might", "must", "will", "can", "shall"})
    if (t.lower == m) return true;
  return false;
}

// PETRARCH codes a verb without a target actor ("---") only when a noun
// phrase follows it in its clause ("said on Saturday", not "said today").
bool HasObject(const Sentence& s, uint32_t verb_end) {
  for (uint32_t k = verb_end; k < s.tokens.size(); ++k) {
    const text::Token& t = s.tokens[k];
    if (t.kind == text::TokenKind::kPunct) return false;
    if (t.lower != "today" && t.lower != "yesterday" && t.lower != "tonight" && t.lower != "now")
      return true;
  }
  return false;
}

// "was attacked by X": a form of "be" just before the verb, "by" and an
// actor after it. Returns that actor, or -1.
int PassiveAgent(const Sentence& s, uint32_t verb, uint32_t verb_end) {
  bool be = false;
  for (uint32_t k = verb >= 2 ? verb - 2 : 0; k < verb; ++k) {
    const std::string& w = s.tokens[k].lower;
    be |= w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" ||
          w == "being";
  }
  if (!be) return -1;
  for (uint32_t k = verb_end; k < s.tokens.size() && k < verb_end + 4; ++k) {
    if (s.tokens[k].lower != "by") continue;
    int a = ActorFrom(s, k + 1, false);
    return a >= 0 && s.actors[a].begin <= k + 3 ? a : -1;
  }
  return -1;
}

}  // namespace

std::vector<ExpectedEvent> PeerCoder::Code(const std::string& raw, const std::string& date,
                                           const PeerSettings& settings, ForwardMemory* memory,
                                           const std::string& record_id) const {
  // The peers' texts may join a name with '_' as their dictionaries do
  // ("Dol_Amroth"); read it as a blank (same length, so offsets hold).
  std::string text = raw;
  std::replace(text.begin(), text.end(), '_', ' ');
  if (settings.lower_all_caps && IsAllCaps(text))
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // FORWARD: the actor this record receives, and the one it passes on.
  std::string forwarded = memory != nullptr ? memory->Begin(settings.forward, record_id) : "";
  std::string own_actor;
  struct PassOn {
    ForwardMemory* memory;
    const std::string* actor;
    ~PassOn() {
      if (memory != nullptr) memory->End(*actor);
    }
  } pass_on{memory, &own_actor};
  std::vector<ExpectedEvent> events;
  if (settings.minimum_words > 0) {
    int words = 0;
    for (const text::Span& span : text::SplitSentences(text))
      for (const text::Token& t : text::Tokenize(text, span, lemmatizer_))
        words += t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber;
    if (words < settings.minimum_words) return {};
  }
  auto emit = [&](const std::string& source, const std::string& target, const std::string& code) {
    if (source == target) return;
    ExpectedEvent e{source, target, code};
    for (const ExpectedEvent& x : events)
      if (x.source == source && x.target == target && x.code == code) return;
    events.push_back(e);
  };
  when::CivilDate day = when::CivilDate::Parse(date).value_or(when::CivilDate{2000, 1, 1});
  for (const text::Span& span : text::SplitSentences(text)) {
    Sentence s;
    s.tokens = text::Tokenize(text, span, lemmatizer_);
    if (settings.hyphen_prefixes) {
      // TABARI: "anti- Gondor": a word, a hyphen, then a blank is one word
      // "anti-", as its patterns spell it.
      for (size_t k = 0; k + 1 < s.tokens.size(); ++k) {
        text::Token& w = s.tokens[k];
        const text::Token& h = s.tokens[k + 1];
        if (w.kind != text::TokenKind::kWord || h.surface != "-" || h.span.begin != w.span.end ||
            h.span.end >= text.size() || text[h.span.end] != ' ')
          continue;
        w.surface += "-";
        w.lower += "-";
        w.verb = w.noun = w.lower;
        w.span.end = h.span.end;
        s.tokens.erase(s.tokens.begin() + static_cast<std::ptrdiff_t>(k) + 1);
      }
    }
    for (const text::Token& t : s.tokens) {
      dict::TokenKeys keys = dictionary_->KeysOf(t);
      // TABARI "MOUSE=": "mouses" is no form of it.
      if (settings.tabari_endings && t.noun != t.lower && unending_words_->count(t.noun) != 0)
        keys.noun = dict::kNoWord;
      if (keys.lower == dict::kNoWord && keys.noun == dict::kNoWord) {
        // An unknown word may extend an actor stem: "Eriadori" from ERIADOR.
        for (size_t len = t.lower.size() - 1; len >= 3 && len < t.lower.size(); --len) {
          std::string stem = t.lower.substr(0, len);
          if (actor_stems_->count(stem) != 0) {
            keys.lower = keys.noun = dictionary_->WordId(stem);
            break;
          }
        }
      }
      s.keys.push_back(keys);
    }
    for (uint32_t i = 0; i < s.tokens.size(); ++i)
      if (!dictionary_->MatchPhrases(dict::Family::kDiscard, s.keys, i).empty()) return {};
    const ActorLists lists{compound_codes_, gapped_names_, prefix_agents_, exact_agents_};
    FindActors(*dictionary_, day, settings, lists, &s);
    if (DropPetrarchCommaClauses(settings.petrarch_commas, by_head_, &s))
      FindActors(*dictionary_, day, settings, lists, &s);
    if (settings.tabari_commas.on) DropTabariCommaClauses(*dictionary_, day, settings, lists, &s);
    // TABARI: a dated actor outside its dates, whose other code is [###].
    for (const std::string& phrase : *dated_discards_) {
      const std::vector<std::string> words = Split(phrase);
      for (uint32_t k = 0; settings.dated_discards && k + words.size() <= s.tokens.size(); ++k) {
        bool match = s.actor_at[k] < 0;
        for (size_t w = 0; match && w < words.size(); ++w)
          match = WordIs(s.tokens[k + w], words[w]);
        if (match) return {};
      }
    }
    for (const Actor& a : s.actors)
      if (own_actor.empty() && !a.base.empty()) own_actor = a.base;
    if (settings.pronouns) ResolvePronouns(forwarded, &s);
    forwarded.clear();  // only a record's first sentence receives it
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    if (settings.complex_verbs > 0 || settings.complex_conjunctions > 0) {
      int verbs = 0, conjunctions = 0;
      for (uint32_t i = 0; i < n; ++i) {
        const text::Token& t = s.tokens[i];
        conjunctions += t.lower == "and" || t.lower == "but" || t.lower == "or";
        if (s.actor_at[i] < 0 && t.kind == text::TokenKind::kWord &&
            (by_head_.count(t.lower) != 0 || by_head_.count(t.verb) != 0))
          ++verbs;
      }
      if ((settings.complex_verbs > 0 && verbs > settings.complex_verbs) ||
          (settings.complex_conjunctions > 0 && conjunctions > settings.complex_conjunctions))
        return {};
    }
    std::vector<std::string> words;  // lower case, for compound phrases
    for (const text::Token& w : s.tokens) words.push_back(w.lower);
    bool clause_coded = false;
    bool first_verb_seen = false;  // COMPLEX: NOACTPRIOR
    const size_t sentence_first_event = events.size();
    std::vector<bool> dominant_event;  // by event index from sentence_first_event
    int clause_source = -1;            // the subject of a comma clause
    uint32_t clause_start = 0;         // TABARI: where the current clause begins
    for (uint32_t i = 0; i < n; ++i) {
      const text::Token& t = s.tokens[i];
      if (settings.clause_subjects &&
          (t.lower == "and" || t.lower == "but" || t.lower == "or" || t.lower == "nor")) {
        // TABARI: a conjunction outside compound actors and phrases starts a
        // new clause, which keeps the source unless an actor opens it.
        if (!JoinsCompound(s, i) && !JoinsCompoundPhrase(words, i, *nouns_, *adjectives_)) {
          clause_coded = false;
          if (i + 1 < n && s.actor_at[i + 1] >= 0) clause_source = s.actor_at[i + 1];
          clause_start = i + 1;
        }
        continue;
      }
      if (clause_coded) {
        // A conjunction starts a new clause, unless it joins a compound actor.
        bool in_compound = t.lower == "and" && i > 0 && i + 1 < n && s.actor_at[i - 1] >= 0 &&
                           s.actor_at[i + 1] >= 0;
        if ((t.lower == "and" && !in_compound) || t.lower == "but" || t.lower == ";")
          clause_coded = false;
        // PETRARCH: ", a senior official said": an actor right after a comma,
        // then (the rest of its noun phrase and) its verb, is a clause of its
        // own with that actor as subject.
        if (settings.comma_clauses && t.lower == "," && i + 1 < n) {
          int a = ActorFrom(s, i + 1, false);
          if (a >= 0 && s.actors[a].begin <= i + 4 && s.actors[a].end < n) {
            bool clean = true;
            for (uint32_t k = i + 1; k < s.actors[a].begin; ++k)
              clean &= s.tokens[k].kind == text::TokenKind::kWord;
            // The rest of its noun phrase may come first ("the official news
            // agency WFNA said"): up to three words no pattern knows.
            auto is_verb = [&](const text::Token& w) {
              return by_head_.count(w.lower) != 0 || by_head_.count(w.verb) != 0;
            };
            uint32_t v = s.actors[a].end;
            while (v < n && v < s.actors[a].end + 3 && s.actor_at[v] < 0 &&
                   s.tokens[v].kind == text::TokenKind::kWord && !is_verb(s.tokens[v]))
              ++v;
            if (clean && v < n && is_verb(s.tokens[v])) {
              clause_coded = false;
              clause_source = a;
            }
          }
        }
        continue;
      }
      if (t.kind != text::TokenKind::kWord || s.actor_at[i] >= 0) continue;
      if (t.capitalized && !t.sentence_initial) continue;  // a capitalised verb is a noun
      // PETRARCH's parse tags "should have acted" MD + VB: the modal is no verb.
      if (settings.modals_are_not_verbs && IsModal(t) && i + 1 < n &&
          s.tokens[i + 1].kind == text::TokenKind::kWord && !s.tokens[i + 1].capitalized)
        continue;
      if (i > 0 && (s.tokens[i - 1].lower == "the" || s.tokens[i - 1].lower == "a" ||
                    s.tokens[i - 1].lower == "an"))
        continue;
      // TABARI: "donate's" is a possessive noun, never a verb.
      if (settings.tabari_endings && i + 1 < n && s.tokens[i + 1].lower == "'s" &&
          s.tokens[i + 1].span.begin == t.span.end)
        continue;
      std::vector<uint32_t> list;
      std::vector<std::string> forms = {t.lower, t.verb};
      for (std::string_view e : kVerbEndings) {
        if (!e.empty() && t.lower.size() > e.size() + 2 &&
            t.lower.compare(t.lower.size() - e.size(), e.size(), e) == 0)
          forms.push_back(t.lower.substr(0, t.lower.size() - e.size()));
      }
      if (settings.tabari_endings && t.lower.size() > 4 &&
          t.lower.compare(t.lower.size() - 2, 2, "en") == 0)
        forms.push_back(t.lower.substr(0, t.lower.size() - 2));
      // TABARI stems: a root without a closing '_' begins the word.
      for (size_t len = 3; len < t.lower.size() && settings.verb_stems; ++len)
        if (verb_stems_->count(t.lower.substr(0, len)) != 0)
          forms.push_back(t.lower.substr(0, len));
      for (const std::string& form : forms) {
        auto it = by_head_.find(form);
        if (it == by_head_.end()) continue;
        for (uint32_t id : it->second)
          if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
      }
      std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
        return MoreSpecific((*patterns_)[a], (*patterns_)[b]);
      });
      // The verb itself: one of the pattern's heads, with any further head words.
      auto verb_end_of = [&](const PeerPattern& p) {
        uint32_t verb_end = 0;
        for (const std::string& h : p.heads) {
          std::vector<std::string> words = Split(h);
          if (!VerbIs(t, words[0], settings.english_es_forms,
                      settings.verb_stems && verb_stems_->count(words[0]) != 0,
                      settings.tabari_endings, unending_words_->count(words[0]) != 0))
            continue;
          words.erase(words.begin());
          std::optional<uint32_t> e = MatchAt(s, words, i + 1);
          if (e) verb_end = std::max(verb_end, *e);
        }
        return verb_end;
      };
      // A trial match of pattern `id` at this verb, to order the patterns by
      // what they would match.
      auto trial = [&](uint32_t id, Roles* r) {
        const PeerPattern& p = (*patterns_)[id];
        uint32_t verb_end = verb_end_of(p);
        return verb_end != 0 && MatchPattern(s, p, i, verb_end, settings.caret_skips_phrase,
                                             WordMatchOf(settings), r);
      };
      if (settings.length_order) {
        // TABARI: the longest matching pattern first, by the characters it
        // matched (manual 5.7.1); the verb's own code last.
        std::unordered_map<uint32_t, int> length;
        for (uint32_t id : list) {
          Roles r;
          length[id] = trial(id, &r) ? r.length : -1;
        }
        std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
          const PeerPattern& x = (*patterns_)[a];
          const PeerPattern& y = (*patterns_)[b];
          if (x.root != y.root) return y.root;
          return length[a] > length[b];
        });
      }
      if (settings.longest_match) {
        // PETRARCH: of equally specific patterns, the one matching more
        // words first ("austrian gold florin" over "austrian * florin").
        std::unordered_map<uint32_t, int> span;
        for (uint32_t id : list) {
          Roles r;
          span[id] = trial(id, &r) ? r.words : 0;
        }
        std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
          const PeerPattern& x = (*patterns_)[a];
          const PeerPattern& y = (*patterns_)[b];
          if (MoreSpecific(x, y) || MoreSpecific(y, x)) return MoreSpecific(x, y);
          return span[a] > span[b];
        });
      }
      const size_t coded_before = events.size();
      bool last_dominant = false;
      for (uint32_t id : list) {
        // TABARI dominant codes ([031!]): when one codes, only dominant
        // events of the sentence are kept.
        const PeerPattern& stored = (*patterns_)[id];
        PeerPattern without_mark;
        const bool dominant =
            settings.dominant_codes && stored.code.size() > 1 && stored.code.back() == '!';
        if (dominant) {
          without_mark = stored;
          without_mark.code.pop_back();
        }
        const PeerPattern& p = dominant ? without_mark : stored;
        last_dominant = dominant;  // the pattern that codes ends the loop
        // [:B] (CAMEO 2.0): only the reverse event, target on source.
        bool reversed = p.code.empty() && !p.paired_code.empty();
        if (p.special == PeerPattern::Special::kNone &&
            ((!reversed && !UsableCode(p.code)) ||
             (!p.paired_code.empty() && !UsableCode(p.paired_code))))
          continue;
        uint32_t verb_end = verb_end_of(p);
        if (verb_end == 0) continue;
        Roles roles;
        if (!MatchPattern(s, p, i, verb_end, settings.caret_skips_phrase, WordMatchOf(settings),
                          &roles))
          continue;
        // PETRARCH has no "complex" code: such a pattern is passed over.
        if (p.special == PeerPattern::Special::kComplex && settings.no_complex_code) continue;
        if (settings.clause_subjects && settings.no_actor_prior && !first_verb_seen &&
            p.special != PeerPattern::Special::kNull) {
          // COMPLEX: NOACTPRIOR: no actor before the sentence's first verb
          // (one coded null is none) makes the sentence complex.
          first_verb_seen = true;
          bool prior = false;
          for (const Actor& a : s.actors) prior |= a.end <= i;
          if (!prior) return {};
        }
        if (p.special == PeerPattern::Special::kDiscard ||
            p.special == PeerPattern::Special::kComplex)
          return {};
        if (p.special == PeerPattern::Special::kNull) break;  // not an event verb: go on
        clause_coded = settings.code_by != PeerSettings::CodeBy::kAll;
        if (roles.both >= 0 && settings.compound_target_place && s.actors[roles.both].begin > i) {
          roles.target = roles.both;
          roles.both = -1;
        }
        if (roles.both >= 0) {
          std::vector<int> g = GroupOf(s, roles.both);
          for (int a : g)
            for (int b : g)
              if (a != b) emit(s.actors[a].code, s.actors[b].code, p.code);
          break;
        }
        if (roles.source < 0 && roles.target < 0) {
          int by = PassiveAgent(s, i, verb_end);
          if (by >= 0) {
            roles.source = by;
            for (size_t k = 0; k < s.actors.size() && roles.target < 0; ++k)
              if (s.actors[k].end <= i) roles.target = static_cast<int>(k);
          }
        }
        // PETRARCH: a verb inside a clause opened by a comma, with an actor
        // before it there, takes its source and target from that clause.
        uint32_t target_limit = n;
        size_t clause_begin = 0, clause_end = 0;
        if (settings.comma_clauses && roles.source < 0 && roles.target < 0 &&
            PetrarchCommaClauseAround(s.tokens, i, &clause_begin, &clause_end)) {
          for (size_t k = 0; k < s.actors.size(); ++k)
            if (s.actors[k].begin >= clause_begin && s.actors[k].end <= i)
              roles.source = static_cast<int>(k);
          if (roles.source >= 0) target_limit = static_cast<uint32_t>(clause_end);
        }
        // TABARI: the clause's own first actor before the verb, else the
        // source carried from the clause before.
        for (size_t k = 0; k < s.actors.size() && roles.source < 0 && settings.clause_subjects; ++k)
          if (s.actors[k].begin >= clause_start && s.actors[k].end <= i &&
              static_cast<int>(k) != roles.target)
            roles.source = static_cast<int>(k);
        if (roles.source < 0 && clause_source >= 0 && s.actors[clause_source].end <= i)
          roles.source = clause_source;
        if (roles.source < 0) {
          for (size_t k = 0; k < s.actors.size() && roles.source < 0; ++k)
            if (s.actors[k].end <= i && static_cast<int>(k) != roles.target)
              roles.source = static_cast<int>(k);
        }
        const bool tabari = settings.clause_subjects;
        if (roles.source < 0 && roles.target < 0 && tabari && !settings.no_actor_prior &&
            !(settings.default_source_prior && !settings.default_source.empty())) {
          // TABARI is greedy: no actor before the verb, the source comes after it.
          for (size_t k = 0; k < s.actors.size() && roles.source < 0; ++k)
            if (s.actors[k].begin >= verb_end) roles.source = static_cast<int>(k);
        }
        if (roles.source < 0 && roles.target < 0 && tabari && settings.no_actor_prior) {
          clause_coded = false;  // COMPLEX: NOACTPRIOR: no actor before the verb
          break;
        }
        // TABARI compares codes: the target's must differ from the source's.
        // A compound whose first member is refused is refused whole ("them"
        // for the source's own compound).
        std::set<int> refused;
        auto other = [&](size_t k) {
          if (tabari && static_cast<int>(k) == roles.skipped) return false;  // '^' skipped it
          if (roles.source < 0) return true;
          if (!tabari) return s.actors[k].group != s.actors[roles.source].group;
          if (refused.count(s.actors[k].group) != 0) return false;
          if (s.actors[k].code != s.actors[roles.source].code) return true;
          if (s.actors[k].group != s.actors[roles.source].group) refused.insert(s.actors[k].group);
          return false;
        };
        if (roles.target < 0) {
          for (size_t k = 0; k < s.actors.size() && roles.target < 0; ++k)
            if (s.actors[k].begin >= verb_end && s.actors[k].begin < target_limit &&
                static_cast<int>(k) != roles.source && other(k))
              roles.target = static_cast<int>(k);
          // TABARI: else (unless a default target stands in) the first actor
          // of the clause before the verb with another code.
          bool default_after = settings.default_target_after && !settings.default_target.empty();
          // Another compound first; a member of the source's own last.
          for (int own = 0; own < 2; ++own)
            for (size_t k = 0; k < s.actors.size() && roles.target < 0 && tabari &&
                               !default_after && roles.source >= 0;
                 ++k)
              if (s.actors[k].end <= i && s.actors[k].begin >= clause_start &&
                  (s.actors[k].group == s.actors[roles.source].group) == (own == 1) && other(k))
                roles.target = static_cast<int>(k);
        }
        std::vector<std::string> sources, targets;
        std::vector<uint32_t> source_at, target_at;  // where each stands
        if (roles.source >= 0) {
          for (int a : GroupOf(s, roles.source)) {
            sources.push_back(s.actors[a].code);
            source_at.push_back(s.actors[a].begin);
          }
        } else if (!settings.default_source.empty()) {
          sources.push_back(settings.default_source);
        }
        if (roles.target >= 0 && settings.clause_subjects && roles.source >= 0 &&
            s.actors[roles.target].group == s.actors[roles.source].group) {
          targets.push_back(
              s.actors[roles.target].code);  // TABARI: one member of the source's compound
        } else if (roles.target >= 0) {
          for (int b : GroupOf(s, roles.target)) {
            targets.push_back(s.actors[b].code);
            target_at.push_back(s.actors[b].begin);
          }
        } else if (!settings.default_target.empty()) {
          targets.push_back(settings.default_target);
        }
        if (targets.empty() && sources.size() > 1 && !p.paired_code.empty()) {
          // "Gondor and Osgiliath renewed ties" [064:064]: the compound acts on itself.
          for (size_t a = 0; a < sources.size(); ++a)
            for (size_t b = a + 1; b < sources.size(); ++b) {
              emit(sources[a], sources[b], p.code);
              emit(sources[b], sources[a], p.paired_code);
            }
          break;
        }
        if (targets.empty() && !sources.empty() && !settings.require_dyad && HasObject(s, verb_end))
          targets.push_back("---");
        if (sources.empty() || targets.empty()) {
          clause_coded = false;  // no dyad: let a later verb code
          break;
        }
        // Actor by actor (a compound-coded actor, [FRO/BIL/SAM], stands at
        // one place), then the codes of each pair, as TABARI writes them.
        auto spans = [](const std::vector<uint32_t>& at, size_t size) {
          std::vector<std::pair<size_t, size_t>> out;
          for (size_t first = 0; first < size;) {
            size_t last = first + 1;
            while (last < size && last < at.size() && at[last] == at[first]) ++last;
            out.push_back({first, last});
            first = last;
          }
          return out;
        };
        for (auto [sa, sb] : spans(source_at, sources.size()))
          for (auto [ta, tb] : spans(target_at, targets.size()))
            for (size_t a = sa; a < sb; ++a)
              for (size_t b = ta; b < tb; ++b) {
                if (!p.code.empty()) emit(sources[a], targets[b], p.code);
                if (!p.paired_code.empty()) emit(targets[b], sources[a], p.paired_code);
              }
        break;
      }
      dominant_event.resize(events.size() - sentence_first_event, false);
      for (size_t k = coded_before; k < events.size() && last_dominant; ++k)
        dominant_event[k - sentence_first_event] = true;
      if (settings.code_by == PeerSettings::CodeBy::kSentence && events.size() > coded_before)
        return events;  // CODE BY SENTENCE: the first event only
    }
    dominant_event.resize(events.size() - sentence_first_event, false);
    if (std::find(dominant_event.begin(), dominant_event.end(), true) != dominant_event.end()) {
      std::vector<ExpectedEvent> kept(
          events.begin(), events.begin() + static_cast<std::ptrdiff_t>(sentence_first_event));
      for (size_t k = 0; k < dominant_event.size(); ++k)
        if (dominant_event[k]) kept.push_back(events[sentence_first_event + k]);
      events = std::move(kept);
    }
  }
  return events;
}

}  // namespace khaldun::compat
