// `khaldun dict convert` and `khaldun validate` on small peer-format files
// written here (made-up names, not the peers' own files).
#include <gtest/gtest.h>

#include "e2e/run_khaldun.h"

namespace khaldun::e2e {
namespace {

TEST(PeerDictionaries, ConvertWritesKhaldunLinesAndNamesBadLines) {
  std::string actors = TempFile(
      "FREEDONIA_ [FRE] ; a comment\n"
      "+FREEDONIAN_\n"
      "SYLVANIA [SYL]\n"
      "BROKEN_ENTRY [FRE\n"
      "RUFUS_FIREFLY_ [FREGOV 330101-331231] [FRE]\n",
      ".actors");
  RunResult r = RunKhaldun("dict convert '" + actors + "'");
  EXPECT_EQ(r.exit_status, 3) << r.err;  // one malformed line
  EXPECT_NE(r.out.find("actor  Freedonia | Freedonian = FRE"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("actor  Sylvania = SYL"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("person Rufus Firefly = FREGOV 1933-01-01..1933-12-31, FRE"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find(actors + ":4: unclosed '['"), std::string::npos) << r.err;
}

TEST(PeerDictionaries, ValidateRunsATabariSuiteWithItsProject) {
  std::string actors = TempFile("FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n", ".actors");
  std::string verbs = TempFile(
      "DECLARE [---]\n"
      "- * WAR ON [190]\n"
      "INSULT [112]\n",
      ".verbs");
  std::string project =
      TempFile("<actorsfile> " + actors + "\n<verbsfile> " + verbs + "\n", ".project");
  std::string text = TempFile(
      "330101  WAR-01\n"
      "Freedonia declared war on Sylvania after a long quarrel over borders.\n"
      "/*\n\\n{ FRE / SYL / 190 } */\n"
      "\n"
      "330101  WAR-02\n"
      "Sylvania insulted Freedonia again at a grand reception on Monday.\n"
      "/*\n\\n{ FRE / SYL / 112 } */\n",
      ".text");
  RunResult r = RunKhaldun("validate '" + text + "' --dict '" + project + "'");
  ASSERT_EQ(r.exit_status, 0) << r.err;
  // WAR-02 expects the wrong direction on purpose: it must be reported.
  EXPECT_NE(r.out.find("FAIL WAR-02"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("produced: SYL/FRE/112"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("FAIL WAR-01"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 passed, 1 failed\n"), std::string::npos) << r.out;
  EXPECT_EQ(RunKhaldun("validate '" + text + "' --dict '" + project + "' --min-pass 2").exit_status,
            4);
}

}  // namespace
}  // namespace khaldun::e2e
