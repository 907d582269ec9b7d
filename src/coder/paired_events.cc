#include "coder/paired_events.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace khaldun::coder {
namespace {

bool IsMeetingOrVisit(const std::string& cameo) {
  return cameo == "040" || cameo == "042" || cameo == "043" || cameo == "044";
}

std::pair<std::string, std::string> Unordered(const Event& e) {
  return std::minmax(e.source.code, e.target.code);
}

// The code an event's reverse takes, or "" when it has none.
std::string ReverseCode(const std::string& cameo) {
  if (cameo == "041" || cameo == "046") return cameo;
  if (cameo == "042") return "043";
  if (cameo == "043") return "042";
  return "";
}

}  // namespace

void ApplyPairedEvents(std::vector<Event>* events, size_t first) {
  if (first >= events->size()) return;
  std::set<std::pair<std::string, std::string>> negotiating;
  for (size_t i = first; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (!e.target.code.empty() && (e.cameo == "045" || e.cameo == "046"))
      negotiating.insert(Unordered(e));
  }
  if (!negotiating.empty()) {
    auto superseded = [&](const Event& e) {
      return IsMeetingOrVisit(e.cameo) && !e.target.code.empty() &&
             negotiating.count(Unordered(e)) > 0;
    };
    events->erase(
        std::remove_if(events->begin() + static_cast<long>(first), events->end(), superseded),
        events->end());
  }

  std::set<std::tuple<std::string, std::string, std::string>> present;
  for (size_t i = first; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    present.emplace(e.source.code, e.target.code, e.cameo);
  }
  for (size_t i = first; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    std::string code = ReverseCode(e.cameo);
    if (code.empty() || e.target.code.empty() || e.mode == "reciprocal" || e.mode == "linked")
      continue;
    if (!present.emplace(e.target.code, e.source.code, code).second) continue;
    Event reverse = e;
    std::swap(reverse.source, reverse.target);
    reverse.cameo = code;
    reverse.mode = code == e.cameo ? "reciprocal" : "linked";
    events->insert(events->begin() + static_cast<long>(i) + 1, std::move(reverse));
    ++i;
  }
}

}  // namespace khaldun::coder
