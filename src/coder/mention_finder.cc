#include "coder/mention_finder.h"

#include <optional>
#include <string>

#include "coder/word_classes.h"
#include "dict/line_parser.h"

namespace khaldun::coder {
namespace {

using dict::EntryKind;

// The building blocks of mentions, found token by token before composing.
enum class PieceKind {
  kName,         // a dictionary actor or person
  kNation,       // a nationality word
  kAgent,        // a role noun
  kMemoryName,   // a name learned earlier in the article
  kPronoun,      // he, his, it, its ...
  kUnknownName,  // capitalised words the dictionaries do not know: "Joko Widodo"
  kOther,        // any other token
};

struct Piece {
  PieceKind kind = PieceKind::kOther;
  uint32_t begin = 0, end = 0;
  std::string code;
  std::vector<uint32_t> entries;
  bool person = false;
  std::string role;  // agent phrase, lower-cased, words joined by spaces
  std::string note;  // for memory pieces: how the name was introduced
};

Piece MakePiece(PieceKind kind, uint32_t begin, uint32_t end) {
  Piece p;
  p.kind = kind;
  p.begin = begin;
  p.end = end;
  return p;
}

// Names must show a capital somewhere: "Iran", "the White House", and also
// "al-Qaeda" or "el-Sisi", whose capital follows the hyphen.
bool AnyCapitalized(const Sentence& s, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end; ++i) {
    if (s.tokens[i].capitalized) return true;
    for (char c : s.tokens[i].surface)
      if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

std::string JoinLower(const Sentence& s, uint32_t begin, uint32_t end) {
  std::string out;
  for (uint32_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += s.tokens[i].lower;
  }
  return out;
}

// Names typed in lower case ("obama", "kiev") still count when no word of
// them is an English noun or verb; "turkey", "chad" or "jordan" do not.
bool UnknownToWordNet(const Sentence& s, uint32_t begin, uint32_t end) {
  if (s.lemmatizer == nullptr) return false;
  for (uint32_t i = begin; i < end; ++i) {
    const text::Token& t = s.tokens[i];
    if (t.kind != text::TokenKind::kWord || t.lower.size() < 3) return false;
    if (s.lemmatizer->IsNoun(t.noun) || s.lemmatizer->IsVerb(t.verb) || IsFunctionWord(t.lower))
      return false;
  }
  return true;
}

// A capitalised word that may be part of a name the dictionaries lack.
bool IsNameWord(const Sentence& s, uint32_t i) {
  const text::Token& t = s.tokens[i];
  return t.kind == text::TokenKind::kWord && t.capitalized && !IsFunctionWord(t.lower) &&
         !IsCalendarWord(t.lower);
}

// Whether the words at `begin` agree in case with the entry's phrase of the
// same words where it matters: a role noun capitalised in the dictionary
// must be capitalised in the text, so "Lebanese forces" (the army) is not
// the party "Lebanese Forces". Other words may be written either way ("the
// State department", "former Yugoslav republic of Macedonia"), and so may a
// phrase that cannot be lined up word for word with the tokens.
bool CaseAgrees(const Sentence& s, const dict::Dictionary& d, uint32_t begin, uint32_t length,
                std::string_view phrases) {
  bool any_lower = false;
  for (uint32_t k = begin; k < begin + length; ++k)
    if (s.tokens[k].kind == text::TokenKind::kWord && !s.tokens[k].capitalized) any_lower = true;
  if (!any_lower) return true;
  size_t from = 0;
  while (from <= phrases.size()) {
    size_t bar = phrases.find(" | ", from);
    std::string_view phrase =
        phrases.substr(from, bar == std::string_view::npos ? std::string_view::npos : bar - from);
    from = bar == std::string_view::npos ? phrases.size() + 1 : bar + 3;
    // Split on spaces; only a phrase whose words line up with the tokens counts.
    std::vector<std::string_view> words = dict::SplitWords(phrase, " ");
    if (words.size() != length) continue;
    bool same_words = true, case_ok = true;
    for (uint32_t k = 0; k < length && same_words; ++k) {
      const text::Token& t = s.tokens[begin + k];
      std::string lower(words[k]);
      for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (lower != t.lower) {
        same_words = false;
        break;
      }
      bool upper_in_dictionary = words[k][0] >= 'A' && words[k][0] <= 'Z';
      if (upper_in_dictionary && !t.capitalized &&
          !d.MatchPhrases(dict::Family::kAgent, s.keys, begin + k).empty())
        case_ok = false;
    }
    if (same_words) return case_ok;
  }
  return true;
}

// The name, nation or person entry at `i`, longest first; persons must hold a
// code on the publication date.
std::optional<Piece> NamePiece(const Sentence& s, const dict::Dictionary& d, uint32_t i) {
  std::vector<dict::PhraseMatch> matches = d.MatchPhrases(dict::Family::kName, s.keys, i);
  for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
    if (!AnyCapitalized(s, i, i + m->length) && !UnknownToWordNet(s, i, i + m->length)) continue;
    const dict::Entry* best = nullptr;
    uint32_t best_id = 0;
    auto rank = [](EntryKind k) {
      return k == EntryKind::kPerson ? 0 : k == EntryKind::kActor ? 1 : 2;
    };
    for (uint32_t id : *m->entries) {
      const dict::Entry& e = d.entry(id);
      if (e.CodeOn(s.published).empty()) continue;
      if (m->length >= 2 && !CaseAgrees(s, d, i, m->length, e.phrases)) continue;
      if (best == nullptr || rank(e.kind) < rank(best->kind)) {
        best = &e;
        best_id = id;
      }
    }
    if (best == nullptr) continue;
    Piece p;
    p.kind = best->kind == EntryKind::kNation ? PieceKind::kNation : PieceKind::kName;
    p.begin = i;
    p.end = i + m->length;
    p.code = std::string(best->CodeOn(s.published));
    p.entries = {best_id};
    p.person = best->kind == EntryKind::kPerson;
    return p;
  }
  return std::nullopt;
}

// "Saudi-led", "U.S.-led": the country that leads a coalition or force.
// ("Iran-backed" militias are not Iran's, so only "-led" counts.)
std::optional<Piece> LedPiece(const Sentence& s, const dict::Dictionary& d, uint32_t i) {
  const text::Token& t = s.tokens[i];
  constexpr std::string_view kLed = "-led";
  if (t.kind != text::TokenKind::kWord || t.lower.size() <= kLed.size() + 1 ||
      !t.lower.ends_with(kLed))
    return std::nullopt;
  text::Token prefix = t;
  prefix.surface = t.surface.substr(0, t.surface.size() - kLed.size());
  prefix.lower = t.lower.substr(0, t.lower.size() - kLed.size());
  prefix.noun = prefix.verb = prefix.lower;
  std::vector<dict::TokenKeys> keys = {d.KeysOf(prefix)};
  for (const dict::PhraseMatch& m : d.MatchPhrases(dict::Family::kName, keys, 0)) {
    for (uint32_t id : *m.entries) {
      const dict::Entry& e = d.entry(id);
      if (e.kind == EntryKind::kPerson || !IsCountryCode(e.CodeOn(s.published))) continue;
      Piece p;
      p.kind = PieceKind::kNation;
      p.begin = i;
      p.end = i + 1;
      p.code = std::string(e.CodeOn(s.published).substr(0, 3));
      p.entries = {id};
      return p;
    }
  }
  return std::nullopt;
}

bool IsActNoun(std::string_view w) {
  return w == "support" || w == "aid" || w == "assistance" || w == "help" || w == "cooperation" ||
         w == "ties" || w == "action" || w == "operation" || w == "operations" || w == "campaign" ||
         w == "intervention" || w == "exercise" || w == "exercises" || w == "equipment" ||
         w == "hardware" || w == "spending" || w == "budget" || w == "presence" || w == "custody" ||
         w == "crackdown" || w == "reform" || w == "reforms" || w == "policy" || w == "policies" ||
         w == "solution" || w == "option" || w == "buildup" || w == "build-up";
}

std::optional<Piece> AgentPiece(const Sentence& s, const dict::Dictionary& d, uint32_t i) {
  std::vector<dict::PhraseMatch> matches = d.MatchPhrases(dict::Family::kAgent, s.keys, i);
  if (matches.empty()) return std::nullopt;
  const dict::PhraseMatch& m = matches.back();
  // "further military support", "police custody": a role noun before the
  // noun of an act or a state is its adjective, not an actor.
  if (i + m.length < s.tokens.size() && IsActNoun(s.tokens[i + m.length].lower))
    return std::nullopt;
  uint32_t id = m.entries->front();
  Piece p;
  p.kind = PieceKind::kAgent;
  p.begin = i;
  p.end = i + m.length;
  p.code = std::string(d.entry(id).CodeOn(s.published));
  p.entries = {id};
  // Singular role nouns of people ("president", "spokesman") make "he" refer back.
  p.person = IsPersonTitle(s.tokens[p.end - 1].lower);
  for (uint32_t k = p.begin; k < p.end; ++k) {
    if (k > p.begin) p.role += ' ';
    p.role += s.tokens[k].noun;
  }
  return p;
}

std::vector<Piece> FindPieces(const Sentence& s, const dict::Dictionary& d,
                              const DocumentMemory& memory) {
  std::vector<Piece> pieces;
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  for (uint32_t i = 0; i < n;) {
    std::optional<Piece> name = NamePiece(s, d, i);
    if (!name) name = LedPiece(s, d, i);
    std::optional<Piece> agent = AgentPiece(s, d, i);
    std::optional<Piece> piece;
    if (name && (!agent || name->end >= agent->end)) {
      piece = std::move(name);
    } else if (agent) {
      piece = std::move(agent);
    }
    // Capitalised words: a name remembered from earlier sentences, else unknown.
    if (IsNameWord(s, i)) {
      std::vector<std::string_view> words;
      // The run of capitalised words stops where a known name begins: in
      // "South Lebanon" only "South" is unknown.
      for (uint32_t k = i; k < n && words.size() < 4 && IsNameWord(s, k); ++k) {
        if (k > i && NamePiece(s, d, k)) break;
        words.push_back(s.tokens[k].lower);
      }
      const DocumentMemory::Remembered* known = nullptr;
      size_t length = memory.LongestKnownName(words, &known);
      if (length > 0 && (!piece || i + length > piece->end)) {
        piece = MakePiece(PieceKind::kMemoryName, i, static_cast<uint32_t>(i + length));
        piece->code = known->code;
        piece->person = true;
        piece->note = known->introduced_as;
      } else if (!piece && !s.tokens[i].sentence_initial) {
        piece = MakePiece(PieceKind::kUnknownName, i, static_cast<uint32_t>(i + words.size()));
      }
    }
    if (!piece) {
      const std::string& lower = s.tokens[i].lower;
      // Resolved while composing, so "its" can refer to an actor of this sentence.
      if (IsPersonPronoun(lower) || IsThingPronoun(lower)) {
        piece = MakePiece(PieceKind::kPronoun, i, i + 1);
        piece->person = IsPersonPronoun(lower);
      }
    }
    if (!piece) piece = MakePiece(PieceKind::kOther, i, i + 1);
    i = piece->end;
    pieces.push_back(std::move(*piece));
  }
  return pieces;
}

class MentionBuilder {
 public:
  MentionBuilder(const Sentence& s, const dict::Dictionary& d, DocumentMemory* memory,
                 const std::vector<Piece>& pieces)
      : s_(s), d_(d), memory_(memory), pieces_(pieces) {}

