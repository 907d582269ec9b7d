#include "coder/document_memory.h"

#include <algorithm>

namespace khaldun::coder {

void DocumentMemory::LearnName(const std::string& name, const std::string& code,
                               const std::string& introduced_as) {
  names_[name] = Remembered{code, introduced_as};
  size_t words = static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
  longest_name_words_ = std::max(longest_name_words_, words);
}

const DocumentMemory::Remembered* DocumentMemory::FindName(const std::string& name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : &it->second;
}

size_t DocumentMemory::LongestKnownName(const std::vector<std::string_view>& words,
                                        const Remembered** found) const {
  std::string key;
  size_t best = 0;
  for (size_t n = 1; n <= words.size() && n <= longest_name_words_; ++n) {
    if (n > 1) key += ' ';
    key += words[n - 1];
    if (const Remembered* r = FindName(key)) {
      best = n;
      *found = r;
    }
  }
  return best;
}

void DocumentMemory::LearnRole(const std::string& role, const std::string& code,
                               const std::string& introduced_as) {
  roles_[role] = Remembered{code, introduced_as};
}

const DocumentMemory::Remembered* DocumentMemory::FindRole(const std::string& role) const {
  auto it = roles_.find(role);
  return it == roles_.end() ? nullptr : &it->second;
}

}  // namespace khaldun::coder
