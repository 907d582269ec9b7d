#include "coder/event_finder.h"

#include <algorithm>
#include <optional>

#include "coder/complement_code.h"
#include "coder/word_classes.h"

namespace khaldun::coder {
namespace {

// How many words may stand between an event's last word and its target
// ("launched attacks against southern Lebanon": one, "southern").
constexpr uint32_t kMaxObjectDistance = 4;
// The same for nominal events, whose complements run longer
// ("attacks against civilian regions in southern Lebanon").
constexpr uint32_t kMaxNounObjectDistance = 5;

// How far left of a verb its subject is sought. Real subjects are far
// closer; the bound keeps a pathological one-sentence article linear.
constexpr int kMaxSubjectDistance = 80;

bool IsPunct(const text::Token& t) { return t.kind == text::TokenKind::kPunct; }

class Finder {
 public:
  Finder(const Sentence& s, const std::vector<Mention>& mentions, const dict::Dictionary& d)
      : s_(s),
        mentions_(mentions),
        d_(d),
        n_(static_cast<uint32_t>(s.tokens.size())),
        mention_at_(n_, -1),
        boundary_(n_, false),
        consumed_(n_, false) {
    for (size_t m = 0; m < mentions_.size(); ++m)
      for (uint32_t i = mentions_[m].begin; i < mentions_[m].end && i < n_; ++i)
        mention_at_[i] = static_cast<int>(m);
    for (uint32_t i = 0; i < n_; ++i) {
      const std::string& w = s_.tokens[i].lower;
      boundary_[i] = IsPunct(s_.tokens[i]) && (w == "," || w == ";" || w == ":" || w == "(" ||
                                               w == ")" || w == "\"" || w == "." || w == "?");
    }
  }

  // Visits and meetings at a third place (042, 044): where they happen is
  // whom they are with ("attend a summit in Switzerland"); and protest (14)
  // outside a parliament or near an embassy is protest against it (but
  // protest in Ankara is protest in Turkey).
  enum class PlaceRule { kWhere, kCounterpart, kOutsideIsCounterpart };

  std::vector<FoundEvent> Run() {
    FindVerbEvents();
    FindNounEvents();
    FindVerdictEvents();
    std::stable_sort(events_.begin(), events_.end(),
                     [](const FoundEvent& a, const FoundEvent& b) { return a.anchor < b.anchor; });
    return std::move(events_);
  }

 private:
  const std::string& Lower(uint32_t i) const { return s_.tokens[i].lower; }

  // Whether token `t` is used as a verb here, not as a noun ("the attacks",
  // "Israeli attacks"), an infinitive ("to confront") or a gerund.
  bool IsVerbUse(uint32_t t) const {
    const text::Token& tok = s_.tokens[t];
    if (tok.kind != text::TokenKind::kWord || mention_at_[t] >= 0) return false;
    if (tok.capitalized && !tok.sentence_initial) return false;
    // "air strikes", "missile attacks", "drone strikes": a noun compound.
    if (t > 0 && IsStrikeNoun(tok.noun) &&
        (Lower(t - 1) == "air" || IsStrikeNoun(s_.tokens[t - 1].noun)))
      return false;
    // "arms" is the weapons ("stop arms sales") unless an actor arms someone.
    if (tok.lower == "arms" && (t == 0 || mention_at_[t - 1] < 0)) return false;
    bool gerund = tok.lower.size() > 4 && tok.lower.ends_with("ing");
    if (t > 0) {
      const text::Token& prev = s_.tokens[t - 1];
      if (IsDeterminer(prev.lower) || prev.kind == text::TokenKind::kPossessive ||
          prev.kind == text::TokenKind::kNumber || IsNumberWord(prev.lower))
        return false;
      // An infinitive is no event of its own ("threatened to attack"),
      // except after a verb of trying or going on, which is no event
      // itself: "tried to hack", "continued to shell".
      if (prev.lower == "to") {
        // "prompting Pakistan to expel ...": a causative's object acts.
        bool caused = t >= 3 && mention_at_[t - 2] >= 0 &&
                      mentions_[mention_at_[t - 2]].begin >= 1 &&
                      IsCausative(s_.tokens[mentions_[mention_at_[t - 2]].begin - 1].verb);
        if (!caused && !(t >= 2 && IsCatenative(s_.tokens[t - 2].verb))) return false;
        return !gerund;
      }
      // "the deadly attack", "a new offensive": an adjective between a
      // determiner and the word makes it a noun.
      if (t >= 2 && IsDeterminer(Lower(t - 2)) && IsAdjectiveOnly(prev)) return false;
      // "a car bomb explosion": after a singular noun a verb would take -s
      // ("the group bombs"), so a bare form there is a noun compound.
      if (t >= 2 && IsDeterminer(Lower(t - 2)) && mention_at_[t - 1] < 0 &&
          prev.kind == text::TokenKind::kWord && !prev.capitalized && prev.lower == prev.noun &&
          !prev.lower.ends_with("s") && tok.lower == tok.verb && s_.lemmatizer != nullptr &&
          s_.lemmatizer->IsNoun(prev.noun) && !IsFunctionWord(prev.lower))
        return false;
      // After a nationality adjective a word is a noun ("Israeli attacks"),
      // but a plural demonym is a people who act ("Palestinians blamed").
      int pm = mention_at_[t - 1];
      if (pm >= 0 && mentions_[pm].possessive) return false;
      // The object of an earlier verb goes on as a noun phrase: "struck
      // Kurdish militant targets" (no verb "targets").
      if (pm >= 0 && mentions_[pm].end == t)
        for (const FoundEvent& e : events_)
          if (e.has_target && e.target == static_cast<uint32_t>(pm) && e.mode == "verb")
            return false;
      if (pm >= 0 && mentions_[pm].nation_only && !IsPluralDemonym(prev.lower)) return false;
      // After a preposition comes a noun phrase: "in support of", "for attacking".
      if (IsPreposition(prev.lower)) return false;
      // Right after "said" comes the reported clause's subject: "said talks
      // were continuing".
      if (prev.kind == text::TokenKind::kWord && !prev.capitalized && mention_at_[t - 1] < 0 &&
          IsSpeechVerb(prev.verb) && prev.lower != prev.verb)
        return false;
    }
    if (gerund) {  // only progressive forms: "is attacking"
      bool progressive = (t >= 1 && IsBeForm(Lower(t - 1))) || (t >= 2 && IsBeForm(Lower(t - 2)));
      if (!progressive) return false;
    }
    return true;
  }