  std::vector<Mention> Build() {
    std::vector<Mention> mentions;
    for (size_t p = 0; p < pieces_.size();) {
      size_t next = p + 1;
      if (std::optional<Mention> m = BuildAt(p, &next)) mentions.push_back(std::move(*m));
      p = next;
    }
    LinkCompounds(&mentions);
    return mentions;
  }

 private:
  bool IsToken(size_t p, std::string_view lower) const {
    return p < pieces_.size() && pieces_[p].kind == PieceKind::kOther &&
           s_.tokens[pieces_[p].begin].lower == lower;
  }
  bool IsCountryPiece(size_t p) const {
    return p < pieces_.size() && (pieces_[p].kind == PieceKind::kNation ||
                                  (pieces_[p].kind == PieceKind::kName && !pieces_[p].person));
  }
  bool IsNamePiece(size_t p) const {
    return p < pieces_.size() && (pieces_[p].kind == PieceKind::kUnknownName ||
                                  pieces_[p].kind == PieceKind::kMemoryName ||
                                  (pieces_[p].kind == PieceKind::kName && pieces_[p].person));
  }

  // Skips "the", "northern", "occupied" ... before a place: "the mayor of
  // the northern West Bank city of Nablus".
  size_t SkipPlaceModifiers(size_t r) const {
    if (IsToken(r, "the")) ++r;
    while (r < pieces_.size() && pieces_[r].kind == PieceKind::kOther &&
           (IsPlaceModifier(s_.tokens[pieces_[r].begin].lower) ||
            IsHyphenatedParticiple(s_.tokens[pieces_[r].begin].lower)))
      ++r;
    return r;
  }
  bool IsLowerWord(uint32_t token) const {
    const text::Token& t = s_.tokens[token];
    return t.kind == text::TokenKind::kWord && !t.capitalized && !IsFunctionWord(t.lower) &&
           !IsPreposition(t.lower) && !IsDeterminer(t.lower);
  }
  static bool IsRoleAdjective(std::string_view w) {
    return w == "federal" || w == "national" || w == "local" || w == "regional" ||
           w == "provincial" || w == "elite" || w == "special" || w == "regular" || w == "senior" ||
           w == "top" || w == "allied" || w == "loyalist" || w == "royal" || w == "interim" ||
           w == "transitional" || w == "caretaker" || w == "acting" || w == "outgoing" ||
           w == "ruling" || w == "armed" || w == "riot" || w == "naval" || w == "ground" ||
           w == "central" || w == "state";
  }
  // "military-ruled", "war-torn", "Saudi-backed" before a place.
  static bool IsHyphenatedParticiple(std::string_view w) {
    return w.find('-') != std::string_view::npos && (w.ends_with("ed") || w.ends_with("-torn") ||
                                                     w.ends_with("-hit") || w.ends_with("-run"));
  }
  static bool IsPlaceModifier(std::string_view w) {
    return w == "northern" || w == "southern" || w == "eastern" || w == "western" ||
           w == "central" || w == "occupied" || w == "north" || w == "south" || w == "east" ||
           w == "west" || w == "northeastern" || w == "northwestern" || w == "southeastern" ||
           w == "southwestern" || w == "neighbouring" || w == "neighboring";
  }

