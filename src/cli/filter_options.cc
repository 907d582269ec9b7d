#include "cli/filter_options.h"

#include <cstdlib>
#include <cstring>

namespace khaldun::cli {

const char* kFilterHelp = R"(Filters (all optional, combined with AND):
  --from YYYY-MM-DD    events on or after this date
  --to YYYY-MM-DD      events on or before this date
  --actor CODE         either side is CODE, or has CODE as its country or sector
                       (IRNGOV, IRN or GOV)
  --source CODE        the source side, likewise; with --target, a dyad
  --target CODE        the target side, likewise
  --cameo CODE         exact CAMEO event code (111, 0311)
  --root RR            CAMEO root code, 01 to 20
  --quad N             QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict,
                       4 material conflict
  --place NAME         the event's place (filled by geocoding; empty so far)
  --article ID         events of one article
  --dedup MODE         none, story or day (default: the store's, set at ingest)
)";

bool ParseFilterOption(int argc, char** argv, int* i, store::Filter* f, std::string* error) {
  std::string arg = argv[*i];
  std::string* target = nullptr;
  if (arg == "--from") target = &f->from;
  if (arg == "--to") target = &f->to;
  if (arg == "--actor") target = &f->actor;
  if (arg == "--source") target = &f->source;
  if (arg == "--target") target = &f->target;
  if (arg == "--cameo") target = &f->cameo;
  if (arg == "--root") target = &f->root;
  if (arg == "--place") target = &f->place;
  if (arg == "--article") target = &f->article_id;
  bool quad = arg == "--quad";
  if (target == nullptr && !quad) return false;
  if (*i + 1 >= argc) {
    *error = arg + " needs a value";
    return true;
  }
  std::string value = argv[++*i];
  if (quad) {
    f->quad_class = -1;
    if (value.size() == 1 && value[0] >= '1' && value[0] <= '4') {
      f->quad_class = value[0] - '0';
    } else {
      *error = "--quad must be a QuadClass from 1 to 4, got \"" + value + "\"";
    }
    return true;
  }
  *target = value;
  return true;
}

}  // namespace khaldun::cli
