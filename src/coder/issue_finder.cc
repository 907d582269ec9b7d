#include "coder/issue_finder.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

namespace khaldun::coder {

std::vector<IssueMatch> FindIssues(const Sentence& s, const dict::Dictionary& d) {
  std::vector<IssueMatch> found;
  // Categories blocked by an exclusion; "" blocks them all.
  std::set<std::string> blocked;
  size_t next = 0;  // first token not inside an issue already taken
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    if (!d.StartsPhrase(dict::Family::kIssue, s.keys[t])) continue;
    std::vector<dict::PhraseMatch> matches = d.MatchPhrases(dict::Family::kIssue, s.keys, t);
    if (matches.empty()) continue;
    // Exclusions count wherever they start; issues only outside a longer one.
    const dict::PhraseMatch* longest_issue = nullptr;
    for (const dict::PhraseMatch& m : matches) {
      for (uint32_t id : *m.entries) {
        const dict::Entry& e = d.entry(id);
        if (e.codes.empty()) {
          blocked.insert(e.category);
        } else if (t >= next) {
          longest_issue = &m;  // matches come shortest first
        }
      }
    }
    if (longest_issue == nullptr) continue;
    const uint32_t end = static_cast<uint32_t>(t + longest_issue->length);
    const text::Span span{s.tokens[t].span.begin, s.tokens[end - 1].span.end};
    const size_t first = found.size();
    for (uint32_t id : *longest_issue->entries) {
      const dict::Entry& e = d.entry(id);
      if (e.codes.empty()) continue;
      bool repeat = std::any_of(found.begin() + static_cast<long>(first), found.end(),
                                [&](const IssueMatch& m) { return m.code == e.codes[0].code; });
      if (repeat) continue;
      found.push_back(IssueMatch{e.codes[0].code, e.category,
                                 std::string(s.Words(static_cast<uint32_t>(t), end)), span});
    }
    std::sort(found.begin() + static_cast<long>(first), found.end(),
              [](const IssueMatch& a, const IssueMatch& b) {
                return std::tie(a.code, a.category) < std::tie(b.code, b.category);
              });
    next = end;
  }
  if (blocked.empty()) return found;
  if (blocked.count("")) return {};
  std::erase_if(found, [&](const IssueMatch& m) { return blocked.count(m.category) != 0; });
  return found;
}

}  // namespace khaldun::coder