  // Everything a mention is made of while it is being put together.
  struct Parts {
    std::string country, sector, person_code, role, memory_code, memory_note;
    std::vector<uint32_t> entries;
    std::vector<std::pair<uint32_t, uint32_t>> new_names;  // unknown names to learn
    bool person = false, nation_only = true, pronoun = false;
    ActorSource source = ActorSource::kDictionary;
  };

  void Take(const Piece& piece, Parts* parts) {
    parts->entries.insert(parts->entries.end(), piece.entries.begin(), piece.entries.end());
    if (piece.kind != PieceKind::kNation) parts->nation_only = false;
    switch (piece.kind) {
      case PieceKind::kName:
        if (piece.person) {
          parts->person_code = piece.code;
          parts->person = true;
        } else {
          parts->country = piece.code;
        }
        break;
      case PieceKind::kNation:
        parts->country = piece.code;
        break;
      case PieceKind::kAgent:
        if (parts->sector.empty()) parts->sector = piece.code;
        if (parts->role.empty()) parts->role = piece.role;
        parts->person = parts->person || piece.person;
        break;
      case PieceKind::kMemoryName:
      case PieceKind::kPronoun:
        parts->memory_code = piece.code;
        parts->memory_note = piece.note;
        parts->person = piece.person;
        parts->pronoun = piece.kind == PieceKind::kPronoun;
        break;
      case PieceKind::kUnknownName:
        parts->new_names.emplace_back(piece.begin, piece.end);
        parts->person = true;
        break;
      case PieceKind::kOther:
        break;
    }
  }

