#include "compat/petrarch_issues.h"

#include <cctype>
#include <fstream>

#include "dict/line_parser.h"
#include "io/utf8.h"

namespace khaldun::compat {
namespace {

// More forms than this from one line is a mistake in the line, not a phrase.
constexpr size_t kMaxForms = 64;

bool IsVowel(char c) {
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// English regular plural (and third person singular): "academy" ->
// "academies", "bus" -> "buses", "teacher" -> "teachers". PETRARCH only
// adds S or IES; Khaldun's lemmas catch the irregular plurals in text.
std::string Plural(const std::string& w) {
  if (w.size() >= 2 && (w.back() == 'y' || w.back() == 'Y') && !IsVowel(w[w.size() - 2]))
    return w.substr(0, w.size() - 1) + "ies";
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh"))
    return w + "es";
  return w + "s";
}

std::string Past(const std::string& w) {
  if (w.back() == 'e') return w + "d";
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]))
    return w.substr(0, w.size() - 1) + "ied";
  return w + "ed";
}

std::string Gerund(const std::string& w) {
  if (w.size() > 2 && w.back() == 'e' && w[w.size() - 2] != 'e')
    return w.substr(0, w.size() - 1) + "ing";
  return w + "ing";
}

void AddUnique(std::vector<std::string>* forms, std::string form) {
  for (const std::string& f : *forms)
    if (f == form) return;
  forms->push_back(std::move(form));
}

// The forms of one '+'-free part of a word: "n:school" -> school, schools.
bool PartForms(std::string_view part, std::vector<std::string>* out, std::string* error) {
  out->clear();
  bool noun = part.size() >= 2 && (part[0] == 'n' || part[0] == 'N') && part[1] == ':';
  bool verb = part.size() >= 2 && (part[0] == 'v' || part[0] == 'V') && part[1] == ':';
  if (!noun && !verb) {
    out->emplace_back(part);
    return true;
  }
  std::string word(part.substr(2));
  if (word.empty() || word.find(':') != std::string::npos) {
    *error = std::string(noun ? "n:" : "v:") + " is not followed by a word";
    return false;
  }
  out->push_back(word);
  if (noun) {
    out->push_back(Plural(word));
  } else {
    out->push_back(Plural(word));
    out->push_back(Past(word));
    out->push_back(Gerund(word));
  }
  return true;
}

// The forms of one blank-free word: parts joined by '+' take a space or a hyphen.
bool WordForms(std::string_view word, std::vector<std::string>* out, std::string* error) {
  std::vector<std::string> acc{""}, parts, next;
  size_t start = 0;
  bool first = true;
  while (true) {
    size_t plus = word.find('+', start);
    std::string_view part =
        word.substr(start, plus == std::string_view::npos ? plus : plus - start);
    if (!PartForms(part, &parts, error)) return false;
    next.clear();
    for (const char* sep :
         first ? std::vector<const char*>{""} : std::vector<const char*>{" ", "-"})
      for (const std::string& a : acc)
        for (const std::string& p : parts) AddUnique(&next, a + sep + p);
    if (next.size() > kMaxForms) {
      *error = "phrase stands for more than " + std::to_string(kMaxForms) + " forms";
      return false;
    }
    acc.swap(next);
    first = false;
    if (plus == std::string_view::npos) break;
    start = plus + 1;
  }
  *out = std::move(acc);
  return true;
}

