#include "compat/peer_format.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>

namespace khaldun::compat {
namespace {

// An undated upper-case code of 4 to 8 letters or digits that is no
// sequence of 3-letter groups ("ITHTV", "YEMNO").
bool LongPeerCode(const std::string& code) {
  if (code.size() < 4 || code.size() > 8 || code.size() % 3 == 0) return false;
  for (char c : code)
    if (!std::isupper(static_cast<unsigned char>(c)) &&
        !std::isdigit(static_cast<unsigned char>(c)))
      return false;
  return true;
}

// One "[CODE DATES]" block of an actor line, as a Khaldun choice
// ("HRVGOV 1990-05-30..1999-12-10" or "HRV"); false with `*error` if malformed.
bool ParseCodeBlock(std::string_view inside, std::string* choice, std::string* error) {
  std::vector<std::string> parts = PeerWords(inside);
  // PeerWords splits on '_' too; codes and dates never hold one.
  if (parts.empty()) {
    *error = "empty code block []";
    return false;
  }
  std::string code = parts[0];
  if (code == "###" || code == "+++") {
    *error = "";  // a peer discard or complex mark: counted by the caller
    return false;
  }
  if (!code.empty() && !std::isalpha(static_cast<unsigned char>(code[0])) && code[0] != '-' &&
      code[0] != '~') {
    *error = "code block [" + std::string(inside) + "] has no code";
    return false;
  }
  // Dates may be written with blanks: "< 950601", "950601 - 990815".
  for (size_t k = 2; k < parts.size(); ++k) parts[1] += parts[k];
  parts.resize(std::min<size_t>(parts.size(), 2));
  *choice = code;
  if (parts.size() == 1) return true;
  const std::string& d = parts[1];
  std::string from, to;
  if (d[0] == '<' || d[0] == '>') {
    std::string iso;
    if (!PeerDate(std::string_view(d).substr(1), &iso)) {
      *error = "bad date \"" + d + "\" in [" + std::string(inside) + "]";
      return false;
    }
    (d[0] == '<' ? to : from) = iso;
  } else {
    size_t dash = d.find('-');
    if (dash == std::string::npos || !PeerDate(std::string_view(d).substr(0, dash), &from) ||
        !PeerDate(std::string_view(d).substr(dash + 1), &to)) {
      *error = "bad date range \"" + d + "\" in [" + std::string(inside) + "]";
      return false;
    }
  }
  *choice += " " + from + ".." + to;
  return true;
}

// Splits "PHRASE [A] [B 990101-001231]" into the phrase and its choices.
// `discard`: set when a [###] block stands beside dated codes ("ONODOHER [ONO
// <911226] [###]": a discard whenever no dated code applies).
bool SplitActorLine(std::string_view line, std::string* phrase, std::vector<std::string>* choices,
                    std::string* error, bool* discard) {
  size_t open = line.find('[');
  *phrase = Trim(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) {
      *error = "unclosed '[' in code block";
      return false;
    }
    std::string choice;
    bool special = false;
    if (!ParseCodeBlock(line.substr(open + 1, close - open - 1), &choice, error)) {
      if (!error->empty()) return false;
      special = true;  // [###] or [+++]: left out, the other choices still code
    }
    if (!special) choices->push_back(choice);
    if (special && Trim(line.substr(open + 1, close - open - 1)) == "###") *discard = true;
    if (special && choices->empty() && line.find('[', close) == std::string_view::npos)
      return false;
    size_t next = line.find_first_not_of(" \t", close + 1);
    if (next != std::string_view::npos && line[next] != '[') {
      *error = "text after the code block: \"" + Trim(line.substr(next)) + "\"";
      return false;
    }
    open = next;
  }
  return true;
}

// Characters Khaldun's line syntax reserves.
bool HasReserved(std::string_view phrase) {
  return phrase.find_first_of("|=#") != std::string_view::npos;
}

}  // namespace

