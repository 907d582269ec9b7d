// Finds and loads what the coder needs at start: the CAMEO table, the
// dictionaries and WordNet, with one clear error when something is missing.
#ifndef KHALDUN_CLI_RESOURCES_H_
#define KHALDUN_CLI_RESOURCES_H_

#include <memory>
#include <string>
#include <vector>

#include "cameo/codebook.h"
#include "dict/dictionary.h"
#include "text/lemmatizer.h"

namespace khaldun::cli {

struct ResourcePaths {
  std::string data;     // default: $KHALDUN_DATA, else the data/ folder of the build
  std::string dict;     // default: DATA/dict
  std::string wordnet;  // default: $KHALDUN_WORDNET, else /usr/share/wordnet
  std::string issues;   // an issues file (PETRARCH's or Khaldun `issue` lines), or none
};

struct Resources {
  std::unique_ptr<cameo::Codebook> codebook;
  std::unique_ptr<dict::Dictionary> dictionary;
  std::unique_ptr<text::Lemmatizer> lemmatizer;
  std::vector<std::string> dictionary_errors;  // malformed lines, already reported
  double load_seconds = 0;
  std::string data_dir;  // the data folder used
};

// Loads everything; malformed dictionary lines are printed on standard error
// and skipped. Returns null with `*error` set when something cannot be loaded.
std::unique_ptr<Resources> LoadResources(const ResourcePaths& paths, std::string* error);

// Loads only the CAMEO codebook (for commands that check codes but do not code).
std::unique_ptr<cameo::Codebook> LoadCodebook(const ResourcePaths& paths, std::string* error);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_RESOURCES_H_