  // Takes ", NAME ," (or ", NAME" at a clause end) after a role mention.
  void TakeAppositive(size_t* q, Parts* parts) {
    if (!IsToken(*q, ",") || !IsNamePiece(*q + 1)) return;
    size_t after = *q + 2;
    bool closed = after >= pieces_.size() || IsToken(after, ",") || IsToken(after, ".") ||
                  pieces_[after].kind == PieceKind::kOther;
    if (!closed) return;
    const Piece& name = pieces_[*q + 1];
    if (name.kind == PieceKind::kUnknownName) {
      parts->new_names.emplace_back(name.begin, name.end);
    } else if (parts->person_code.empty()) {
      parts->person_code = name.code;
      parts->entries.insert(parts->entries.end(), name.entries.begin(), name.entries.end());
    }
    parts->person = true;
    *q += 2;
  }

  // Composes the mention that starts at piece `p`, if one does; sets `*next`
  // to the first piece after it.
  std::optional<Mention> BuildAt(size_t p, size_t* next) {
    const Piece& first = pieces_[p];
    Parts parts;
    size_t q = p;
    uint32_t begin = first.begin;

    if (first.kind == PieceKind::kOther) return std::nullopt;
    if (first.kind == PieceKind::kUnknownName) {
      // "Nasser Kanaani, the spokesman for ..., said": a name, then its role.
      size_t role = p + 1;
      if (!IsToken(role, ",")) return std::nullopt;
      ++role;
      if (IsToken(role, "the")) ++role;
      if (role >= pieces_.size() ||
          (pieces_[role].kind != PieceKind::kAgent && !IsCountryPiece(role)))
        return std::nullopt;
      size_t after_role = role;
      Parts role_parts;
      if (!Compose(role, &after_role, &role_parts)) return std::nullopt;
      // "... in the Red Sea, the U.S. military said": the role is the
      // speaker of the sentence, not the name's apposition.
      if (after_role < pieces_.size() && IsSpeechVerb(s_.tokens[pieces_[after_role].begin].verb))
        return std::nullopt;
      parts = std::move(role_parts);
      parts.new_names.emplace_back(first.begin, first.end);
      parts.person = true;
      parts.nation_only = false;
      q = after_role;
      if (IsToken(q, ",")) ++q;  // the closing comma of the appositive
      return Finish(begin, pieces_[q - 1].end, q, &parts, next);
    }
    if (first.kind == PieceKind::kPronoun) {
      const DocumentMemory::Remembered* r =
          first.person ? memory_->LastPerson() : memory_->LastThing();
      if (r == nullptr) return std::nullopt;
      Piece resolved = first;
      resolved.code = r->code;
      resolved.note = r->introduced_as;
      Take(resolved, &parts);
      q = p + 1;
      return Finish(begin, first.end, q, &parts, next);
    }
    if (!Compose(p, &q, &parts)) return std::nullopt;
    uint32_t end = pieces_[q - 1].end;
    // "Kofi Annan, the UN-Arab League envoy, met ...": a known person's
    // apposition is part of the mention; the person's own code stands.
    if (first.kind == PieceKind::kName && first.person && parts.sector.empty() && IsToken(q, ",")) {
      size_t role = q + 1;
      // Words before the role only after "the": "Kofi Annan, the UN-Arab
      // League envoy", never "David Petraeus, held talks with President ...".
      size_t words_allowed = 0;
      if (IsToken(role, "the") || IsToken(role, "a") || IsToken(role, "an")) {
        ++role;
        words_allowed = 3;
      }
      while (role < pieces_.size() && role < q + 2 + words_allowed &&
             (pieces_[role].kind == PieceKind::kOther ||
              pieces_[role].kind == PieceKind::kUnknownName) &&
             !IsToken(role, ",") && !IsToken(role, "."))
        ++role;
      Parts role_parts;
      size_t after_role = role;
      if (role < pieces_.size() &&
          (pieces_[role].kind == PieceKind::kAgent || IsCountryPiece(role)) &&
          Compose(role, &after_role, &role_parts) &&
          !(after_role < pieces_.size() &&
            IsSpeechVerb(s_.tokens[pieces_[after_role].begin].verb))) {
        q = after_role;
        end = pieces_[q - 1].end;
        if (IsToken(q, ",")) ++q;  // the closing comma of the apposition
      }
    }
    if (!parts.sector.empty() || parts.person) {
      size_t before = q;
      TakeAppositive(&q, &parts);
      if (q != before) end = pieces_[q - 1].end;
    }
    return Finish(begin, end, q, &parts, next);
  }

