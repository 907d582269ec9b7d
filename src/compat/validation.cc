#include "compat/validation.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "compat/converted.h"
#include "compat/xml_reader.h"
#include "io/utf8.h"

namespace khaldun::compat {
namespace {

// "{ DAG / GON / 032 }" and friends, read into `r`; false with `*why` if malformed.
bool ReadTabariChecks(const std::string& comment, ValidationRecord* r, std::string* why) {
  if (comment.find("OPTION:") != std::string::npos) {
    r->expect = Expect::kOption;
    size_t at = 0;
    while ((at = comment.find("OPTION:", at)) != std::string::npos) {
      size_t end = comment.find_first_of("}\n", at);
      r->options.push_back(Trim(std::string_view(comment).substr(at + 7, end - at - 7)));
      at += 7;
    }
    return true;
  }
  size_t open = comment.find('{');
  if (open == std::string::npos) {
    *why = "no verification block { SOURCE / TARGET / EVENT }";
    return false;
  }
  if (open > 0 && comment[open - 1] == '-') {
    r->expect = Expect::kUnchecked;
    return true;
  }
  bool first = true;
  while (open != std::string::npos) {
    if (!first && comment[open - 1] == '-') {
      r->partial = true;
      break;
    }
    // Three records omit the closing brace: the block then ends with its line.
    size_t close = comment.find_first_of("}\n", open);
    size_t display_break = comment.find("\\n", open);
    if (display_break < close) close = display_break;
    std::string inside = Trim(std::string_view(comment).substr(open + 1, close - open - 1));
    if (inside.empty()) {  // "{}" in prose: not a check
    } else if (inside.find('/') == std::string::npos) {
      if (inside.find("###") != std::string::npos) {
        r->expect = Expect::kDiscard;
      } else if (inside.find("+++") != std::string::npos) {
        r->expect = Expect::kComplex;
      } else if (inside.find("---") == std::string::npos) {
        *why = "verification block {" + inside + "} is neither an event nor ---, ### or +++";
        return false;
      }
    } else {
      std::vector<std::string> fields;
      std::stringstream ss(inside);
      std::string f;
      while (std::getline(ss, f, '/')) fields.push_back(Trim(f));
      if (fields.size() < 3) {
        *why = "verification block {" + inside + "} needs SOURCE / TARGET / EVENT";
        return false;
      }
      r->events.push_back({fields[0], fields[1], fields[2]});
    }
    first = first && inside.empty();
    open = close == std::string::npos ? close : comment.find('{', close);
  }
  return true;
}

}  // namespace

bool ReadTabariValidation(const std::string& path, ValidationSuite* suite,
                          std::vector<std::string>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->push_back(path + ": cannot read");
    return false;
  }
  std::vector<std::string> lines;
  std::string l;
  while (std::getline(in, l)) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    lines.push_back(l);
  }
  auto blank = [](const std::string& s) { return Trim(s).empty(); };
  size_t i = 0;
  while (i < lines.size()) {
    if (blank(lines[i])) {
      ++i;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(lines[i][0]))) {  // a comment block
      while (i < lines.size() && !blank(lines[i])) ++i;
      continue;
    }
    ValidationRecord r;
    r.line = static_cast<int>(i) + 1;
    r.ordered = true;
    std::stringstream header(lines[i]);
    std::string date;
    header >> date >> r.id;
    ++i;
    std::string text, comment;
    // A blank line ends the record, even inside an unclosed /* (as in TABARI).
    bool in_comment = false, closed = false;
    while (i < lines.size() && !blank(lines[i])) {
      const std::string& line = lines[i++];
      if (!in_comment && !closed) {
        size_t c = line.find("/*");
        if (c == std::string::npos) {
          text += (text.empty() ? "" : " ") + Trim(line);
          continue;
        }
        text += (text.empty() ? "" : " ") + Trim(std::string_view(line).substr(0, c));
        in_comment = true;
        comment += line.substr(c + 2) + "\n";
      } else if (in_comment) {
        comment += line + "\n";
      }
      size_t end = comment.find("*/");
      if (in_comment && end != std::string::npos) {
        comment.resize(end);
        in_comment = false;
        closed = true;
      }
    }
    if (r.id == "FINAL-01") break;  // the sentinel that ends the standard records
    size_t dash = r.id.find('-');
    r.category = dash == std::string::npos ? r.id : r.id.substr(0, dash);
    r.text = Trim(text);
    std::string why;
    // A few records carry an overlong date (9501201); TABARI reads its start.
    if (!PeerDate(date, &r.date) && !PeerDate(date.substr(0, 8), &r.date))
      PeerDate(date.substr(0, 6), &r.date);
    if (r.id.empty() || r.date.empty()) {
      why = "record header needs a YYMMDD or YYYYMMDD date and an id";
    } else if (comment.empty()) {
      why = "record has no /* ... */ verification comment";
    }
    if (why.empty()) ReadTabariChecks(comment, &r, &why);
    if (why.empty() &&
        io::internal::FirstInvalidUtf8(r.text.data(), r.text.size()) != r.text.size())
      why = "text is not valid UTF-8";
    if (!why.empty()) {
      errors->push_back(path + ":" + std::to_string(r.line) + ": " + r.id + ": " + why);
      continue;
    }
    suite->records.push_back(std::move(r));
  }
  return true;
}

