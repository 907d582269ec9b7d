// The options of every command that codes text ('code', 'ingest', 'serve'):
// where the dictionaries, WordNet, an issues file and the gazetteer are, and
// how the coder behaves. One parser, so the three commands cannot drift apart.
#ifndef KHALDUN_CLI_CODING_OPTIONS_H_
#define KHALDUN_CLI_CODING_OPTIONS_H_

#include <string>

#include "cli/resources.h"
#include "coder/coder.h"

namespace khaldun::cli {

struct CodingOptions {
  ResourcePaths paths;        // --data, --dict, --wordnet, --issues
  coder::CoderOptions coder;  // --keep-negated, --allow-missing-target
  bool no_geo = false;        // --no-geo
  std::string gazetteer;      // --gazetteer
};

// If argv[*i] is one of the options above, takes it, and its value by
// advancing *i, into `*o` and returns true; a missing value sets `*error`
// (the caller reports it as a usage error). Returns false, touching
// nothing, for any other argument.
bool TakeCodingOption(int argc, char** argv, int* i, CodingOptions* o, std::string* error);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_CODING_OPTIONS_H_
