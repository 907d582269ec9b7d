// The subcommands of 'khaldun' that live in their own files; main.cc
// dispatches to them. Each takes the arguments after its name and returns
// the exit status.
#ifndef KHALDUN_CLI_COMMANDS_H_
#define KHALDUN_CLI_COMMANDS_H_

namespace khaldun::cli {

int RunIngest(int argc, char** argv);  // khaldun ingest: code articles into a store
int RunQuery(int argc, char** argv);   // khaldun query: filter and aggregate a store
int RunExport(int argc, char** argv);  // khaldun export: jsonl, csv or GDELT out of a store
int RunServe(int argc, char** argv);   // khaldun serve: the JSON API and the dashboard

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_COMMANDS_H_