  // The core of a mention: [nation|name] ['s] agent* [of|for [the] nation|name agent*] [name].
  // Returns false when piece `p` cannot start one.
  bool Compose(size_t p, size_t* q_out, Parts* parts) {
    size_t q = p;
    bool any = false;
    bool after_of = false;  // just past the "of"/"for" of "president of Iran"
    while (q < pieces_.size()) {
      const Piece& piece = pieces_[q];
      if (IsCountryPiece(q)) {
        bool fits = parts->country.empty() && parts->person_code.empty() &&
                    (parts->sector.empty() || after_of);
        if (!fits) break;
        after_of = false;
        Take(piece, parts);
        ++q;
        any = true;
        // "Iran's foreign minister": the possessive joins a country to a role.
        if (IsToken(q, "'s") && q + 1 < pieces_.size() && pieces_[q + 1].kind == PieceKind::kAgent)
          ++q;
        // "Rwanda's information minister", "Iran's top diplomat": one or two
        // lower-case words between the possessive and its role.
        if (IsToken(q, "'s")) {
          size_t r = q + 1;
          while (r < pieces_.size() && r <= q + 2 && pieces_[r].kind == PieceKind::kOther &&
                 IsLowerWord(pieces_[r].begin))
            ++r;
          if (r > q + 1 && r < pieces_.size() && pieces_[r].kind == PieceKind::kAgent) q = r;
        }
        // "Ethiopian federal troops", "Iraqi special forces": words of rank
        // or reach between a nationality and its role.
        for (int skipped = 0;
             skipped < 2 && q + 1 < pieces_.size() && pieces_[q].kind == PieceKind::kOther &&
             IsRoleAdjective(s_.tokens[pieces_[q].begin].lower);
             ++skipped) {
          size_t r = q + 1;
          while (r < pieces_.size() && r < q + 2 && pieces_[r].kind == PieceKind::kOther &&
                 IsRoleAdjective(s_.tokens[pieces_[r].begin].lower))
            ++r;
          if (r >= pieces_.size() || pieces_[r].kind != PieceKind::kAgent) break;
          q = r;
        }
        continue;
      }
      if (piece.kind == PieceKind::kName && piece.person) {
        if (!parts->person_code.empty()) break;
        Take(piece, parts);
        ++q;
        any = true;
        break;  // a person's name ends the mention
      }
      if (piece.kind == PieceKind::kAgent) {
        if (!parts->person_code.empty()) break;
        Take(piece, parts);
        ++q;
        any = true;
        // "the spokesman for Iranian foreign ministry", "president of Iran".
        if ((IsToken(q, "of") || IsToken(q, "for")) && parts->country.empty()) {
          size_t r = SkipPlaceModifiers(q + 1);
          if (IsCountryPiece(r)) {
            q = r;
            after_of = true;
          }
        }
        // "a court in Guyana", "protesters in Tehran": a role in a country
        // belongs to it (the country of a capital, not its government).
        // Peacekeepers are the exception: they serve in other countries.
        // "dissidents from Egypt", "officials from Iran" likewise, but not
        // troops: "withdrew troops from Lebanon" are not Lebanon's.
        bool from = IsToken(q, "from") && parts->sector != "MIL";
        if ((IsToken(q, "in") || from) && parts->country.empty() && parts->sector != "PKO") {
          size_t r = SkipPlaceModifiers(q + 1);
          if (r < pieces_.size() && pieces_[r].kind == PieceKind::kName && !pieces_[r].person &&
              IsCountryCode(pieces_[r].code)) {
            Piece place = pieces_[r];
            place.code.resize(3);
            Take(place, parts);
            q = r + 1;
            break;
          }
          // "ministers from the Georgian government": the role belongs to
          // the country of the body it comes from, and the body is part of
          // the mention.
          if (r + 1 < pieces_.size() && pieces_[r].kind == PieceKind::kNation &&
              pieces_[r + 1].kind == PieceKind::kAgent && IsCountryCode(pieces_[r].code)) {
            Piece place = pieces_[r];
            place.code.resize(3);
            Take(place, parts);
            q = r + 2;
            break;
          }
        }
        continue;
      }
      if (any && !parts->sector.empty() && parts->person_code.empty() &&
          (piece.kind == PieceKind::kUnknownName || piece.kind == PieceKind::kMemoryName)) {
        // A title before a name: "President Joko Widodo".
        Take(piece, parts);
        ++q;
        break;
      }
      if (!any && piece.kind == PieceKind::kMemoryName) {
        Take(piece, parts);
        ++q;
        any = true;
        break;
      }
      break;
    }
    *q_out = q;
    return any;
  }

