#include "cameo/codebook.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <vector>

namespace khaldun::cameo {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::unique_ptr<Codebook> Codebook::Load(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open CAMEO table " + path;
    return nullptr;
  }
  auto book = std::make_unique<Codebook>();
  std::string line;
  int line_number = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {  // the column names
      header_seen = true;
      continue;
    }
    std::vector<std::string_view> f = SplitTabs(line);
    auto fail = [&](const std::string& why) {
      *error = path + ":" + std::to_string(line_number) + ": " + why;
      return nullptr;
    };
    if (f.size() != 8)
      return fail("expected 8 tab-separated fields, found " + std::to_string(f.size()));
    EventCode code;
    code.code = f[0];
    code.root = f[1];
    code.name = f[2];
    if (!IsCode(code.code) || code.root.size() != 2) return fail("bad code or root");
    // A few codes added late to CAMEO (1213, 155, 1951 ...) have no score in
    // GDELT's table: they take their parent's, filled in below.
    if (f[3].empty()) {
      code.goldstein = std::numeric_limits<double>::quiet_NaN();
    } else {
      auto [p, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), code.goldstein);
      if (ec != std::errc() || p != f[3].data() + f[3].size()) return fail("bad Goldstein score");
    }
    auto [q, ec2] = std::from_chars(f[4].data(), f[4].data() + f[4].size(), code.quad_class);
    if (ec2 != std::errc() || code.quad_class < 1 || code.quad_class > 4)
      return fail("bad QuadClass");
    code.plover_event = f[5];
    code.plover_mode = f[6];
    code.plover_context = f[7];
    std::string key = code.code;
    book->codes_.emplace(std::move(key), std::move(code));
  }
  for (auto& [key, code] : book->codes_) {
    for (std::string parent = key; std::isnan(code.goldstein) && parent.size() > 2;) {
      parent.pop_back();
      auto it = book->codes_.find(parent);
      if (it != book->codes_.end()) code.goldstein = it->second.goldstein;
    }
    if (std::isnan(code.goldstein)) {
      *error = path + ": code " + key + " has no Goldstein score and no parent that has one";
      return nullptr;
    }
  }
  if (book->codes_.empty()) {
    *error = path + ": no CAMEO codes";
    return nullptr;
  }
  return book;
}

const EventCode* Codebook::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace khaldun::cameo
