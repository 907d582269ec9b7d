// The subcommands of 'khaldun' that live in their own files; main.cc
// dispatches to them. Each takes the arguments after its name and returns
// the exit status.
#ifndef KHALDUN_CLI_COMMANDS_H_
#define KHALDUN_CLI_COMMANDS_H_

#include <memory>
#include <string>

#include "geo/gazetteer.h"
#include "geo/placer.h"

namespace khaldun::cli {

int RunIngest(int argc, char** argv);  // khaldun ingest: code articles into a store
int RunQuery(int argc, char** argv);   // khaldun query: filter and aggregate a store
int RunExport(int argc, char** argv);  // khaldun export: jsonl, csv or GDELT out of a store
int RunServe(int argc, char** argv);   // khaldun serve: the JSON API and the dashboard
// khaldun validate RECORDS [--dict FILE]...: a TABARI or PETRARCH suite.
int RunValidate(int argc, char** argv);
// khaldun dict convert FILE...: peer dictionaries in Khaldun's format.
int RunDictConvert(int argc, char** argv);
// khaldun geo [--gazetteer FILE] [--countries ISO3,...] TEXT...
int RunGeo(int argc, char** argv);

// Opens the gazetteer: `flag` (--gazetteer) if given, else $KHALDUN_GAZETTEER,
// else the one this Khaldun was built with. On failure returns null and sets
// `*error` to a message that says what to do.
std::unique_ptr<geo::Gazetteer> LoadGazetteer(const std::string& flag, std::string* error);

// The gazetteer and the placer that places coded events with it, shared by
// 'code', 'ingest' and 'serve'; both null with --no-geo.
struct Places {
  std::unique_ptr<geo::Gazetteer> gazetteer;
  std::unique_ptr<geo::Placer> placer;
};
// Opens them as LoadGazetteer does unless `no_geo`; false with `*error` set
// when the gazetteer cannot be opened.
bool LoadPlaces(const std::string& flag, bool no_geo, Places* places, std::string* error);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_COMMANDS_H_
