#include "compat/tabari_comma_clauses.h"

#include <cctype>
#include <cstdlib>

namespace khaldun::compat {

bool TabariCommaLimits::Apply(const std::string& command) {
  std::string c;
  for (char ch : command)
    if (ch != ' ' && ch != '\t')
      c += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (c.rfind("COMMA:", 0) != 0) return false;
  if (c == "COMMA:OFF") {
    on = false;
    return true;
  }
  on = true;
  // Keys in the order that keeps "MIN=" from matching inside "EMIN=".
  auto read = [&](const char* key, int* value) {
    for (size_t at = c.find(key); at != std::string::npos; at = c.find(key, at + 1)) {
      bool inside = at > 0 && (c[at - 1] == 'E' || c[at - 1] == 'B');
      if (std::string(key).size() == 4 && inside) continue;  // MIN= / MAX= inside EMIN= ...
      *value = std::atoi(c.c_str() + at + std::string(key).size());
      return;
    }
  };
  read("EMIN=", &emin);
  read("EMAX=", &emax);
  read("BMIN=", &bmin);
  read("BMAX=", &bmax);
  read("MIN=", &min);
  read("MAX=", &max);
  return true;
}

std::vector<bool> TabariCommaClausesToDrop(const std::vector<TabariCommaToken>& tokens,
                                           const TabariCommaLimits& limits, bool closed) {
  std::vector<bool> drop(tokens.size(), false);
  if (!limits.on) return drop;
  std::vector<size_t> commas;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].comma) commas.push_back(i);
  if (commas.empty()) return drop;
  // Stretches: [start, comma_0), (comma_0, comma_1), ..., (comma_last, end).
  bool skip_next = false;
  for (size_t k = 0; k <= commas.size(); ++k) {
    if (skip_next) {
      skip_next = false;
      continue;
    }
    size_t from = k == 0 ? 0 : commas[k - 1] + 1;
    size_t to = k == commas.size() ? tokens.size() : commas[k];
    int words = 0;
    for (size_t i = from; i < to; ++i) words += tokens[i].counts;
    int lo = limits.min, hi = limits.max;
    if (k == 0) {
      lo = limits.bmin;
      hi = limits.bmax;
    } else if (k == commas.size()) {
      if (!closed) continue;
      lo = limits.emin;
      hi = limits.emax;
    }
    if (words <= lo || words > hi) continue;
    // The comma that closes a dropped stretch went with it: the stretch
    // after that comma is no comma clause (DEMO-19 of TABARI's validation
    // keeps "..., in remarks published on Monday, urged Eriador ...").
    skip_next = true;
    // The stretch goes with the commas around it.
    size_t first = k == 0 ? from : from - 1;
    size_t last = k < commas.size() ? to + 1 : to;  // with the comma that closes it
    // The full stop that ends the sentence is no part of a closing stretch.
    while (k == commas.size() && last > first && !tokens[last - 1].counts) --last;
    for (size_t i = first; i < last && i < tokens.size(); ++i) drop[i] = true;
  }
  return drop;
}

}  // namespace khaldun::compat
