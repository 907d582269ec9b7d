#include "e2e/run_khaldun.h"

#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace khaldun::e2e {
namespace {

std::vector<std::string>& TempFiles() {
  static auto* files = new std::vector<std::string>;
  static bool registered = [] {
    std::atexit([] {
      for (const std::string& f : TempFiles()) std::remove(f.c_str());
    });
    return true;
  }();
  (void)registered;
  return *files;
}

}  // namespace

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string TempFile(const std::string& content, const std::string& suffix) {
  std::string pattern = "/tmp/khaldun-e2e-XXXXXX" + suffix;
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemps(name.data(), static_cast<int>(suffix.size()));
  if (fd < 0) return "";
  size_t written = 0;
  while (written < content.size()) {
    ssize_t n = write(fd, content.data() + written, content.size() - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  close(fd);
  TempFiles().push_back(name.data());
  return name.data();
}

RunResult RunKhaldun(const std::string& args, const std::string& stdin_file) {
  std::string out = TempFile("", ".out");
  std::string err = TempFile("", ".err");
  std::string command = std::string(KHALDUN_BINARY) + " " + args +
                        (stdin_file.empty() ? " < /dev/null" : " < '" + stdin_file + "'") + " > '" +
                        out + "' 2> '" + err + "'";
  int status = std::system(command.c_str());
  RunResult r;
  r.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

std::vector<EventRow> ParseEvents(const std::string& jsonl) {
  std::vector<EventRow> rows;
  simdjson::dom::parser parser;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    simdjson::dom::element doc;
    if (parser.parse(line).get(doc) != simdjson::SUCCESS) {
      ADD_FAILURE() << "not JSON: " << line;
      continue;
    }
    EventRow row;
    auto str = [&](const char* key) {
      std::string_view v;
      return doc[key].get(v) == simdjson::SUCCESS ? std::string(v) : std::string();
    };
    row.doc_id = str("doc_id");
    row.source = str("source");
    row.target = str("target");
    row.cameo = str("cameo");
    row.date = str("date");
    row.root = str("root");
    int64_t index = -1;
    if (doc["sentence_index"].get(index) != simdjson::SUCCESS) ADD_FAILURE() << line;
    row.sentence_index = static_cast<int>(index);
    row.line = line;
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace khaldun::e2e