bool ReadPetrarchValidation(const std::string& path, ValidationSuite* suite,
                            std::vector<std::string>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->push_back(path + ": cannot read");
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  XmlReader reader(xml);
  std::map<std::string, std::string> config;  // <Config> settings so far
  ValidationRecord r;
  bool in_sentence = false;
  std::string element;  // the innermost element whose text we keep
  std::string text;
  auto where = [&](int line) { return path + ":" + std::to_string(line) + ": "; };
  while (true) {
    XmlReader::Kind k = reader.Next();
    if (k == XmlReader::Kind::kEndOfInput) break;
    if (k == XmlReader::Kind::kError) {
      errors->push_back(where(reader.line()) + "XML: " + reader.text());
      return false;
    }
    const std::string& name = reader.name();
    if (k == XmlReader::Kind::kText) {
      if (!element.empty()) text += reader.text();
      continue;
    }
    if (k == XmlReader::Kind::kStart) {
      const auto& a = reader.attributes();
      auto get = [&](const char* key) {
        auto it = a.find(key);
        return it == a.end() ? std::string() : Trim(it->second);
      };
      if (name == "Stop") break;
      if (name == "Config") {
        config[get("option")] = get("value");
      } else if (name == "Sentence") {
        r = ValidationRecord();
        r.line = reader.line();
        r.id = get("id");
        r.category = get("category");
        if (!PeerDate(get("date"), &r.date)) {
          errors->push_back(where(reader.line()) + r.id + ": date must be YYYYMMDD");
          r.date.clear();
        }
        for (const auto& [option, value] : config) r.options.push_back(option + "=" + value);
        in_sentence = true;
      } else if (name == "EventCoding" && in_sentence) {
        std::string error = get("error");
        if (!error.empty()) {
          r.expect = error == "sentencediscard" || error == "storydiscard" ? Expect::kDiscard
                                                                           : Expect::kError;
        } else if (!get("noevents").empty()) {
          r.expect = Expect::kEvents;
        } else {
          ExpectedEvent e{get("sourcecode"), get("targetcode"), get("eventcode")};
          if (e.code.empty()) {
            errors->push_back(where(reader.line()) + r.id + ": EventCoding without eventcode");
          } else {
            r.events.push_back(e);
          }
        }
      } else if (name == "Text" || name == "Verbfile" || name == "Actorfile" ||
                 name == "Agentfile" || name == "Discardfile" || name == "Include") {
        element = name;
        text.clear();
      }
      continue;
    }
    // An end tag.
    if (name == element) {
      std::string value = Trim(text);
      if (name == "Text") r.text = value;
      if (name == "Verbfile") suite->verbs = value;
      if (name == "Actorfile") suite->actors = value;
      if (name == "Agentfile") suite->agents = value;
      if (name == "Discardfile") suite->discards = value;
      if (name == "Include") {
        std::stringstream ss(value);
        std::string c;
        while (ss >> c) suite->include.push_back(c);
      }
      element.clear();
    } else if (name == "Sentence" && in_sentence) {
      in_sentence = false;
      if (r.date.empty()) continue;
      if (r.text.empty()) {
        errors->push_back(where(r.line) + r.id + ": sentence without <Text>");
        continue;
      }
      if (io::internal::FirstInvalidUtf8(r.text.data(), r.text.size()) != r.text.size()) {
        errors->push_back(where(r.line) + r.id + ": text is not valid UTF-8");
        continue;
      }
      suite->records.push_back(std::move(r));
    }
  }
  return true;
}

}  // namespace khaldun::compat
