// Runs a peer validation suite through Khaldun's coder and judges each
// record by its author's rules: TABARI compares events in output order,
// PETRARCH one-to-one in any order (see ../shared/peers/README.md).
#ifndef KHALDUN_COMPAT_PEER_SUITE_H_
#define KHALDUN_COMPAT_PEER_SUITE_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "coder/coder.h"
#include "compat/validation.h"

namespace khaldun::compat {

struct RecordResult {
  const ValidationRecord* record = nullptr;
  bool passed = false;
  std::vector<ExpectedEvent> produced;
};

struct CategoryCount {
  int passed = 0, failed = 0;
};

struct SuiteResult {
  std::vector<RecordResult> records;  // the records run, in file order
  int passed = 0, failed = 0;
  int skipped = 0;  // PETRARCH categories absent from <Include>
  std::map<std::string, CategoryCount> by_category;
};

// Judges one record against the events coded from it. Records that expect a
// discard, a "complex" refusal or an input error pass when nothing is coded:
// Khaldun does not tell those three apart.
bool Judge(const ValidationRecord& record, const std::vector<ExpectedEvent>& produced);

// The events an engine codes from one record, as source/target/code.
using RecordCoder = std::function<std::vector<ExpectedEvent>(const ValidationRecord&)>;

// Codes every record (in the suite's <Include> categories) and judges it.
SuiteResult RunSuite(const ValidationSuite& suite, const RecordCoder& code);

// Khaldun's own coder as a RecordCoder.
RecordCoder KhaldunRecordCoder(const coder::Coder* coder);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PEER_SUITE_H_
