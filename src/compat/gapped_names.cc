#include "compat/gapped_names.h"

#include <cctype>

namespace khaldun::compat {

GappedName SplitGappedName(const std::string& phrase) {
  GappedName name;
  std::vector<std::string> part;
  std::string word;
  auto end_word = [&]() {
    if (!word.empty()) part.push_back(word);
    word.clear();
  };
  auto end_part = [&]() {
    end_word();
    if (!part.empty()) name.parts.push_back(part);
    part.clear();
  };
  for (char c : phrase) {
    if (c == '_') {
      end_word();
    } else if (c == ' ' || c == '\t') {
      end_part();
    } else {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  end_part();
  return name;
}

std::vector<uint32_t> MatchGappedName(const GappedName& name, const std::vector<std::string>& words,
                                      const std::vector<bool>& stops, uint32_t begin,
                                      uint32_t max_gap) {
  std::vector<uint32_t> at;
  uint32_t pos = begin;
  for (size_t p = 0; p < name.parts.size(); ++p) {
    const std::vector<std::string>& part = name.parts[p];
    auto fits = [&](uint32_t from) {
      if (from + part.size() > words.size()) return false;
      for (size_t w = 0; w < part.size(); ++w)
        if (words[from + w] != part[w]) return false;
      return true;
    };
    uint32_t start = pos;
    if (p > 0) {
      // The next part within max_gap words, not across a stop.
      while (start < words.size() && start - pos <= max_gap && !fits(start) && !stops[start])
        ++start;
      if (start - pos > max_gap) return {};
    }
    if (!fits(start)) return {};
    for (size_t w = 0; w < part.size(); ++w) at.push_back(start + static_cast<uint32_t>(w));
    pos = start + static_cast<uint32_t>(part.size());
  }
  return at;
}

}  // namespace khaldun::compat