  std::optional<Mention> Finish(uint32_t begin, uint32_t end, size_t q, Parts* parts,
                                size_t* next) {
    *next = q;
    Mention m;
    m.begin = begin;
    m.end = end;
    m.entries = parts->entries;
    m.person = parts->person;
    m.nation_only = parts->nation_only && !parts->country.empty() && parts->sector.empty();
    std::string introduced;
    if (!parts->person_code.empty()) {
      m.code = parts->person_code;
      m.source = parts->sector.empty() && parts->country.empty() ? ActorSource::kDictionary
                                                                 : ActorSource::kComposed;
    } else if (!parts->country.empty()) {
      m.code = parts->country;
      // A bare country takes the role's sector: IRN + GOV. International
      // organisations and codes that already carry a sector keep theirs.
      bool bare_country = m.code.size() == 3 && m.code != "IGO" && m.code != "NGO";
      if (bare_country && !parts->sector.empty()) m.code += parts->sector;
      m.source = parts->sector.empty() ? ActorSource::kDictionary : ActorSource::kComposed;
    } else if (!parts->memory_code.empty()) {
      m.code = parts->memory_code;
      m.source = parts->pronoun ? ActorSource::kPronoun : ActorSource::kMemory;
      introduced = parts->memory_note;
    } else if (!parts->role.empty()) {
      // "the minister": the last actor this article called so.
      if (const DocumentMemory::Remembered* r = memory_->FindRole(parts->role)) {
        m.code = r->code;
        m.source = ActorSource::kMemory;
      } else if (!parts->sector.empty() && !ModifiesANoun(end)) {
        // A role with no country anywhere: the country of the dateline, else
        // CAMEO's unknown country, "---REB".
        const std::string& home = memory_->HomeCountry();
        m.code = (home.empty() ? std::string("---") : home) + parts->sector;
        m.source = ActorSource::kComposed;
      }
    }
    if (m.code.empty()) return std::nullopt;
    if (m.end < s_.tokens.size() && s_.tokens[m.end].kind == text::TokenKind::kPossessive)
      m.possessive = true;
    if (m.begin < s_.tokens.size() && IsPossessivePronoun(s_.tokens[m.begin].lower) &&
        m.source == ActorSource::kPronoun)
      m.possessive = true;

    // Teach the memory what this mention says.
    std::string words(s_.Words(m.begin, m.end));
    for (auto [b, e] : parts->new_names) {
      memory_->LearnName(JoinLower(s_, b, e), m.code, words);
      if (e - b > 1) memory_->LearnName(s_.tokens[e - 1].lower, m.code, words);
    }
    if (!parts->role.empty() && (!parts->country.empty() || !parts->person_code.empty())) {
      // "the foreign minister" is later "the foreign minister" or "the minister".
      memory_->LearnRole(parts->role, m.code, words);
      size_t space = parts->role.rfind(' ');
      if (space != std::string::npos)
        memory_->LearnRole(parts->role.substr(space + 1), m.code, words);
    }
    if (m.person) {
      memory_->SetLastPerson(m.code, words);
    } else if (m.source != ActorSource::kPronoun) {
      memory_->SetLastThing(m.code, words);
    }
    return m;
  }

