// The filter options 'khaldun query' and 'khaldun export' share.
#ifndef KHALDUN_CLI_FILTER_OPTIONS_H_
#define KHALDUN_CLI_FILTER_OPTIONS_H_

#include <string>

#include "store/query.h"

namespace khaldun::cli {

// The help lines of the filter options.
extern const char* kFilterHelp;

// If argv[*i] is a filter option, consumes it (and its value) into `*filter`
// and returns true; on a missing value sets `*error`. Values are checked
// later, with store::ValidateFilter.
bool ParseFilterOption(int argc, char** argv, int* i, store::Filter* filter, std::string* error);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_FILTER_OPTIONS_H_