bool ReadPeerLines(const std::string& path, Dialect dialect, std::vector<PeerLine>* lines,
                   std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot read";
    return false;
  }
  std::string raw;
  int number = 0;
  bool in_xml_comment = false;
  while (std::getline(in, raw)) {
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string text;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (in_xml_comment) {
        if (raw.compare(i, 3, "-->") == 0) {
          in_xml_comment = false;
          i += 2;
        }
        continue;
      }
      if (raw.compare(i, 4, "<!--") == 0) {
        in_xml_comment = true;
        i += 3;
        continue;
      }
      char c = raw[i];
      if (c == '#' && (dialect == Dialect::kPetrarch || Trim(text).empty())) break;
      if (c == ';' && dialect == Dialect::kTabari) break;
      text += c;
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    lines->push_back({number, text});
  }
  return true;
}

bool ReadPeerActors(const std::string& path, Dialect dialect, Conversion* out) {
  std::vector<PeerLine> lines;
  std::string error;
  if (!ReadPeerLines(path, dialect, &lines, &error)) {
    out->errors.push_back(error);
    return false;
  }
  // An entry is a headword line, its '+' synonym lines and (PETRARCH) its
  // indented "[CODE DATES]" lines; it is written out when the next begins.
  struct Pending {
    int line = 0;
    std::vector<std::string> phrases;
    std::vector<std::string> choices;
    bool bad = false;
  } entry;
  auto flush = [&] {
    if (entry.line == 0 || entry.bad) {
      entry = Pending();
      return;
    }
    if (entry.choices.empty()) {
      out->Error(path, entry.line, "actor \"" + entry.phrases[0] + "\" has no [CODE]");
    } else {
      bool compound = false;
      for (const std::string& c : entry.choices) compound |= c.find('/') != std::string::npos;
      if (compound &&
          (entry.choices.size() != 1 || entry.choices[0].find(' ') != std::string::npos)) {
        ++out->unsupported["compound actor code [A/B/C] with dates"];
      } else if (compound) {
        ++out->unsupported["compound actor code [A/B/C], first code kept"];
        std::vector<std::string> codes;
        std::stringstream ss(entry.choices[0]);
        std::string code;
        while (std::getline(ss, code, '/'))
          if (!Trim(code).empty()) codes.push_back(Trim(code));
        std::string text = "actor  ";
        for (size_t i = 0; i < entry.phrases.size(); ++i)
          text += (i ? " | " : "") + entry.phrases[i];
        out->Add(text + " = " + codes[0], path, entry.line);
        out->compound_codes[path + ":" + std::to_string(entry.line)] = codes;
      } else if (entry.choices.size() == 1 && LongPeerCode(entry.choices[0])) {
        // "ITHTV": a code Khaldun's syntax rejects (not 3-letter groups).
        // Khaldun's entry takes its first three letters; the compat coder
        // reads the whole code from compound_codes.
        ++out->unsupported["actor code not in 3-letter groups, first 3 letters kept"];
        std::string text = "actor  ";
        for (size_t i = 0; i < entry.phrases.size(); ++i)
          text += (i ? " | " : "") + entry.phrases[i];
        out->Add(text + " = " + entry.choices[0].substr(0, 3), path, entry.line);
        out->compound_codes[path + ":" + std::to_string(entry.line)] = {entry.choices[0]};
      } else {
        std::string text =
            entry.choices.size() == 1 && entry.choices[0].find(' ') == std::string::npos
                ? "actor  "
                : "person ";
        for (size_t i = 0; i < entry.phrases.size(); ++i)
          text += (i ? " | " : "") + entry.phrases[i];
        text += " = ";
        // Khaldun takes the first dated choice that holds, then the undated
        // fallback, as the peers do.
        for (size_t i = 0; i < entry.choices.size(); ++i)
          text += (i ? ", " : "") + entry.choices[i];
        out->Add(text, path, entry.line);
      }
    }
    entry = Pending();
  };
  std::set<std::string>* list = nullptr;  // TABARI <NOUN> / <ADJECTIVE> word lists
  for (const PeerLine& l : lines) {
    std::string t = Trim(l.text);
    if (t.empty()) continue;
    if (t == "<NOUN>" || t == "<ADJECTIVE>") {
      flush();
      list = t == "<NOUN>" ? &out->nouns : &out->adjectives;
      continue;
    }
    if (t == "</NOUN>" || t == "</ADJECTIVE>") {
      list = nullptr;
      continue;
    }
    if (list != nullptr) {
      std::string word = Trim(t.substr(0, t.find(';')));
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::replace(word.begin(), word.end(), '_', ' ');
      if (!word.empty() && word.back() == ' ') word.back() = '_';
      if (!word.empty()) list->insert(word);
      continue;
    }
    std::string phrase;
    std::vector<std::string> choices;
    std::string why;
    bool discard = false;
    if (!SplitActorLine(t, &phrase, &choices, &why, &discard)) {
      if (why.empty()) {
        ++out->unsupported["actor coded as a discard or complex [###] [+++]"];
      } else {
        out->Error(path, l.number, why);
      }
      if (t[0] != '+' && t[0] != '[') {  // a bad headword: its synonyms go with it
        flush();
        entry.line = l.number;
      }
      entry.bad = true;
      continue;
    }
    bool synonym = t[0] == '+';
    bool codes_only = t[0] == '[';
    if (!synonym && !codes_only) flush();
    if (codes_only || synonym) {
      if (entry.line == 0) {
        out->Error(path, l.number, "synonym or code line before any actor");
        continue;
      }
    } else {
      entry.line = l.number;
    }
    if (synonym) phrase = Trim(std::string_view(phrase).substr(1));
    if (discard && !phrase.empty()) out->dated_discards.push_back(LowerJoin(PeerWords(phrase)));
    // TABARI "MOUSE=": the last word takes no endings ("mouses" is no MOUSE).
    const bool unending = !phrase.empty() && phrase.back() == '=';
    if (unending) phrase = Trim(std::string_view(phrase).substr(0, phrase.size() - 1));
    if (!phrase.empty()) {
      if (HasReserved(phrase) || phrase.find('&') != std::string::npos) {
        out->Error(path, l.number, "character Khaldun cannot use in a name: \"" + phrase + "\"");
        if (!synonym) entry.bad = true;
        continue;
      }
      std::vector<std::string> words = PeerWords(phrase);
      if (words.empty()) {
        out->Error(path, l.number, "empty actor phrase");
        continue;
      }
      // Without a closing '_' the last word is a stem: ARGENTIN matches "Argentina".
      if (unending) {
        out->unending_words.insert(LowerJoin({words.back()}));
      } else if (phrase.back() != '_') {
        out->actor_stems.insert(LowerJoin({words.back()}));
      }
      if (dialect == Dialect::kTabari) {
        GappedName gapped = SplitGappedName(phrase);
        if (gapped.parts.size() > 1) out->gapped_names.push_back(std::move(gapped));
      }
      entry.phrases.push_back(TitleCase(words));
    }
    for (std::string& c : choices) entry.choices.push_back(std::move(c));
  }
  flush();
  return true;
}