  // Whether the word after a bare role noun makes it a modifier: "civilian
  // regions", "military communications", "police station" (a word that is
  // only a noun; "rebels attack" stays a subject and its verb).
  bool ModifiesANoun(uint32_t end) const {
    if (end >= s_.tokens.size() || s_.lemmatizer == nullptr) return false;
    const text::Token& next = s_.tokens[end];
    if (next.kind != text::TokenKind::kWord || next.capitalized) return false;
    // WordNet lists "who" (the WHO) and "that" among its nouns.
    if (IsClauseOpener(next.lower) || IsFunctionWord(next.lower)) return false;
    return s_.lemmatizer->IsNoun(next.noun) && !s_.lemmatizer->IsVerb(next.verb);
  }

  bool IsAfterVerbOrPreposition(uint32_t begin) const {
    uint32_t j = begin;
    if (j > 0 && IsDeterminer(s_.tokens[j - 1].lower)) --j;
    if (j == 0) return false;
    const text::Token& t = s_.tokens[j - 1];
    if (t.kind != text::TokenKind::kWord || t.capitalized) return false;
    return IsPreposition(t.lower) ||
           (s_.lemmatizer != nullptr && s_.lemmatizer->IsVerb(t.verb) && !IsFunctionWord(t.lower));
  }
  // An inflected verb form ("criticized", "says", "met") right after `end`.
  bool IsBeforeFiniteVerb(uint32_t end) const {
    if (end >= s_.tokens.size() || s_.lemmatizer == nullptr) return false;
    const text::Token& t = s_.tokens[end];
    return t.kind == text::TokenKind::kWord && !t.capitalized && t.lower != t.verb &&
           !t.lower.ends_with("ing") && s_.lemmatizer->IsVerb(t.verb) && !IsFunctionWord(t.lower);
  }

