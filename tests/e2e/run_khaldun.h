// Runs the khaldun binary in a shell and collects what it printed.
#ifndef KHALDUN_TESTS_E2E_RUN_KHALDUN_H_
#define KHALDUN_TESTS_E2E_RUN_KHALDUN_H_

#include <string>
#include <vector>

namespace khaldun::e2e {

struct RunResult {
  int exit_status = -1;
  std::string out;
  std::string err;
};

// Runs `khaldun ARGS < STDIN_FILE` (no redirection when `stdin_file` is
// empty, then standard input is /dev/null).
RunResult RunKhaldun(const std::string& args, const std::string& stdin_file = "");

// A fresh temporary file holding `content`; removed at exit of the test binary.
std::string TempFile(const std::string& content, const std::string& suffix = ".jsonl");

std::string ReadFile(const std::string& path);

// One parsed event: the keys the tests look at.
struct EventRow {
  std::string doc_id, source, target, cameo, date, root;
  int sentence_index = -1;
  std::string line;  // the whole JSON line
};
// Parses events-out JSON Lines; fails the current test on a malformed line.
std::vector<EventRow> ParseEvents(const std::string& jsonl);

}  // namespace khaldun::e2e

#endif  // KHALDUN_TESTS_E2E_RUN_KHALDUN_H_