namespace {

// Replaces each !MACRO! of `phrase` by each of its values (PETRARCH agents).
std::vector<std::string> ExpandMacros(const std::string& phrase,
                                      const std::map<std::string, std::vector<std::string>>& macros,
                                      std::string* error) {
  size_t open = phrase.find('!');
  if (open == std::string::npos) return {phrase};
  size_t close = phrase.find('!', open + 1);
  if (close == std::string::npos) {
    *error = "unclosed !MACRO! in \"" + phrase + "\"";
    return {};
  }
  auto it = macros.find(phrase.substr(open, close - open + 1));
  if (it == macros.end()) {
    *error = "undefined macro " + phrase.substr(open, close - open + 1);
    return {};
  }
  std::vector<std::string> out;
  for (const std::string& value : it->second) {
    for (std::string& rest : ExpandMacros(phrase.substr(close + 1), macros, error))
      out.push_back(phrase.substr(0, open) + value + rest);
  }
  return out;
}

}  // namespace

bool ReadPeerAgents(const std::string& path, Dialect dialect, Conversion* out) {
  std::vector<PeerLine> lines;
  std::string error;
  if (!ReadPeerLines(path, dialect, &lines, &error)) {
    out->errors.push_back(error);
    return false;
  }
  std::map<std::string, std::vector<std::string>> macros;
  for (const PeerLine& l : lines) {
    std::string t = Trim(l.text);
    if (t.empty()) continue;
    if (t[0] == '!' && t.find('=') != std::string::npos) {  // !PERSON! = MAN, MEN
      size_t eq = t.find('=');
      std::vector<std::string>& values = macros[Trim(t.substr(0, eq))];
      std::string rest = t.substr(eq + 1);
      std::stringstream ss(rest);
      std::string v;
      while (std::getline(ss, v, ',')) {
        if (!Trim(v).empty()) values.push_back(Trim(v));
      }
      continue;
    }
    size_t open = t.find('['), close = t.rfind(']');
    if (open == std::string::npos || close == std::string::npos || close < open) {
      out->Error(path, l.number, "agent line without a [~CODE] block");
      continue;
    }
    std::string code = Trim(std::string_view(t).substr(open + 1, close - open - 1));
    if (!code.empty() && code.back() == '~') {
      ++out->unsupported["agent code as a prefix [CODE~]"];
      out->prefix_agents.insert(path + ":" + std::to_string(l.number));
      code.pop_back();
    } else if (!code.empty() && code[0] == '~') {
      code.erase(0, 1);
    }
    code = Trim(code);
    if (code.empty()) {
      out->Error(path, l.number, "empty agent code");
      continue;
    }
    std::string head = Trim(std::string_view(t).substr(0, open));
    std::vector<std::string> raw;
    size_t brace = head.find('{');
    if (brace != std::string::npos) {  // PETRARCH: AGENT {PLURAL FORMS}
      size_t end = head.find('}', brace);
      if (end == std::string::npos) {
        out->Error(path, l.number, "unclosed '{' in agent plurals");
        continue;
      }
      std::stringstream plurals(head.substr(brace + 1, end - brace - 1));
      std::string p;
      while (plurals >> p) raw.push_back(p);
      head = Trim(std::string_view(head).substr(0, brace));
      out->exact_agents.insert(path + ":" + std::to_string(l.number));
    }
    raw.insert(raw.begin(), head);
    std::vector<std::string> phrases;
    bool bad = false;
    for (const std::string& r : raw) {
      for (const std::string& p : ExpandMacros(r, macros, &error)) {
        std::vector<std::string> words = PeerWords(p);
        if (!words.empty() && !HasReserved(p)) phrases.push_back(LowerJoin(words));
      }
      if (!error.empty()) {
        out->Error(path, l.number, error);
        error.clear();
        bad = true;
      }
    }
    if (bad || phrases.empty()) {
      if (!bad) out->Error(path, l.number, "agent line without a phrase");
      continue;
    }
    std::string text = "agent  ";
    for (size_t i = 0; i < phrases.size(); ++i) text += (i ? " | " : "") + phrases[i];
    out->Add(text + " = " + code, path, l.number);
  }
  return true;
}