  static bool IsPossessivePronoun(std::string_view lower) {
    return lower == "its" || lower == "his" || lower == "her";
  }

  // Mentions joined by "and" (or a comma list ending in "and") form a compound.
  void LinkCompounds(std::vector<Mention>* mentions) const {
    int group = 0;
    for (Mention& m : *mentions) m.group = group++;
    auto joiner = [&](const Mention& a, const Mention& b, bool* has_and) {
      *has_and = false;
      if (b.begin <= a.end) return false;
      for (uint32_t i = a.end; i < b.begin; ++i) {
        const std::string& w = s_.tokens[i].lower;
        if (w == "and") {
          *has_and = true;
        } else if (w != "," && w != "the" && w != "both") {
          return false;
        }
      }
      return true;
    };
    for (size_t i = mentions->size(); i-- > 1;) {
      Mention& a = (*mentions)[i - 1];
      Mention& b = (*mentions)[i];
      bool has_and = false;
      if (a.possessive || !joiner(a, b, &has_and)) continue;
      // A bare comma joins only inside a list that ends in "and": "A, B and C".
      if (!has_and && (b.group == static_cast<int>(i))) continue;
      // "Netanyahu criticized Erdogan and Putin criticized Zelensky": an
      // object, then a subject with its own verb; no compound.
      if (has_and && IsAfterVerbOrPreposition(a.begin) && IsBeforeFiniteVerb(b.end)) continue;
      a.group = b.group;
      ShareTheRole(&a, &b);
    }
  }

  // A role written once for a compound belongs to each part: "Vietnamese
  // and Cambodian forces" are VNMMIL and KHMMIL, "the presidents of Iraq and
  // Egypt" IRQGOV and EGYGOV.
  void ShareTheRole(Mention* a, Mention* b) const {
    // "Vietnamese and Cambodian forces": a bare nationality before a
    // country-and-role mention.
    if (a->nation_only && b->source == ActorSource::kComposed && !b->person && b->code.size() > 3 &&
        IsCountryCode(b->code) && a->code.size() == 3) {
      a->code += b->code.substr(3);
      a->nation_only = false;
      a->source = ActorSource::kComposed;
      return;
    }
    // "the presidents of Iraq and Egypt": a plural role "of" one country,
    // then a bare country.
    if (a->source == ActorSource::kComposed && a->code.size() > 3 && IsCountryCode(a->code) &&
        b->code.size() == 3 && IsCountryCode(b->code) && !b->person && !b->possessive &&
        b->source == ActorSource::kDictionary && PluralRoleOf(*a)) {
      b->code += a->code.substr(3);
      b->source = ActorSource::kComposed;
      b->nation_only = false;
    }
  }

  // Whether the mention reads "ROLES of COUNTRY" with a plural role noun.
  bool PluralRoleOf(const Mention& m) const {
    for (uint32_t i = m.begin + 1; i + 1 < m.end; ++i) {
      if (s_.tokens[i].lower != "of") continue;
      const text::Token& role = s_.tokens[i - 1];
      return role.kind == text::TokenKind::kWord && !role.noun.empty() && role.lower != role.noun;
    }
    return false;
  }

  const Sentence& s_;
  const dict::Dictionary& d_;
  DocumentMemory* memory_;
  const std::vector<Piece>& pieces_;
};

}  // namespace

std::vector<Mention> FindMentions(const Sentence& sentence, const dict::Dictionary& dictionary,
                                  DocumentMemory* memory) {
  std::vector<Piece> pieces = FindPieces(sentence, dictionary, *memory);
  return MentionBuilder(sentence, dictionary, memory, pieces).Build();
}

}  // namespace khaldun::coder
