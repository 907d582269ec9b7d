// Scores the coder against a gold set, the way the project reports it:
//   - code recall: the share of sentences whose expected code's root (or
//     exact code) is among the coded events (for sets that give only a code);
//   - event precision, recall and F1 at root level with source and target
//     country: an event counts when its root code and the first three letters
//     of both actor codes match a gold event not matched yet.
#ifndef KHALDUN_EVAL_SCORER_H_
#define KHALDUN_EVAL_SCORER_H_

#include <string>
#include <vector>

#include "coder/coder.h"
#include "eval/gold.h"

namespace khaldun::eval {

struct RecordOutcome {
  const GoldRecord* record = nullptr;
  std::vector<GoldEvent> coded;  // events coded in the record's text
  int matched = 0;               // events matched at root + countries
  bool root_hit = false;         // first gold code's root among the coded roots
  bool code_hit = false;         // first gold code among the coded codes
};

struct Score {
  int records = 0;
  int records_with_code = 0;  // records whose first gold event gives a code
  int root_hits = 0, code_hits = 0;
  int gold_events = 0, coded_events = 0, matched_events = 0;  // events with both actors
  double RootShare() const { return records_with_code ? double(root_hits) / records_with_code : 0; }
  double CodeShare() const { return records_with_code ? double(code_hits) / records_with_code : 0; }
  double Precision() const { return coded_events ? double(matched_events) / coded_events : 0; }
  double Recall() const { return gold_events ? double(matched_events) / gold_events : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Codes each record (context + " " + text, counting only events in the
// text part) and scores it.
Score ScoreGold(const coder::Coder& coder, const std::vector<GoldRecord>& records,
                std::vector<RecordOutcome>* outcomes);

// Country part of an actor code for scoring: its first three characters.
std::string CountryOf(const std::string& code);

}  // namespace khaldun::eval

#endif  // KHALDUN_EVAL_SCORER_H_
