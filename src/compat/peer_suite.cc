#include "compat/peer_suite.h"

#include <algorithm>

namespace khaldun::compat {
namespace {

bool Same(const ExpectedEvent& a, const ExpectedEvent& b) {
  return a.source == b.source && a.target == b.target && a.code == b.code;
}

}  // namespace

bool Judge(const ValidationRecord& record, const std::vector<ExpectedEvent>& produced) {
  switch (record.expect) {
    case Expect::kOption:
    case Expect::kUnchecked:
      return true;
    case Expect::kDiscard:
    case Expect::kComplex:
    case Expect::kError:
      return produced.empty();
    case Expect::kEvents:
      break;
  }
  const std::vector<ExpectedEvent>& want = record.events;
  if (record.ordered) {
    if (produced.size() < want.size()) return false;
    if (!record.partial && produced.size() != want.size()) return false;
    for (size_t i = 0; i < want.size(); ++i)
      if (!Same(want[i], produced[i])) return false;
    return true;
  }
  if (produced.size() != want.size()) return false;
  std::vector<bool> used(produced.size(), false);
  for (const ExpectedEvent& w : want) {
    bool found = false;
    for (size_t i = 0; i < produced.size() && !found; ++i) {
      if (!used[i] && Same(w, produced[i])) used[i] = found = true;
    }
    if (!found) return false;
  }
  return true;
}

RecordCoder KhaldunRecordCoder(const coder::Coder* coder) {
  return [coder](const ValidationRecord& r) {
    std::vector<ExpectedEvent> out;
    if (r.expect == Expect::kOption) return out;
    for (const coder::Event& e : coder->Code({r.id, r.date, r.text}))
      out.push_back({e.source.code, e.target.code, e.cameo});
    return out;
  };
}

SuiteResult RunSuite(const ValidationSuite& suite, const RecordCoder& code) {
  SuiteResult result;
  for (const ValidationRecord& r : suite.records) {
    if (!suite.include.empty() &&
        std::find(suite.include.begin(), suite.include.end(), r.category) == suite.include.end()) {
      ++result.skipped;
      continue;
    }
    RecordResult out;
    out.record = &r;
    {
      // Option records go to the coder too, which may follow them.
      for (const ExpectedEvent& p : code(r)) {
        // PETRARCH writes each distinct event once; TABARI keeps repeats.
        if (!r.ordered && std::any_of(out.produced.begin(), out.produced.end(),
                                      [&](const ExpectedEvent& q) { return Same(p, q); }))
          continue;
        out.produced.push_back(p);
      }
    }
    out.passed = Judge(r, out.produced);
    ++(out.passed ? result.passed : result.failed);
    CategoryCount& c = result.by_category[r.category];
    ++(out.passed ? c.passed : c.failed);
    result.records.push_back(std::move(out));
  }
  return result;
}

}  // namespace khaldun::compat
