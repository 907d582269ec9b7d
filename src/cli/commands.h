// The khaldun subcommands that live in their own files. Each takes the
// arguments after its name and returns the process exit status.
#ifndef KHALDUN_CLI_COMMANDS_H_
#define KHALDUN_CLI_COMMANDS_H_

namespace khaldun::cli {

// khaldun validate RECORDS [--dict FILE]...: a TABARI or PETRARCH suite.
int RunValidate(int argc, char** argv);
// khaldun dict convert FILE...: peer dictionaries in Khaldun's format.
int RunDictConvert(int argc, char** argv);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_COMMANDS_H_