namespace {

using Synsets = std::map<std::string, std::vector<std::string>>;

using Slot = PeerSlot;

constexpr size_t kMaxExpansions = 256;

std::vector<std::string> Join(const std::vector<Slot>& slots, size_t from, size_t to);

// Reads `text` (a pattern side, an alternative or a synset member) into slots.
// `stems`: TABARI reads a word not closed by '_' as a stem ("NOTED" matches
// "notedown", manual 5.2.2); such open words are written with a closing '*'
// ("noted*"), which the compat coder reads under TABARI's settings.
bool Tokenize(std::string_view text, const Synsets& synsets, int depth, std::vector<Slot>* slots,
              std::string* error, bool stems = false) {
  if (depth > 6) {
    *error = "synsets nested too deep";
    return false;
  }
  bool adjacent = false, gap = false;
  auto push = [&](Slot s) {
    s.adjacent = adjacent && !gap;
    slots->push_back(std::move(s));
    adjacent = gap = false;
  };
  auto expand = [&](std::string_view inner, Slot* s) {
    std::vector<Slot> sub;
    if (!Tokenize(inner, synsets, depth + 1, &sub, error, stems)) return false;
    for (std::string& c : Join(sub, 0, sub.size())) s->choices.push_back(std::move(c));
    return true;
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '(' || c == ')') {
      gap = true;
      ++i;
    } else if (c == '_') {
      adjacent = true;
      ++i;
    } else if (c == '$' || c == '+' || c == '%' || c == '^') {
      Slot s;
      s.marker = c;
      push(s);
      gap = true;  // an actor's place: other words lie between
      ++i;
    } else if (c == '*') {
      Slot s;
      s.verb = true;
      push(s);
      ++i;
    } else if (c == '{') {
      int nest = 0;
      size_t j = i;
      for (; j < text.size(); ++j) {
        if (text[j] == '{') ++nest;
        if (text[j] == '}' && --nest == 0) break;
      }
      if (j == text.size()) {
        *error = "unclosed '{'";
        return false;
      }
      std::string_view inner = text.substr(i + 1, j - i - 1);
      if (inner.find('|') == std::string_view::npos) {  // a noun phrase group (CAMEO 2.0)
        std::vector<Slot> sub;
        if (!Tokenize(inner, synsets, depth + 1, &sub, error, stems)) return false;
        for (size_t k = 0; k < sub.size(); ++k) {
          if (k == 0) sub[k].adjacent = adjacent && !gap;
          slots->push_back(std::move(sub[k]));
        }
        adjacent = gap = false;
      } else {
        Slot s;
        size_t start = 0;
        while (true) {
          size_t bar = inner.find('|', start);
          if (!expand(inner.substr(start, bar - start), &s)) return false;
          if (bar == std::string_view::npos) break;
          start = bar + 1;
        }
        push(std::move(s));
      }
      i = j + 1;
    } else if (c == '&') {
      size_t j = i + 1;
      while (j < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '-'))
        ++j;
      std::string name(text.substr(i + 1, j - i - 1));
      auto it = synsets.find(name);
      if (it == synsets.end()) {
        *error = "undefined synset &" + name;
        return false;
      }
      Slot s;
      s.synset = true;
      for (const std::string& member : it->second)
        if (!expand(member, &s)) return false;
      push(std::move(s));
      i = j;
    } else if (c == '}' || c == '|') {
      *error = std::string("unexpected '") + c + "'";
      return false;
    } else {
      size_t j = i;
      while (j < text.size() &&
             std::string_view(" \t_(){}|&*$%^").find(text[j]) == std::string_view::npos &&
             !(text[j] == '+' && j == i))
        ++j;
      Slot s;
      s.choices.push_back(LowerJoin({std::string(text.substr(i, j - i))}));
      if (stems && (j == text.size() || text[j] != '_') && s.choices[0].back() != '~')
        s.choices[0] += '*';
      push(std::move(s));
      i = j;
    }
  }
  return true;
}