  // A word WordNet knows as neither noun nor verb: an adjective (or adverb).
  bool IsAdjectiveOnly(const text::Token& tok) const {
    if (tok.kind != text::TokenKind::kWord || s_.lemmatizer == nullptr) return false;
    return !s_.lemmatizer->IsNoun(tok.noun) && !s_.lemmatizer->IsVerb(tok.verb) &&
           !IsFunctionWord(tok.lower);
  }

  // Verbs of trying, starting and going on, by lemma: what follows them is
  // the act ("tried to hack", "began to withdraw").
  static bool IsCatenative(const std::string& verb_lemma) {
    return verb_lemma == "try" || verb_lemma == "attempt" || verb_lemma == "continue" ||
           verb_lemma == "begin" || verb_lemma == "start" || verb_lemma == "resume" ||
           verb_lemma == "seek" || verb_lemma == "move" || verb_lemma == "manage" ||
           // obligations, which become demands: "Iran has to release ..."
           verb_lemma == "have" || verb_lemma == "need" || verb_lemma == "ought";
  }

  // Verbs that make someone act, by lemma: "prompting Pakistan to expel",
  // "forced Israel to withdraw".
  static bool IsCausative(const std::string& verb_lemma) {
    return verb_lemma == "prompt" || verb_lemma == "force" || verb_lemma == "lead" ||
           verb_lemma == "cause" || verb_lemma == "spur" || verb_lemma == "compel" ||
           verb_lemma == "push" || verb_lemma == "drive" || verb_lemma == "trigger";
  }

  // "Palestinians", "Iranians": plural; not "Swiss" or "Lebanese", which are
  // adjectives as often as peoples.
  static bool IsPluralDemonym(const std::string& lower) {
    return lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's';
  }

  bool IsPassive(uint32_t t) const {
    const text::Token& tok = s_.tokens[t];
    if (tok.lower == tok.verb || tok.lower.ends_with("ing") || tok.lower.ends_with("s"))
      return false;
    for (uint32_t back = 1; back <= 3 && back <= t; ++back) {
      uint32_t j = t - back;
      if (mention_at_[j] >= 0 || boundary_[j]) return false;
      if (IsBeForm(Lower(j)) || Lower(j) == "get" || Lower(j) == "got") return true;
    }
    return false;
  }

  // A past participle right after the people it describes, with no object
  // of its own: "ten Russian soldiers killed in Ukraine", "the civilians
  // imprisoned for acting against Moscow", "officials accused of ...". Only
  // verbs that always take an object, so "protesters marched in Kiev" is
  // still active.
  bool IsReducedPassive(uint32_t t) const {
    const text::Token& tok = s_.tokens[t];
    if (t == 0 || t + 1 >= n_ || tok.lower == tok.verb || tok.lower.ends_with("ing") ||
        tok.lower.ends_with("s") || !IsObjectRequiringVerb(tok.verb))
      return false;
    int m = mention_at_[t - 1];
    // "a ceasefire agreement brokered by Russia": a thing was brokered, and
    // Russia acted on no actor here.
    if (m < 0) {
      const text::Token& prev = s_.tokens[t - 1];
      return Lower(t + 1) == "by" && prev.kind == text::TokenKind::kWord && !prev.capitalized &&
             !IsBeForm(prev.lower) && !IsFunctionWord(prev.lower) && s_.lemmatizer != nullptr &&
             s_.lemmatizer->IsNoun(prev.noun) && !s_.lemmatizer->IsVerb(prev.verb);
    }
    if (mentions_[m].possessive) return false;
    if (mentions_[m].nation_only && !IsPluralDemonym(Lower(t - 1))) return false;
    const std::string& next = Lower(t + 1);
    return (IsPreposition(next) && next != "to") || boundary_[t + 1] || next == "today" ||
           next == "yesterday" || IsCalendarWord(next);
  }