// "  a   b " -> "a b".
std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool blank = c == ' ' || c == '\t';
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool ValidUtf8(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0, bad = 0;
  while (i < s.size()) {
    size_t n = io::internal::Utf8SequenceLength(p + i, s.size() - i, &bad);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// The value of `name="..."` in a tag, or false.
bool Attribute(std::string_view tag, std::string_view name, std::string* value) {
  std::string key = std::string(name) + "=\"";
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return false;
  size_t begin = at + key.size(), end = tag.find('"', begin);
  if (end == std::string_view::npos) return false;
  *value = std::string(tag.substr(begin, end - begin));
  return true;
}

}  // namespace

bool ExpandIssuePhrase(std::string_view phrase, std::vector<std::string>* forms,
                       std::string* error) {
  forms->clear();
  std::vector<std::string> acc{""}, word_forms, next;
  for (std::string_view word : dict::SplitWords(phrase)) {
    if (!WordForms(word, &word_forms, error)) return false;
    next.clear();
    for (const std::string& a : acc)
      for (const std::string& w : word_forms) AddUnique(&next, a.empty() ? w : a + " " + w);
    if (next.size() > kMaxForms) {
      *error = "phrase stands for more than " + std::to_string(kMaxForms) + " forms";
      return false;
    }
    acc.swap(next);
  }
  for (const std::string& a : acc) {
    std::string form = Squeeze(a);
    if (!form.empty()) AddUnique(forms, std::move(form));
  }
  if (forms->empty()) {
    *error = "no phrase";
    return false;
  }
  for (const std::string& f : *forms) {
    if (f.find_first_of("|=") != std::string::npos) {
      *error = "'|' and '=' cannot appear in a phrase";
      return false;
    }
  }
  return true;
}

bool ReadPetrarchIssues(const std::string& path, Conversion* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out->errors.push_back(path + ": cannot read");
    return false;
  }
  std::string raw, category;
  bool in_block = false;
  int number = 0, block_line = 0;
  std::vector<std::string> forms;
  std::string error;
  while (std::getline(in, raw)) {
    ++number;
    std::string_view line = raw;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    std::string t = Trim(line);
    if (t.empty()) continue;
    if (!ValidUtf8(t)) {
      out->Error(path, number, "invalid UTF-8");
      continue;
    }
    if (t[0] == '<') {
      if (t.rfind("</ISSUE", 0) == 0) {
        if (!in_block) out->Error(path, number, "</ISSUE> with no open <ISSUE> block");
        in_block = false;
        category.clear();
      } else if (t.rfind("<ISSUE", 0) == 0) {
        if (in_block)
          out->Error(path, number,
                     "<ISSUE> inside the block opened at line " + std::to_string(block_line));
        in_block = true;
        block_line = number;
        category.clear();
        if (!Attribute(t, "CATEGORY", &category)) {
          out->Error(path, number, "<ISSUE> without CATEGORY=\"...\"");
        } else if (!dict::IsIssueCode(category)) {
          out->Error(path, number, "bad issue category \"" + category + "\"");
          category.clear();
        }
      } else {
        out->Error(path, number, "unknown tag (expected <ISSUE ...> or </ISSUE>)");
      }
      continue;
    }
    std::string in_category = category.empty() ? "" : " in " + category;
    if (t[0] == '~') {
      bool story = t.size() > 1 && t[1] == '~';
      if (!ExpandIssuePhrase(std::string_view(t).substr(story ? 2 : 1), &forms, &error)) {
        out->Error(path, number, error);
        continue;
      }
      if (story) ++out->unsupported["story-level issue exclusion (~~), applied per sentence"];
      std::string text = "issue ";
      for (size_t i = 0; i < forms.size(); ++i) text += (i ? " | " : "") + forms[i];
      out->Add(text + " = not" + in_category, path, number);
      continue;
    }
    size_t open = t.find('[');
    if (open == std::string::npos) {
      ++out->unsupported["issue phrase without [CODE] (PETRARCH skips it too)"];
      continue;
    }
    size_t close = t.find(']', open);
    if (close == std::string::npos) {
      out->Error(path, number, "'[' without ']'");
      continue;
    }
    std::string code = Trim(std::string_view(t).substr(open + 1, close - open - 1));
    std::string after = Trim(std::string_view(t).substr(close + 1));
    if (!dict::IsIssueCode(code)) {
      out->Error(path, number, "bad issue code \"" + code + "\"");
      continue;
    }
    if (!after.empty()) {
      out->Error(path, number, "text after [" + code + "]: \"" + after + "\"");
      continue;
    }
    if (!ExpandIssuePhrase(std::string_view(t).substr(0, open), &forms, &error)) {
      out->Error(path, number, error);
      continue;
    }
    std::string text = "issue ";
    for (size_t i = 0; i < forms.size(); ++i) text += (i ? " | " : "") + forms[i];
    out->Add(text + " = " + code + in_category, path, number);
  }
  if (in_block) out->Error(path, block_line, "<ISSUE> block never closed with </ISSUE>");
  return true;
}

bool AddIssueFile(const std::string& path, dict::Dictionary* dictionary,
                  std::vector<std::string>* errors, std::string* fatal) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *fatal = "cannot read issues file " + path;
    return false;
  }
  // Khaldun's own format when the first entry line is a Khaldun line; a
  // PETRARCH line ("n:teacher [TEACHERS]", "<ISSUE ...>") never parses as one.
  bool khaldun_format = false;
  std::string raw, reason;
  while (std::getline(in, raw)) {
    dict::ParsedLine parsed;
    if (dict::ParseLine(raw, &parsed, &reason) && parsed.blank) continue;
    khaldun_format = reason.empty();
    break;
  }
  in.close();
  if (khaldun_format) {
    if (!dictionary->LoadFile(path, errors)) {
      *fatal = "cannot read issues file " + path;
      return false;
    }
    return true;
  }
  Conversion conversion;
  if (!ReadPetrarchIssues(path, &conversion)) {
    *fatal = "cannot read issues file " + path;
    return false;
  }
  AddToDictionary(&conversion, dictionary);
  errors->insert(errors->end(), conversion.errors.begin(), conversion.errors.end());
  if (conversion.lines.empty() && conversion.errors.empty()) {
    *fatal = path + ": no issues (expected PETRARCH <ISSUE> blocks or Khaldun 'issue' lines)";
    return false;
  }
  return true;
}

}  // namespace khaldun::compat