// Every word sequence the slots [from, to) spell, with " * " for gaps.
std::vector<std::string> Join(const std::vector<Slot>& slots, size_t from, size_t to) {
  std::vector<std::string> out = {""};
  for (size_t k = from; k < to; ++k) {
    const Slot& s = slots[k];
    if (s.marker != 0) continue;
    std::vector<std::string> next;
    for (const std::string& prefix : out) {
      for (const std::string& choice : s.choices) {
        if (next.size() >= kMaxExpansions) break;
        if (choice.empty()) {
          next.push_back(prefix);
        } else if (prefix.empty()) {
          next.push_back(choice);
        } else {
          next.push_back(prefix + (s.adjacent ? " " : " * ") + choice);
        }
      }
    }
    out.swap(next);
  }
  return out;
}

}  // namespace

namespace {

// A verb code as Khaldun can take it; false (counted) for the peers' special
// codes Khaldun has no equivalent for.
bool VerbCode(std::string code, Conversion* out, std::string* khaldun) {
  code = Trim(code);
  if (code == "---") {
    ++out->unsupported["null event code [---]"];
    return false;
  }
  if (code == "###" || code == "+++") {
    ++out->unsupported["discard or complex code [###] [+++]"];
    return false;
  }
  size_t colon = code.find(':');
  if (colon == 0) {
    // [:B]: the target acts on the source, Khaldun's reversed verb.
    *khaldun = Trim(code.substr(1)) + " reversed";
    return true;
  }
  if (colon != std::string::npos) {
    ++out->unsupported["paired code [A:B], first half kept"];
    code = code.substr(0, colon);
  }
  *khaldun = code;
  return true;
}

// "GIVE {GAVE GIVEN} [code]" or "+ABC_DEF": the verb phrases and the code.
// `unending`: where forms closed by '=' ("BAN=") go, without the mark.
void ParseVerbLine(std::string_view t, std::vector<std::string>* forms, std::string* code,
                   std::set<std::string>* unending = nullptr) {
  size_t open = t.find('[');
  if (open != std::string_view::npos) {
    size_t close = t.find(']', open);
    *code = Trim(t.substr(open + 1, close == std::string_view::npos ? close : close - open - 1));
    t = t.substr(0, open);
  }
  std::string head(t);
  std::string irregular;
  size_t brace = head.find('{');
  if (brace != std::string::npos) {
    size_t end = head.find('}', brace);
    irregular = head.substr(brace + 1, end == std::string::npos ? end : end - brace - 1);
    head = head.substr(0, brace);
  }
  auto add = [&](std::string phrase) {
    for (char& c : phrase)
      if (c == '+') c = ' ';
    const bool no_endings = !phrase.empty() && phrase.back() == '=';
    if (no_endings) phrase.pop_back();
    std::vector<std::string> words = PeerWords(phrase);
    if (words.empty()) return;
    forms->push_back(LowerJoin(words));
    if (no_endings && unending != nullptr) unending->insert(forms->back());
  };
  add(Trim(head));
  std::stringstream ss(irregular);
  std::string f;
  while (ss >> f) add(f);
}

// A peer pattern's code: "064", "032:033", "---", "###", "+++".
void SetPeerCode(const std::string& raw, PeerPattern* p) {
  std::string code = Trim(raw);
  if (code == "---") p->special = PeerPattern::Special::kNull;
  if (code == "###") p->special = PeerPattern::Special::kDiscard;
  if (code == "+++") p->special = PeerPattern::Special::kComplex;
  size_t colon = code.find(':');
  p->code = Trim(std::string_view(code).substr(0, colon));
  if (colon != std::string::npos) p->paired_code = Trim(std::string_view(code).substr(colon + 1));
}

int CountWords(const std::vector<PeerSlot>& slots) {
  int n = 0;
  for (const PeerSlot& s : slots) {
    if (s.choices.empty()) continue;
    // The shortest choice: a pattern is as specific as its least specific
    // reading. Literal words count double, so "* DOLLAR" beats "* &CURRENCY".
    size_t least = SIZE_MAX;
    for (const std::string& c : s.choices) least = std::min(least, PeerWords(c).size());
    n += static_cast<int>(least) * (s.synset ? 1 : 2);
  }
  return n;
}

}  // namespace

