#include "cli/coding_options.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khaldun::cli {
namespace {

// Runs TakeCodingOption over `args` as a command's loop would; returns the
// arguments it did not take.
std::vector<std::string> Take(std::vector<std::string> args, CodingOptions* o, std::string* error) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::vector<std::string> rest;
  const int argc = static_cast<int>(argv.size());
  for (int i = 0; i < argc; ++i)
    if (!TakeCodingOption(argc, argv.data(), &i, o, error)) rest.push_back(argv[i]);
  return rest;
}

TEST(CodingOptionsTest, TakesItsOwnOptionsAndLeavesTheRest) {
  CodingOptions o;
  std::string error;
  std::vector<std::string> rest = Take(
      {"--dict", "d", "--threads", "2", "--no-geo", "--issues", "i.txt", "--wordnet", "w", "--data",
       "x", "--gazetteer", "g.khg", "--keep-negated", "--allow-missing-target", "in.jsonl"},
      &o, &error);
  EXPECT_EQ(error, "");
  EXPECT_EQ(rest, (std::vector<std::string>{"--threads", "2", "in.jsonl"}));
  EXPECT_EQ(o.paths.dict, "d");
  EXPECT_EQ(o.paths.issues, "i.txt");
  EXPECT_EQ(o.paths.wordnet, "w");
  EXPECT_EQ(o.paths.data, "x");
  EXPECT_EQ(o.gazetteer, "g.khg");
  EXPECT_TRUE(o.no_geo);
  EXPECT_TRUE(o.coder.keep_negated);
  EXPECT_TRUE(o.coder.allow_missing_target);
}

TEST(CodingOptionsTest, AnOptionWithoutItsValueIsAnError) {
  CodingOptions o;
  std::string error;
  Take({"--issues"}, &o, &error);
  EXPECT_EQ(error, "--issues needs a file");
  error.clear();
  Take({"--dict"}, &o, &error);
  EXPECT_EQ(error, "--dict needs a folder");
}

}  // namespace
}  // namespace khaldun::cli