  bool IsNegated(uint32_t t, uint32_t from) const { return Negation(t, from) != kAffirmed; }

  // How the verb at `t` is negated: not at all, as a refusal ("will not
  // accept", "would not provide", "refused to"), or otherwise ("did not",
  // "may", "failed to").
  enum NegationKind { kAffirmed, kRefused, kNegatedOtherwise };
  NegationKind Negation(uint32_t t, uint32_t from) const {
    uint32_t start = t >= 5 ? t - 5 : 0;
    start = std::max(start, from);
    for (uint32_t j = start; j < t; ++j)
      if (boundary_[j]) start = j + 1;  // look only within the verb's own clause
    for (uint32_t j = start; j < t; ++j) {
      const std::string& w = Lower(j);
      if (IsNegator(w)) {
        const std::string& before = j > start ? Lower(j - 1) : std::string();
        bool refusal = before == "will" || before == "would" || before == "wo" ||
                       before == "shall" || before == "'ll";
        return refusal ? kRefused : kNegatedOtherwise;
      }
      if (IsHedge(w)) return kNegatedOtherwise;
      const std::string& v = s_.tokens[j].verb;
      if ((v == "refuse" || v == "decline") && j + 1 < t && Lower(j + 1) == "to") return kRefused;
      if (v == "fail" && j + 1 < t && Lower(j + 1) == "to") return kNegatedOtherwise;
    }
    return kAffirmed;
  }

  // Position of a parenthetical ", X said," whose closing comma is token `j`:
  // returns the index of its opening comma, or -1.
  int ParentheticalStart(uint32_t j) const {
    if (Lower(j) != "," || j < 3) return -1;
    uint32_t k = j - 1;
    // ", Kanaani said," or ", said Kanaani,"
    if (IsSpeechVerb(s_.tokens[k].verb) && mention_at_[k - 1] >= 0) {
      const Mention& m = mentions_[mention_at_[k - 1]];
      if (m.begin > 0 && Lower(m.begin - 1) == ",") return static_cast<int>(m.begin - 1);
    }
    if (mention_at_[k] >= 0) {
      const Mention& m = mentions_[mention_at_[k]];
      if (m.begin >= 2 && IsSpeechVerb(s_.tokens[m.begin - 1].verb) && Lower(m.begin - 2) == ",")
        return static_cast<int>(m.begin - 2);
    }
    return -1;
  }

  // Whether the words between a speech verb and a verb (`from` to `to`)
  // hold a subject of their own, not just "that", a pronoun standing for
  // the speaker, auxiliaries and time words.
  bool ReportedClauseHasItsOwnSubject(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k) {
      const std::string& w = Lower(k);
      bool filler = w == "that" || w == "they" || w == "we" || w == "i" || w == "it" || w == "he" ||
                    w == "she" || IsBeForm(w) || IsNegator(w) || IsHedge(w) || IsCalendarWord(w) ||
                    w == "would" || w == "will" || w == "had" || w == "has" || w == "have" ||
                    w == "should" || w == "must" || w == "also" || w == "today" ||
                    w == "yesterday" || w == "," || w == "on";
      if (!filler) return true;
    }
    return false;
  }

  static bool IsAlsoConjunction(const std::string& w) {
    return w == "after" || w == "before" || w == "since" || w == "until";
  }

  // Whether the preposition at `p` is the "of" of a quantity: "thousands of",
  // "a group of", "some 500 of". What follows is the real head of the phrase.
  bool AfterQuantity(uint32_t p) const {
    if (Lower(p) != "of" || p == 0) return false;
    const text::Token& q = s_.tokens[p - 1];
    return IsQuantityWord(q.lower) || q.kind == text::TokenKind::kNumber;
  }

  // Whether token `t`, after "to", is a verb in the infinitive: "to cut",
  // not "to Syria" or "to the talks".
  bool IsInfinitiveVerb(uint32_t t) const {
    const text::Token& tok = s_.tokens[t];
    return tok.kind == text::TokenKind::kWord && mention_at_[t] < 0 && !tok.capitalized &&
           !tok.verb.empty() && tok.lower == tok.verb && !IsDeterminer(tok.lower);
  }