bool ReadPeerVerbs(const std::string& path, Dialect dialect, Conversion* out) {
  std::vector<PeerLine> lines;
  std::string error;
  if (!ReadPeerLines(path, dialect, &lines, &error)) {
    out->errors.push_back(error);
    return false;
  }
  // First the synsets, which patterns may use before they are defined.
  Synsets synsets;
  std::string current;
  for (const PeerLine& l : lines) {
    std::string t = Trim(l.text);
    if (!t.empty() && t[0] == '&') {
      std::vector<std::string> w = PeerWords(t.substr(1));
      current = w.empty() ? "" : w[0];
      if (current.empty()) out->Error(path, l.number, "synset without a name");
      synsets[current];
    } else if (!t.empty() && t[0] == '+' && !current.empty()) {
      synsets[current].push_back(Trim(std::string_view(t).substr(1)));
    } else if (!t.empty()) {
      current.clear();
    }
  }

  struct Pattern {
    int line;
    bool adjacent;
    std::vector<std::string> rests;
    std::string code;
  };
  struct Block {
    int line = 0;
    std::vector<std::string> verbs;
    std::string code;
    std::vector<Pattern> patterns;
    std::vector<PeerPattern> peer;  // heads filled in at the end of the block
  } block;
  auto heads_text = [](const std::vector<std::string>& heads, const std::vector<std::string>& rests,
                       bool adjacent) {
    std::string text;
    size_t n = 0;
    for (const std::string& h : heads) {
      for (const std::string& r : rests) {
        if (n++ >= kMaxExpansions) return text;
        text += (text.empty() ? "" : " | ") + h + (r.empty() ? "" : (adjacent ? " " : " * ") + r);
      }
    }
    return text;
  };
  auto flush = [&] {
    if (block.line != 0 && !block.code.empty()) {
      PeerPattern root;
      SetPeerCode(block.code, &root);
      root.file = path;
      root.line = block.line;
      root.root = true;
      block.peer.insert(block.peer.begin(), root);
    }
    for (PeerPattern& p : block.peer) {
      p.heads = block.verbs;
      if (!p.heads.empty()) out->patterns.push_back(std::move(p));
    }
    std::string code;
    if (block.line != 0 && !block.verbs.empty() && !block.code.empty() &&
        VerbCode(block.code, out, &code))
      out->Add("verb   " + heads_text(block.verbs, {""}, true) + " = " + code, path, block.line);
    for (const Pattern& p : block.patterns) {
      if (block.verbs.empty()) {
        out->Error(path, p.line, "pattern outside a verb block");
        continue;
      }
      out->Add("verb   " + heads_text(block.verbs, p.rests, p.adjacent) + " = " + p.code, path,
               p.line);
    }
    block = Block();
  };
  bool in_synsets = false, in_time = false;
  current.clear();
  for (const PeerLine& l : lines) {
    std::string t = Trim(l.text);
    if (t.empty()) continue;
    if (t == "<SYNSETS>" || t == "</SYNSETS>") {
      in_synsets = t[1] != '/';
      continue;
    }
    if (t == "<TIME>" || t == "</TIME>") {
      in_time = t[1] != '/';
      continue;
    }
    if (in_time) {
      // A time phrase coded [###] or [+++] keeps the record from coding:
      // a discard. Date shifts themselves are not supported.
      bool discard = t.find("[###]") != std::string::npos || t.find("[+++]") != std::string::npos;
      std::vector<std::string> words = PeerWords(t.substr(0, t.find('[')));
      if (discard && !words.empty() && t[0] != '-') {
        out->Add("discard " + LowerJoin(words), path, l.number);
      } else {
        ++out->unsupported["time-shift phrase (<TIME>)"];
      }
      continue;
    }
    if (t[0] == '&') {
      current = "synset";
      continue;
    }
    if (t[0] == '+' && !current.empty()) continue;  // a synset member, read above
    current.clear();
    if (in_synsets) continue;
    if (t[0] == '<') continue;                                        // other section tags
    if (t.rfind("---", 0) == 0 && t.size() > 3 && t.back() == '-') {  // PETRARCH block header
      flush();
      std::string inner = Trim(std::string_view(t).substr(3, t.size() - 6));
      std::vector<std::string> forms;
      ParseVerbLine(inner, &forms, &block.code);
      block.line = l.number;
      continue;
    }
    if (t[0] == '-') {  // a pattern
      size_t open = t.rfind('['), close = t.rfind(']');
      if (open == std::string::npos || close == std::string::npos || close < open) {
        out->Error(path, l.number, "pattern without a [code]");
        continue;
      }
      std::vector<Slot> slots;
      if (!Tokenize(std::string_view(t).substr(1, open - 1), synsets, 0, &slots, &error)) {
        out->Error(path, l.number, error);
        error.clear();
        continue;
      }
      size_t verb = slots.size(), n_verbs = 0;
      for (size_t k = 0; k < slots.size(); ++k)
        if (slots[k].verb) verb = k, ++n_verbs;
      if (n_verbs != 1) {
        out->Error(path, l.number, "pattern must hold exactly one '*' (the verb)");
        continue;
      }
      PeerPattern peer;
      SetPeerCode(t.substr(open + 1, close - open - 1), &peer);
      // The coder's copy marks TABARI's stems; Khaldun's own entries below
      // keep the words as written.
      std::vector<Slot> peer_slots = slots;
      if (dialect == Dialect::kTabari) {
        peer_slots.clear();
        Tokenize(std::string_view(t).substr(1, open - 1), synsets, 0, &peer_slots, &error, true);
      }
      peer.before.assign(peer_slots.begin(), peer_slots.begin() + verb);
      peer.after.assign(peer_slots.begin() + verb + 1, peer_slots.end());
      peer.words = CountWords(slots);
      peer.verb_adjacent = slots[verb].adjacent;
      peer.file = path;
      peer.line = l.number;
      block.peer.push_back(std::move(peer));
      std::string code;
      if (!VerbCode(t.substr(open + 1, close - open - 1), out, &code)) continue;
      bool words_before = false;
      for (size_t k = 0; k < verb; ++k) words_before |= !slots[k].choices.empty();
      if (words_before) {
        ++out->unsupported["pattern words before the verb"];
        continue;
      }
      Pattern p{l.number, verb + 1 < slots.size() && slots[verb + 1].adjacent,
                Join(slots, verb + 1, slots.size()), code};
      if (!p.rests.empty()) block.patterns.push_back(std::move(p));
      continue;
    }
    // A verb line: a TABARI root (starts a block), or a PETRARCH block's verb or synonym.
    std::vector<std::string> forms;
    std::string code;
    if (dialect == Dialect::kTabari && t[0] == '{' && block.line != 0) {
      // Irregular forms on their own line under the root: "{ GAVE_ GIVEN_ }".
      ParseVerbLine(t, &forms, &code, &out->unending_words);
      // A one-word form with no closing '_' is a stem like a root ("{
      // ACTUALITY }" matches "actualityss").
      std::stringstream irregular(t.substr(1, t.find('}') - 1));
      std::string form;
      while (irregular >> form)
        if (form.find_first_of("_=+") == std::string::npos)
          out->verb_stems.insert(LowerJoin({form}));
      for (std::string& f : forms) block.verbs.push_back(std::move(f));
      continue;
    }
    if (dialect == Dialect::kTabari) {
      // A one-word root with no closing '_' is a stem (TABARI manual 5.2.2).
      std::string root = Trim(t.substr(0, t.find_first_of("[{")));
      if (!root.empty() && root.find_first_of(" _=\t") == std::string::npos) {
        for (char& c : root) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out->verb_stems.insert(root);
      }
      flush();
      block.line = l.number;
      ParseVerbLine(t, &forms, &block.code, &out->unending_words);
      block.verbs = forms;
      continue;
    }
    ParseVerbLine(t[0] == '+' ? std::string_view(t).substr(1) : std::string_view(t), &forms, &code);
    if (block.line == 0) {
      out->Error(path, l.number, "verb line before any '--- VERB [code] ---' header");
      continue;
    }
    std::string khaldun;
    if (!code.empty() && !forms.empty()) {
      PeerPattern own;
      SetPeerCode(code, &own);
      own.heads = forms;
      own.file = path;
      own.line = l.number;
      out->patterns.push_back(std::move(own));
    }
    if (!code.empty() && !forms.empty() && VerbCode(code, out, &khaldun))
      out->Add("verb   " + heads_text(forms, {""}, true) + " = " + khaldun, path, l.number);
    for (std::string& f : forms) block.verbs.push_back(std::move(f));
  }
  flush();
  return true;
}

bool ReadPeerDiscards(const std::string& path, Conversion* out) {
  std::vector<PeerLine> lines;
  std::string error;
  if (!ReadPeerLines(path, Dialect::kPetrarch, &lines, &error)) {
    out->errors.push_back(error);
    return false;
  }
  for (const PeerLine& l : lines) {
    std::string t = Trim(l.text);
    if (t.empty()) continue;
    if (t[0] == '+') {
      // A story-level discard; Khaldun discards the sentence that holds it.
      ++out->unsupported["story-level discard (+), applied to its sentence"];
      t = Trim(std::string_view(t).substr(1));
    }
    std::vector<std::string> words = PeerWords(t);
    if (words.empty() || HasReserved(t)) {
      out->Error(
          path, l.number,
          words.empty() ? "empty discard phrase" : "character Khaldun cannot use: \"" + t + "\"");
      continue;
    }
    out->Add("discard " + LowerJoin(words), path, l.number);
  }
  return true;
}

}  // namespace khaldun::compat
