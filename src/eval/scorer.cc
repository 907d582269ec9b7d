#include "eval/scorer.h"

namespace khaldun::eval {

std::string CountryOf(const std::string& code) { return code.substr(0, 3); }

namespace {

std::string RootOf(const std::string& cameo) { return cameo.substr(0, 2); }

bool SameAtRoot(const GoldEvent& a, const GoldEvent& b) {
  return RootOf(a.cameo) == RootOf(b.cameo) && CountryOf(a.source) == CountryOf(b.source) &&
         CountryOf(a.target) == CountryOf(b.target);
}

bool HasActors(const GoldEvent& e) { return !e.source.empty() && !e.target.empty(); }

}  // namespace

Score ScoreGold(const coder::Coder& coder, const std::vector<GoldRecord>& records,
                std::vector<RecordOutcome>* outcomes) {
  Score score;
  for (const GoldRecord& r : records) {
    RecordOutcome o;
    o.record = &r;
    std::string text = r.context.empty() ? r.text : r.context + " " + r.text;
    uint32_t text_start = r.context.empty() ? 0 : static_cast<uint32_t>(r.context.size() + 1);
    for (const coder::Event& e : coder.Code(coder::ArticleInput{r.id, r.date, text})) {
      if (e.sentence.end <= text_start) continue;  // an event of the context sentence
      o.coded.push_back(GoldEvent{e.source.code, e.target.code, e.cameo});
    }
    ++score.records;
    if (!r.events.empty() && !r.events[0].cameo.empty()) {
      ++score.records_with_code;
      for (const GoldEvent& c : o.coded) {
        if (RootOf(c.cameo) == RootOf(r.events[0].cameo)) o.root_hit = true;
        if (c.cameo == r.events[0].cameo) o.code_hit = true;
      }
      score.root_hits += o.root_hit;
      score.code_hits += o.code_hit;
    }
    // Event matching, only where the gold names both actors.
    bool gold_has_actors = r.events.empty() || HasActors(r.events[0]);
    if (gold_has_actors) {
      std::vector<bool> used(r.events.size(), false);
      for (const GoldEvent& c : o.coded) {
        for (size_t g = 0; g < r.events.size(); ++g) {
          if (!used[g] && SameAtRoot(c, r.events[g])) {
            used[g] = true;
            ++o.matched;
            break;
          }
        }
      }
      score.gold_events += static_cast<int>(r.events.size());
      score.coded_events += static_cast<int>(o.coded.size());
      score.matched_events += o.matched;
    }
    if (outcomes != nullptr) outcomes->push_back(std::move(o));
  }
  return score;
}

}  // namespace khaldun::eval
