#include "cli/coding_options.h"

namespace khaldun::cli {

bool TakeCodingOption(int argc, char** argv, int* i, CodingOptions* o, std::string* error) {
  const std::string arg = argv[*i];
  if (arg == "--no-geo") {
    o->no_geo = true;
    return true;
  }
  if (arg == "--keep-negated") {
    o->coder.keep_negated = true;
    return true;
  }
  if (arg == "--allow-missing-target") {
    o->coder.allow_missing_target = true;
    return true;
  }
  std::string* value = nullptr;
  const char* what = "a folder";
  if (arg == "--data") {
    value = &o->paths.data;
  } else if (arg == "--dict") {
    value = &o->paths.dict;
  } else if (arg == "--wordnet") {
    value = &o->paths.wordnet;
  } else if (arg == "--issues") {
    value = &o->paths.issues;
    what = "a file";
  } else if (arg == "--gazetteer") {
    value = &o->gazetteer;
    what = "a file";
  } else {
    return false;
  }
  if (*i + 1 >= argc) {
    *error = arg + " needs " + what;
    return true;
  }
  *value = argv[++*i];
  return true;
}

}  // namespace khaldun::cli