  // The subject of the verb at token `t`: the nearest mention to its left in
  // the clause that is not inside a prepositional phrase. A mention that an
  // earlier verb took as its object hands over that verb's subject
  // ("Iran condemned Israel and criticized Syria").
  std::optional<uint32_t> Subject(uint32_t t) const {
    const int stop = std::max(0, static_cast<int>(t) - kMaxSubjectDistance);
    for (int j = static_cast<int>(t) - 1; j >= stop; --j) {
      const std::string& w = Lower(j);
      if (w == ";" || w == ":") return std::nullopt;
      // A relative clause: "protesters who rallied" acts through what "who"
      // stands for, the words just before it, and no one else.
      if ((w == "who" || w == "which") && j > 0) {
        int k = j - 1;
        if (Lower(k) == "," && k > 0) --k;
        if (mention_at_[k] >= 0) return static_cast<uint32_t>(mention_at_[k]);
        return std::nullopt;
      }
      int paren = ParentheticalStart(static_cast<uint32_t>(j));
      if (paren >= 0) {
        j = paren;
        continue;
      }
      int m = mention_at_[j];
      // A reported clause has its own subject: in "Washington said such a
      // step enjoyed support", Washington did not enjoy it. When that
      // subject is only "they" or "we", the speaker is who acts ("the
      // rebels said they will release ...").
      if (m < 0 && s_.tokens[j].kind == text::TokenKind::kWord && IsSpeechVerb(s_.tokens[j].verb) &&
          ReportedClauseHasItsOwnSubject(static_cast<uint32_t>(j) + 1, t))
        return std::nullopt;
      if (m < 0) continue;
      const Mention& mention = mentions_[m];
      j = static_cast<int>(mention.begin);
      uint32_t before = mention.begin;
      if (before > 0 && IsDeterminer(Lower(before - 1))) --before;
      // "after", "before", "since" and "until" also open clauses: in "after
      // Hezbollah captured two soldiers" Hezbollah is the subject.
      if (before > 0 && IsPreposition(Lower(before - 1)) && !AfterQuantity(before - 1) &&
          !(IsAlsoConjunction(Lower(before - 1)) && mention.end == t))
        continue;
      for (const FoundEvent& e : events_)
        if (e.has_target && e.target == static_cast<uint32_t>(m) && e.mode == "verb")
          return e.source;
      return static_cast<uint32_t>(m);
    }
    return std::nullopt;
  }

  // The first mention after the event words, within `max_distance` words of
  // the last of them, before the clause ends. Mentions inside the pattern's
  // gaps count ("accused Israel of"). With `stop_at_phrase`, a preposition
  // after a skipped content word ends the search: in "criticized the raids
  // after Israel's attack" Israel is not what was criticised.
  // A mention with the subject's own code (the "its" of "Turkey recalled its
  // ambassador from Israel") is passed over.
  std::optional<uint32_t> Object(const std::vector<uint32_t>& words, uint32_t max_distance,
                                 bool stop_at_phrase, const std::string& subject_code,
                                 PlaceRule place_rule = PlaceRule::kWhere) const {
    uint32_t last = words.back();
    uint32_t distance = 0;
    bool skipped_content = false;
    for (uint32_t j = words.front() + 1; j < n_; ++j) {
      // The pattern's last word may itself name the target: "detain *
      // protester" matches "detained Georgian protesters", whose mention is
      // the target; "military" in "conduct * military exercise" is not.
      if (std::find(words.begin(), words.end(), j) != words.end() &&
          (mention_at_[j] < 0 || mentions_[mention_at_[j]].end <= last))
        continue;
      if (mention_at_[j] >= 0) {
        const Mention& m = mentions_[mention_at_[j]];
        // "rallied in London to protest against Israel's offensive": a place
        // inside the pattern's gap is where, not whom.
        uint32_t before = m.begin;
        if (before > 0 && IsDeterminer(Lower(before - 1))) --before;
        bool gap_place = j < last && stop_at_phrase && before > 0 &&
                         IsPlacePreposition(Lower(before - 1)) &&
                         !PlaceIsCounterpart(place_rule, Lower(before - 1));
        if (m.code != subject_code && !gap_place) return static_cast<uint32_t>(mention_at_[j]);
        j = m.end - 1;
        continue;
      }
      if (j > last) {
        const std::string& w = Lower(j);
        if (boundary_[j] || IsClauseOpener(w)) return std::nullopt;
        if (w == "and" || w == "but") return std::nullopt;
        // Time words say when, not to whom: "threatened Monday to ...".
        if (IsCalendarWord(w) || w == "today" || w == "yesterday" || w == "tonight") continue;
        // "held an emergency meeting in Cairo": after "in", "near",
        // "across" ... comes where the act happened, not whom it was done
        // to (a place target, when the act takes one, is sought apart).
        // "into" and "at" still aim: "fired missiles into Israel"; and the
        // place of a visit is the visited: "attend a summit in Switzerland".
        if (stop_at_phrase && IsPlacePreposition(w) && !PlaceIsCounterpart(place_rule, w))
          return std::nullopt;
        // An infinitive complement carries the act to its object:
        // "threatened to cut off electricity to Nakhichevan", "agreed to
        // lift sanctions on Iran". The search starts afresh after its verb.
        if (w == "to" && j + 1 < n_ && IsInfinitiveVerb(j + 1)) {
          ++j;
          distance = 0;
          skipped_content = false;
          continue;
        }
        // "with", "against", "to", "between" and "of" still name the
        // counterpart: "signed an agreement with Japan", "took measures
        // against Iran", "sent aid to Sudan", "undertook a mediation mission
        // between Syria and ...", "apologised for the deaths of Pakistani
        // soldiers".
        if (stop_at_phrase && skipped_content && IsPreposition(w) && w != "with" &&
            w != "against" && w != "to" && w != "between" && w != "of" && !AfterQuantity(j))
          return std::nullopt;
        if (++distance > max_distance) return std::nullopt;
        if (!IsDeterminer(w) && !IsPreposition(w)) skipped_content = true;
      }
    }
    return std::nullopt;
  }

