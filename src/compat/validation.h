// The peers' validation records: TABARI's Validate.text and PETRARCH's
// PETR.UnitTest.records.xml, each a sentence with the events its author
// expects (see ../shared/peers/README.md for both formats).
#ifndef KHALDUN_COMPAT_VALIDATION_H_
#define KHALDUN_COMPAT_VALIDATION_H_

#include <string>
#include <vector>

namespace khaldun::compat {

struct ExpectedEvent {
  std::string source, target, code;
};

enum class Expect {
  kEvents,     // exactly `events` (an empty list when nothing is expected)
  kOption,     // a TABARI record that only sets an option; passes unchecked
  kDiscard,    // TABARI {###}, PETRARCH error="sentencediscard|storydiscard"
  kComplex,    // TABARI {+++}: the coder should decline the sentence
  kError,      // PETRARCH error="bad_input_parse|dateline"
  kUnchecked,  // TABARI -{ before the first block
};

struct ValidationRecord {
  std::string id;
  std::string category;  // PETRARCH's category; TABARI: the id before its last '-'
  std::string date;      // YYYY-MM-DD
  std::string text;
  int line = 0;  // where the record starts in its file
  Expect expect = Expect::kEvents;
  std::vector<ExpectedEvent> events;
  bool partial = false;              // TABARI: a later -{ stops the comparison there
  bool ordered = false;              // TABARI compares in output order; PETRARCH ignores order
  std::vector<std::string> options;  // TABARI OPTION: commands; PETRARCH <Config> "name=value"
};

struct ValidationSuite {
  std::vector<ValidationRecord> records;
  // PETRARCH <Environment>: the dictionary files named (relative to the file).
  std::string verbs, actors, agents, discards;
  std::vector<std::string> include;  // categories to run; empty = all
};

// Reads a TABARI .text file up to its FINAL-01 sentinel. Malformed records
// are reported in `*errors` as "FILE:LINE: reason" and skipped.
bool ReadTabariValidation(const std::string& path, ValidationSuite* suite,
                          std::vector<std::string>* errors);
// Reads a PETRARCH validation XML file.
bool ReadPetrarchValidation(const std::string& path, ValidationSuite* suite,
                            std::vector<std::string>* errors);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_VALIDATION_H_
