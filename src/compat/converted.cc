#include "compat/converted.h"

#include <cctype>
#include <cstdio>

#include "when/civil_date.h"

namespace khaldun::compat {

void AddToDictionary(Conversion* conversion, dict::Dictionary* dictionary) {
  for (const ConvertedLine& l : conversion->lines) {
    std::string error;
    if (!dictionary->AddLine(l.text, l.file, l.line, &error)) conversion->errors.push_back(error);
  }
}

std::string FormatConversion(const Conversion& conversion) {
  std::string out;
  for (const ConvertedLine& l : conversion.lines) {
    out += l.text;
    out += "  # ";
    size_t slash = l.file.rfind('/');
    out += slash == std::string::npos ? l.file : l.file.substr(slash + 1);
    out += ':' + std::to_string(l.line) + '\n';
  }
  return out;
}

std::vector<std::string> PeerWords(std::string_view phrase) {
  std::vector<std::string> words;
  std::string word;
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

std::string TitleCase(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    bool start = true;
    for (char c : w) {
      unsigned char u = static_cast<unsigned char>(c);
      out += static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = !std::isalnum(u) && c != '\'';
    }
  }
  return out;
}

std::string LowerJoin(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    for (char c : w) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool PeerDate(std::string_view digits, std::string* iso) {
  if (digits.size() != 6 && digits.size() != 8) return false;
  for (char c : digits)
    if (c < '0' || c > '9') return false;
  int n = std::stoi(std::string(digits));
  int year = n / 10000, month = n / 100 % 100, day = n % 100;
  // TABARI's two-digit years: 00-30 are this century, the rest the last one.
  if (digits.size() == 6) year += year <= 30 ? 2000 : 1900;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  *iso = buf;
  return when::CivilDate::Parse(*iso).has_value();
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace khaldun::compat
