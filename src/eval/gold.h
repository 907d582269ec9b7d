// Human-coded development sets, read into one shape: sentences with the
// events a careful coder would give them.
//
// Formats:
//   cameo-examples  the CAMEO codebook's example sentences, TSV:
//                   cameo_code, example_no, sentence, example_note
//   gsr             PETRARCH2's English wire validation set, TSV: id, category,
//                   date (YYYYMMDD), expected events "SRC|TGT|CODE[|..] ; ...",
//                   event text, text
//   jsonl           the shared gold contract: {"id", "pub_date", "text",
//                   "context", "events": [{"source", "target", "cameo"}]}
#ifndef KHALDUN_EVAL_GOLD_H_
#define KHALDUN_EVAL_GOLD_H_

#include <string>
#include <vector>

namespace khaldun::eval {

struct GoldEvent {
  std::string source;  // may be empty where the set gives only a code
  std::string target;
  std::string cameo;
};

struct GoldRecord {
  std::string id;
  std::string date;     // YYYY-MM-DD; the default date where the set has none
  std::string context;  // the previous sentence, or empty
  std::string text;
  std::vector<GoldEvent> events;
};

enum class GoldFormat { kCameoExamples, kGsr, kJsonl };

// Guesses the format from the file name: *.jsonl, names containing
// "cameo_manual_examples", else gsr.
GoldFormat GuessFormat(const std::string& path);

// Reads a gold file. Malformed lines go to `*errors` as "FILE:LINE: reason".
// Returns false when the file cannot be read.
bool ReadGold(const std::string& path, GoldFormat format, const std::string& default_date,
              std::vector<GoldRecord>* records, std::vector<std::string>* errors);

}  // namespace khaldun::eval

#endif  // KHALDUN_EVAL_GOLD_H_
