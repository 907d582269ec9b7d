// The peer dictionary readers, on small files written here by hand.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "compat/petrarch_reader.h"
#include "compat/tabari_reader.h"

namespace khaldun::compat {
namespace {

std::string Write(const std::string& name, const std::string& content) {
  std::string path = testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::vector<std::string> Texts(const Conversion& c) {
  std::vector<std::string> out;
  for (const ConvertedLine& l : c.lines) out.push_back(l.text);
  return out;
}

TEST(TabariActors, SynonymsDatesAndStems) {
  std::string path = Write("t.actors",
                           "<NOUN>\nSHEEP\n</NOUN>\n"
                           "FREEDONIA_ [FRE] ; comment\n"
                           "+FREEDONIAN_\n"
                           "SYLVAN [SYL]\n"
                           "RUFUS_ [FREGOV 330101-331231] [FREELI <320101] [FRE]\n"
                           "CHICOLINI [FREREB >340101]\n");
  Conversion c;
  ASSERT_TRUE(ReadTabariActors(path, &c));
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(Texts(c), (std::vector<std::string>{
                          "actor  Freedonia | Freedonian = FRE",
                          "actor  Sylvan = SYL",
                          "person Rufus = FREGOV 1933-01-01..1933-12-31, FREELI ..1932-01-01, FRE",
                          "person Chicolini = FREREB 1934-01-01..",
                      }));
  EXPECT_EQ(c.lines[2].line, 7);
  // Without a closing '_' the last word is a stem.
  EXPECT_EQ(c.actor_stems.count("sylvan"), 1u);
  EXPECT_EQ(c.actor_stems.count("freedonia"), 0u);
}

TEST(TabariActors, BadLinesAreNamedAndTheRestLoads) {
  std::string path = Write("bad.actors",
                           "GOOD_ [GOO]\n"
                           "UNCLOSED_ [ABC\n"
                           "+SYNONYM_OF_BAD_\n"
                           "BADDATE_ [ABC 991399-000101]\n"
                           "NOCODE_\n"
                           "ALSO_GOOD_ [ALS]\n");
  Conversion c;
  ASSERT_TRUE(ReadTabariActors(path, &c));
  EXPECT_EQ(Texts(c), (std::vector<std::string>{"actor  Good = GOO", "actor  Also Good = ALS"}));
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_EQ(c.errors[0], path + ":2: unclosed '[' in code block");
  EXPECT_NE(c.errors[1].find(path + ":4: bad date range"), std::string::npos);
  EXPECT_EQ(c.errors[2], path + ":5: actor \"Nocode\" has no [CODE]");
}

TEST(PetrarchActors, IndentedDatedCodes) {
  std::string path = Write("p_actors.txt",
                           "<!-- a comment\n spanning lines -->\n"
                           "RUFUS_FIREFLY_  # note\n"
                           "+FIREFLY_\n"
                           "\t[FREGOV 19330101-19331231]\n"
                           "\t[FRE]\n"
                           "SYLVANIA_ [SYL]\n");
  Conversion c;
  ASSERT_TRUE(ReadPetrarchActors(path, &c));
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(Texts(c), (std::vector<std::string>{
                          "person Rufus Firefly | Firefly = FREGOV 1933-01-01..1933-12-31, FRE",
                          "actor  Sylvania = SYL",
                      }));
}

TEST(PeerAgents, SuffixesPluralsAndMacros) {
  std::string tabari = Write("t.agents", "FOREIGN_MINISTER_ [ ~GOVFRM]\nREBEL_ [REB~]\n");
  Conversion c;
  ASSERT_TRUE(ReadTabariAgents(tabari, &c));
  EXPECT_EQ(Texts(c),
            (std::vector<std::string>{"agent  foreign minister = GOVFRM", "agent  rebel = REB"}));
  EXPECT_EQ(c.unsupported["agent code as a prefix [CODE~]"], 1);

  std::string petrarch = Write("p_agents.txt",
                               "!PEOPLE! = MAN, MEN\n"
                               "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
                               "MILITIA!PEOPLE! [~MIL]\n"
                               "BAD!UNDEFINED! [~MIL]\n"
                               "NOCODE\n");
  Conversion p;
  ASSERT_TRUE(ReadPetrarchAgents(petrarch, &p));
  EXPECT_EQ(Texts(p), (std::vector<std::string>{
                          "agent  attorney general | attorneys general = JUD",
                          "agent  militiaman | militiamen = MIL",
                      }));
  ASSERT_EQ(p.errors.size(), 2u);
  EXPECT_EQ(p.errors[0], petrarch + ":4: undefined macro !UNDEFINED!");
  EXPECT_EQ(p.errors[1], petrarch + ":5: agent line without a [~CODE] block");
}

TEST(TabariVerbs, PatternsSynsetsAndSpecialCodes) {
  std::string path = Write("t.verbs",
                           "<SYNSETS>\n&FRUIT\n+APPLES\n+GREEN_PEARS\n</SYNSETS>\n"
                           "<TIME>\nNEVER_EVER [###]\nLAST_WEEK [-7]\n</TIME>\n"
                           "DECLARE [---]\n"
                           "- * WAR_ON [190]\n"
                           "- * &FRUIT { EMBARGO | BAN } [163]\n"
                           "- $ WAS * BY + [112]\n"
                           "- * PEACE [040:041]\n"
                           "GIVE {GAVE GIVEN} [070]\n"
                           "- * HELP * [070]\n");
  Conversion c;
  ASSERT_TRUE(ReadTabariVerbs(path, &c));
  EXPECT_EQ(Texts(c), (std::vector<std::string>{
                          "discard never ever",
                          "verb   declare * war on = 190",
                          "verb   declare * apples * embargo | declare * apples * ban | declare * "
                          "green pears * embargo | declare * green pears * ban = 163",
                          "verb   declare * peace = 040",
                          "verb   give | gave | given = 070",
                      }));
  ASSERT_EQ(c.errors.size(), 1u);  // two '*' in one pattern
  EXPECT_EQ(c.errors[0], path + ":16: pattern must hold exactly one '*' (the verb)");
  EXPECT_EQ(c.unsupported["pattern words before the verb"], 1);
  EXPECT_EQ(c.unsupported["paired code [A:B], first half kept"], 1);

  // The compat coder keeps every pattern whole, the root after its patterns.
  ASSERT_EQ(c.patterns.size(), 6u);
  const PeerPattern& passive = c.patterns[3];
  EXPECT_EQ(passive.code, "112");
  ASSERT_EQ(passive.before.size(), 2u);
  EXPECT_EQ(passive.before[0].marker, '$');
  // "WAS" is not closed by '_': an open word, a stem under TABARI's settings.
  EXPECT_EQ(passive.before[1].choices, std::vector<std::string>{"was*"});
  ASSERT_EQ(passive.after.size(), 2u);
  EXPECT_EQ(passive.after[1].marker, '+');
  EXPECT_EQ(c.patterns[0].special, PeerPattern::Special::kNull);
  EXPECT_TRUE(c.patterns[0].root);
  EXPECT_EQ(c.patterns[4].paired_code, "041");
}

TEST(PetrarchVerbs, BlocksSynonymsAndNestedPhrases) {
  std::string path = Write("p_verbs.txt",
                           "&ARMS\n+WEAPONS\n+GUNS\n\n"
                           "--- SEIZE [---] ---\n"
                           "SEIZE\n"
                           "+GRAB\n"
                           "- * &ARMS (FROM {THE ARMY}) [171] # note\n"
                           "- * [code\n");
  Conversion c;
  ASSERT_TRUE(ReadPetrarchVerbs(path, &c));
  EXPECT_EQ(Texts(c),
            (std::vector<std::string>{
                // A blank lets other words come between, even inside { }.
                "verb   seize * weapons * from * the * army | seize * guns * from * the * "
                "army | grab * weapons * from * the * army | grab * guns * from * the * "
                "army = 171",
            }));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], path + ":9: pattern without a [code]");
}

TEST(PetrarchDiscards, SentenceAndStoryLevel) {
  std::string path = Write("p_discards.txt", "# comment\nWORLD CUP # note\n+BOX_OFFICE\n");
  Conversion c;
  ASSERT_TRUE(ReadPetrarchDiscards(path, &c));
  EXPECT_EQ(Texts(c), (std::vector<std::string>{"discard world cup", "discard box office"}));
  EXPECT_EQ(c.unsupported["story-level discard (+), applied to its sentence"], 1);
}

TEST(PetrarchConfig, NamesTheDictionaries) {
  std::string path = Write("c.ini",
                           "[Dictionaries]\nverbfile_name = V.txt\n"
                           "actorfile_list = A.txt, B.txt\nagentfile_name = G.txt\n"
                           "[Options]\nverbfile_name = ignored.txt\n");
  PetrarchFiles files;
  std::string error;
  ASSERT_TRUE(ReadPetrarchConfig(path, "/dicts", &files, &error)) << error;
  EXPECT_EQ(files.verbs, "/dicts/V.txt");
  EXPECT_EQ(files.actors, (std::vector<std::string>{"/dicts/A.txt", "/dicts/B.txt"}));
  EXPECT_EQ(files.agents, "/dicts/G.txt");
}

TEST(PeerReaders, MissingFileIsAnError) {
  Conversion c;
  EXPECT_FALSE(ReadTabariActors("/nonexistent/x.actors", &c));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], "/nonexistent/x.actors: cannot read");
}

}  // namespace
}  // namespace khaldun::compat