  // For a demand, appeal, warning or rejection followed by a "that" clause,
  // the clause's subject is who is addressed: "demanded Friday that the
  // United States match ...", "urged that Iran release ...".
  std::optional<uint32_t> ThatClauseSubject(const FoundEvent& e) const {
    const int root = CameoRoot(d_.entry(e.entry).CodeOn(s_.published));
    if (root != 2 && root != 10 && root != 11 && root != 12 && root != 13) return std::nullopt;
    uint32_t j = e.words.back() + 1;
    while (j < n_ && (IsCalendarWord(Lower(j)) || Lower(j) == "today" || Lower(j) == "yesterday"))
      ++j;
    if (j >= n_ || Lower(j) != "that") return std::nullopt;
    for (uint32_t k = j + 1; k < n_ && k <= j + 3; ++k) {
      if (mention_at_[k] >= 0) return static_cast<uint32_t>(mention_at_[k]);
      if (boundary_[k] || IsPreposition(Lower(k))) return std::nullopt;
    }
    return std::nullopt;
  }

  // The rule for a place named after a verb (PlaceRuleOf).
  PlaceRule PlaceRuleOf(const FoundEvent& e) const {
    std::string_view code = EventCode(e, d_, s_.published);
    if (code == "042" || code == "044") return PlaceRule::kCounterpart;
    if (CameoRoot(code) == 14) return PlaceRule::kOutsideIsCounterpart;
    return PlaceRule::kWhere;
  }
  // Whether the place after preposition `w` is the counterpart under `rule`.
  static bool PlaceIsCounterpart(PlaceRule rule, const std::string& w) {
    return w == "into" || w == "at" || rule == PlaceRule::kCounterpart ||
           (rule == PlaceRule::kOutsideIsCounterpart && (w == "outside" || w == "near"));
  }

  // A threat is made against whoever its condition names: "threatened to
  // hold a general strike unless Israel rescinded ...", "threatened to stop
  // negotiations if the United States goes ahead ...". The first actor
  // after "if" or "unless" later in the sentence.
  std::optional<uint32_t> ConditionSubject(const FoundEvent& e) const {
    if (CameoRoot(EventCode(e, d_, s_.published)) != 13) return std::nullopt;
    constexpr uint32_t kMaxConditionDistance = 25;
    uint32_t last = e.words.back();
    for (uint32_t j = last + 1; j < n_ && j <= last + kMaxConditionDistance; ++j) {
      const std::string& w = Lower(j);
      if (w == ";" || w == "." || w == ":") return std::nullopt;
      if (w != "if" && w != "unless") continue;
      for (uint32_t k = j + 1; k < n_ && k <= j + 4; ++k) {
        if (mention_at_[k] >= 0) return static_cast<uint32_t>(mention_at_[k]);
        if (boundary_[k]) return std::nullopt;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // For an act with no named counterpart, the country it took place in, as
  // CAMEO codes domestic events: "thousands demonstrated throughout
  // Indonesia", "imposed a curfew in the town of Cizre in southeastern
  // Turkey". The first country named after a place preposition in the
  // verb's clause.
  std::optional<uint32_t> PlaceTarget(uint32_t last) const {
    constexpr uint32_t kMaxPlaceDistance = 15;
    bool in_place_phrase = false;
    for (uint32_t j = last + 1; j < n_ && j <= last + kMaxPlaceDistance; ++j) {
      const std::string& w = Lower(j);
      if (boundary_[j] || IsClauseOpener(w) || w == "and" || w == "but") return std::nullopt;
      int m = mention_at_[j];
      if (m < 0) {
        if (IsPlacePreposition(w)) in_place_phrase = true;
        continue;
      }
      const Mention& mention = mentions_[m];
      j = mention.end - 1;
      if (!in_place_phrase || mention.nation_only) continue;
      if (IsCountryCode(mention.code)) return static_cast<uint32_t>(m);
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The mention after "by" that follows a passive verb: "was attacked by
  // Israel". Or the nationality of the weapon or strike named after "in" or
  // "by": "were killed in Israeli tank shelling", "wounded by a Russian
  // drone strike".
  std::optional<uint32_t> PassiveAgent(uint32_t last) const {
    for (uint32_t j = last + 1; j < n_ && j <= last + 3; ++j) {
      if (boundary_[j]) return std::nullopt;
      const std::string& w = Lower(j);
      if (w != "by" && w != "in") continue;
      for (uint32_t k = j + 1; k < n_ && k <= j + 2; ++k) {
        int m = mention_at_[k];
        if (m < 0) continue;
        // "killed by the Malaysia Airlines flight MH17 crash": a name
        // before a craft or an accident names no one who acted.
        if (mentions_[m].end < n_ && IsCraftOrAccident(Lower(mentions_[m].end)))
          return std::nullopt;
        if (w == "by") return static_cast<uint32_t>(m);
        if (mentions_[m].nation_only && NamesAStrike(mentions_[m].end))
          return static_cast<uint32_t>(m);
        return std::nullopt;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  static bool IsCraftOrAccident(const std::string& w) {
    return w == "flight" || w == "plane" || w == "airliner" || w == "aircraft" || w == "crash" ||
           w == "ship" || w == "vessel" || w == "boat" || w == "ferry" || w == "train" ||
           w == "bus" || w == "truck" || w == "car" || w == "explosion" || w == "blast" ||
           w == "accident" || w == "collision";
  }

  // Whether an attack word follows within two words: "tank shelling", "air strike".
  bool NamesAStrike(uint32_t from) const {
    for (uint32_t k = from; k < n_ && k < from + 3; ++k)
      if (IsStrikeNoun(s_.tokens[k].noun)) return true;
    return false;
  }

  void FindVerbEvents() {
    for (uint32_t t = 0; t < n_; ++t) {
      if (consumed_[t] || !IsVerbUse(t)) continue;
      std::optional<dict::VerbMatch> match = d_.MatchVerb(s_.keys, boundary_, t, n_);
      if (!match) continue;
      FoundEvent e;
      e.entry = match->entry;
      e.pattern = d_.PatternText(match->pattern);
      e.words = match->word_tokens;
      e.anchor = t;
      // Before the object is sought, so that it is sought after the
      // complement's words: "urged the release of Iranian troops".
      RefineByComplement(&e);
      std::optional<uint32_t> subject = Subject(t);
      if (IsReducedPassive(t)) {
        int patient = mention_at_[t - 1];
        subject =
            patient >= 0 ? std::optional<uint32_t>(static_cast<uint32_t>(patient)) : std::nullopt;
      }
      if (IsPassive(t) || IsReducedPassive(t)) {
        e.mode = "passive verb";
        // A pattern can run on past the agent ("kill * troops" over "killed
        // by Israeli troops"): then the agent follows the verb itself.
        std::optional<uint32_t> agent = PassiveAgent(e.words.back());
        if (!agent) agent = PassiveAgent(t);
        if (!agent || !subject) continue;
        e.source = *agent;
        e.target = *subject;
        e.has_target = true;
      } else {
        e.mode = "verb";
        if (!subject) continue;
        e.source = *subject;
        std::optional<uint32_t> object =
            Object(e.words, kMaxObjectDistance, true, mentions_[*subject].code, PlaceRuleOf(e));
        if (d_.entry(e.entry).reversed) {
          // "Israel faced criticism from the UN": the UN criticised Israel.
          // With no one after the pattern there is no source.
          if (!object) continue;
          e.source = *object;
          e.target = *subject;
          e.has_target = true;
        } else if (object) {
          e.target = *object;
          e.has_target = true;
        } else if (std::optional<uint32_t> addressee = ThatClauseSubject(e)) {
          e.target = *addressee;
          e.has_target = true;
        } else if (std::optional<uint32_t> condition = ConditionSubject(e)) {
          e.target = *condition;
          e.has_target = true;
        } else if (std::optional<uint32_t> place = PlaceTarget(e.words.back())) {
          e.target = *place;
          e.has_target = true;
          e.target_is_place = true;
        }
      }
      uint32_t subject_end = subject ? mentions_[*subject].end : 0;
      NegationKind negation = Negation(t, std::min(subject_end, t));
      e.negated = negation != kAffirmed || InCondition(t);
      e.refused = negation == kRefused;
      for (uint32_t w : e.words) consumed_[w] = true;
      if (e.mode == "verb" && !d_.entry(e.entry).reversed &&
          IsObligation(t, std::min(subject_end, t)) && !AsDemand(&e))
        continue;
      events_.push_back(std::move(e));
    }
  }

  // Whether the verb at `t` is in a condition, which did not happen:
  // "unless Israel rescinded its annexation", "if the United States goes
  // ahead". "if" or "unless" opens the verb's clause.
  bool InCondition(uint32_t t) const {
    for (uint32_t back = 1; back <= 8 && back <= t; ++back) {
      uint32_t j = t - back;
      const std::string& w = Lower(j);
      if (w == "if" || w == "unless") return true;
      if (boundary_[j] || IsClauseOpener(w) || w == "and" || w == "but") return false;
    }
    return false;
  }

  // Whether the verb at `t` is what someone must do: "must return",
  // "should withdraw", "has to agree", "needs to enact". `from` is where
  // its clause's words after the subject begin.
  bool IsObligation(uint32_t t, uint32_t from) const {
    uint32_t start = t >= 4 ? std::max(from, t - 4) : from;
    for (uint32_t j = start; j < t; ++j) {
      if (boundary_[j]) return false;
      const std::string& w = Lower(j);
      if (w == "must" || w == "should" || w == "ought") return true;
      bool need = w == "need" || w == "needs" || w == "has" || w == "have" || w == "had";
      if (need && j + 1 < t && Lower(j + 1) == "to") return true;
    }
    return false;
  }

  // An act someone must do happened no more than a threat did: it is a
  // demand of whoever reports it on whoever must act. "Russia said on
  // Tuesday that Sudan must return a helicopter" is Russia demanding of
  // Sudan (10, with the branch of the act: 1053 for a return). Without a
  // reporter ("Sudan must return ...") there is no event; false then.
  bool AsDemand(FoundEvent* e) const {
    if (e->negated) return false;
    // A compound subject starts at its first member: "the government and
    // the rebels must ...".
    uint32_t begin = mentions_[e->source].begin;
    for (const Mention& m : mentions_)
      if (m.group == mentions_[e->source].group) begin = std::min(begin, m.begin);
    std::optional<uint32_t> speaker = Reporter(begin);
    if (!speaker || mentions_[*speaker].code == mentions_[e->source].code) return false;
    // A copy: the refined code is replaced below.
    const std::string act(EventCode(*e, d_, s_.published));
    std::optional<std::string> demand = ComplementCode("100", act);
    e->refined_code = demand ? *demand : "100";
    e->pattern = "must + " + e->pattern;
    e->target = e->source;
    e->source = *speaker;
    e->has_target = true;
    e->target_is_place = false;
    return true;
  }

  // Who reports the clause whose subject starts at `begin`: the subject of
  // the verb of saying (or concluding, or anything followed by "that")
  // just before it, past "that" and time words ("said on Friday that"), or
  // else the speaker named after it (", Britain said").
  std::optional<uint32_t> Reporter(uint32_t begin) const {
    bool passed_that = false;
    for (uint32_t back = 1; back <= 6 && back <= begin; ++back) {
      uint32_t j = begin - back;
      const std::string& w = Lower(j);
      if (w == "that") {
        passed_that = true;
        continue;
      }
      if (back == 1 && IsDeterminer(w)) continue;
      if (IsCalendarWord(w) || w == "today" || w == "yesterday" || w == "on" || w == "here" ||
          w == "also" || w == "again" || w == "repeatedly")
        continue;
      const text::Token& tok = s_.tokens[j];
      if (tok.kind != text::TokenKind::kWord || mention_at_[j] >= 0) break;
      if (!IsSpeechVerb(tok.verb) && !(passed_that && !tok.capitalized)) break;
      if (j > 0 && mention_at_[j - 1] >= 0) return static_cast<uint32_t>(mention_at_[j - 1]);
      return Subject(j);
    }
    std::optional<uint32_t> speaker = Speaker();
    if (speaker && mentions_[*speaker].begin > begin) return speaker;
    return std::nullopt;
  }

  // An appeal, intention, demand, rejection or threat with a generic code
  // takes its exact code from the act in its infinitive complement: "urged
  // Iran to release the detainees", "agreed to lift the sanctions",
  // "threatened on Monday to attack". The complement's words join the
  // event's evidence.
  void RefineByComplement(FoundEvent* e) const {
    std::string_view code = d_.entry(e->entry).CodeOn(s_.published);
    if (!TakesComplementAct(code)) return;
    // The "to" ends the pattern ("agree to") or follows its object ("urged
    // the Maoist rebels in Nepal to honour ...").
    constexpr uint32_t kMaxAddresseeWords = 8;
    uint32_t last = e->words.back();
    uint32_t verb = n_;
    if (Lower(last) == "to" && last + 1 < n_) {
      verb = last + 1;
    } else {
      for (uint32_t j = last + 1; j < n_ && j <= last + kMaxAddresseeWords + 1; ++j) {
        if (boundary_[j] || IsClauseOpener(Lower(j))) break;
        if (Lower(j) == "to" && j + 1 < n_ && IsInfinitiveVerb(j + 1)) {
          verb = j + 1;
          break;
        }
      }
    }
    if (verb >= n_) {
      RefineByNominalComplement(e, code);
      return;
    }
    std::optional<dict::VerbMatch> act = d_.MatchVerb(s_.keys, boundary_, verb, n_);
    if (!act || act->word_tokens.front() != verb) return;
    std::optional<std::string> refined =
        ComplementCode(code, d_.entry(act->entry).CodeOn(s_.published));
    if (!refined) return;
    e->refined_code = *refined;
    e->pattern += " + to " + d_.PatternText(act->pattern);
    e->words.insert(e->words.end(), act->word_tokens.begin(), act->word_tokens.end());
  }

  // The same for an act named by a noun: "called for the release of",
  // "demanded an immediate ceasefire with", "threatened sanctions against".
  void RefineByNominalComplement(FoundEvent* e, std::string_view code) const {
    uint32_t j = e->words.back() + 1;
    for (uint32_t skipped = 0; j < n_ && skipped < 3; ++j, ++skipped) {
      if (mention_at_[j] >= 0 || boundary_[j]) return;
      std::vector<dict::PhraseMatch> nouns = d_.MatchPhrases(dict::Family::kNoun, s_.keys, j);
      if (!nouns.empty()) {
        const dict::PhraseMatch& m = nouns.back();
        uint32_t id = m.entries->front();
        std::optional<std::string> refined =
            ComplementCode(code, d_.entry(id).CodeOn(s_.published));
        if (!refined) return;
        e->refined_code = *refined;
        e->pattern += " + " + d_.entry(id).phrases;
        for (uint32_t k = j; k < j + m.length; ++k) e->words.push_back(k);
        return;
      }
      if (!IsDeterminer(Lower(j)) && Lower(j) != "for" && s_.tokens[j].capitalized) return;
    }
  }

  // A mention that can own a nominal event ending just before token `t`:
  // "Israel's", "Israeli", "its", with up to two adjectives between.
  std::optional<uint32_t> Possessor(uint32_t t) const {
    for (uint32_t back = 1; back <= 3 && back <= t; ++back) {
      uint32_t j = t - back;
      int m = mention_at_[j];
      if (m >= 0) {
        const Mention& mention = mentions_[m];
        if (mention.nation_only || mention.possessive) return static_cast<uint32_t>(m);
        return std::nullopt;
      }
      const text::Token& tok = s_.tokens[j];
      if (tok.kind == text::TokenKind::kPossessive) continue;
      if (boundary_[j] || tok.kind != text::TokenKind::kWord || tok.capitalized ||
          IsDeterminer(tok.lower) || IsPreposition(tok.lower))
        return std::nullopt;
    }
    return std::nullopt;
  }

  void FindNounEvents() {
    for (uint32_t t = 0; t < n_; ++t) {
      if (consumed_[t] || mention_at_[t] >= 0) continue;
      std::vector<dict::PhraseMatch> matches = d_.MatchPhrases(dict::Family::kNoun, s_.keys, t);
      if (matches.empty()) continue;
      const dict::PhraseMatch& m = matches.back();
      std::optional<uint32_t> owner = Possessor(t);
      if (!owner) continue;
      FoundEvent e;
      e.mode = "noun";
      e.entry = m.entries->front();
      e.pattern = d_.entry(e.entry).phrases;
      for (uint32_t k = t; k < t + m.length; ++k) e.words.push_back(k);
      e.anchor = t;
      e.source = *owner;
      std::optional<uint32_t> object =
          Object(e.words, kMaxNounObjectDistance, false, mentions_[*owner].code);
      if (!object) continue;
      e.target = *object;
      e.has_target = true;
      for (uint32_t w : e.words) consumed_[w] = true;
      events_.push_back(std::move(e));
    }
  }

  // The speaker of reported speech in this sentence: "Kanaani said",
  // "said Kanaani", "the minister told reporters".
  std::optional<uint32_t> Speaker() const {
    for (uint32_t t = 0; t < n_; ++t) {
      if (!IsSpeechVerb(s_.tokens[t].verb) || s_.tokens[t].kind != text::TokenKind::kWord) continue;
      if (t > 0 && mention_at_[t - 1] >= 0) return static_cast<uint32_t>(mention_at_[t - 1]);
      if (t + 1 < n_ && mention_at_[t + 1] >= 0) return static_cast<uint32_t>(mention_at_[t + 1]);
      if (std::optional<uint32_t> subject = Subject(t)) return subject;
    }
    return std::nullopt;
  }

  void FindVerdictEvents() {
    std::optional<uint32_t> speaker;
    bool speaker_sought = false;
    for (uint32_t t = 0; t < n_; ++t) {
      if (consumed_[t] || mention_at_[t] >= 0) continue;
      std::vector<dict::PhraseMatch> matches = d_.MatchPhrases(dict::Family::kVerdict, s_.keys, t);
      if (matches.empty()) continue;
      // A copula shortly before: "are (also) a (flagrant) violation".
      std::optional<uint32_t> copula;
      for (uint32_t back = 1; back <= 4 && back <= t; ++back) {
        uint32_t j = t - back;
        if (boundary_[j] || mention_at_[j] >= 0) break;
        if (IsCopula(s_.tokens[j].verb)) {
          copula = j;
          break;
        }
      }
      if (!copula) continue;
      // "are a war crime", not "be indicted for war crimes": only
      // determiners and adjectives stand between the copula and the verdict.
      bool governed = true;
      for (uint32_t j = *copula + 1; j < t && governed; ++j) governed = !IsPreposition(Lower(j));
      if (!governed) continue;
      if (!speaker_sought) {
        speaker = Speaker();
        speaker_sought = true;
      }
      if (!speaker) return;
      std::optional<uint32_t> subject = Subject(*copula);
      if (!subject || *subject == *speaker) continue;
      const dict::PhraseMatch& m = matches.back();
      FoundEvent e;
      e.mode = "verdict";
      e.entry = m.entries->front();
      e.pattern = d_.entry(e.entry).phrases;
      e.words = {*copula};
      for (uint32_t k = t; k < t + m.length; ++k) e.words.push_back(k);
      e.anchor = t;
      e.source = *speaker;
      e.target = *subject;
      e.has_target = true;
      e.negated = IsNegated(*copula, mentions_[*subject].end);
      for (uint32_t k = t; k < t + m.length; ++k) consumed_[k] = true;
      events_.push_back(std::move(e));
    }
  }

  const Sentence& s_;
  const std::vector<Mention>& mentions_;
  const dict::Dictionary& d_;
  uint32_t n_;
  std::vector<int> mention_at_;
  std::vector<bool> boundary_;
  std::vector<bool> consumed_;
  std::vector<FoundEvent> events_;
};

}  // namespace

std::string_view EventCode(const FoundEvent& event, const dict::Dictionary& dictionary,
                           const when::CivilDate& date) {
  if (!event.refined_code.empty()) return event.refined_code;
  return dictionary.entry(event.entry).CodeOn(date);
}

std::vector<FoundEvent> FindEvents(const Sentence& sentence, const std::vector<Mention>& mentions,
                                   const dict::Dictionary& dictionary) {
  return Finder(sentence, mentions, dictionary).Run();
}

}  // namespace khaldun::coder
