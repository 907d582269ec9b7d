// Validation records and the peer coder, on records and dictionaries written
// here by hand.
#include "compat/validation.h"

#include <gtest/gtest.h>

#include <string>

#include "compat/peer_coder.h"
#include "compat/peer_coder_fixture.h"
#include "compat/peer_suite.h"
#include "compat/tabari_reader.h"
#include "compat/xml_reader.h"

namespace khaldun::compat {
namespace {

// Each test process writes its own files: ctest runs these tests in parallel.
std::string Write(const std::string& name, const std::string& content) {
  return PeerCoderFixture::Write(name, content);
}

TEST(TabariValidation, RecordsChecksAndOptions) {
  std::string path =
      Write("v.text",
            "# a comment block\n# more\n\n"
            "330101  OPT-01\nOption record.\n/*\n\\n{ OPTION: SET: CONVERT AGENT = TRUE } */\n\n"
            "330102  WAR-01\nFreedonia declared\nwar on Sylvania.\n"
            "/*\\n[why]\n\\n{ FRE / SYL / 190 }\n\\n{SYL/FRE/191} */\n\n"
            "330103  NONE-01\nNothing here.\n/*\n\\n{---} */\n\n"
            "330104  PART-01\nText.\n/*\n\\n{ A / B / 010 }\n\\n-{ C / D / 020 } */\n\n"
            "3301XX  BAD-01\nText.\n/* { A / B / 010 } */\n\n"
            "330105  NOBLOCK-01\nText.\n\n"
            "330106  FINAL-01\nEnd.\n/* */\n\n"
            "330107  AFTER-01\nNever read.\n/* {---} */\n");
  ValidationSuite suite;
  std::vector<std::string> errors;
  ASSERT_TRUE(ReadTabariValidation(path, &suite, &errors));
  ASSERT_EQ(suite.records.size(), 4u);
  EXPECT_EQ(suite.records[0].expect, Expect::kOption);
  EXPECT_EQ(suite.records[0].options, std::vector<std::string>{"SET: CONVERT AGENT = TRUE"});
  const ValidationRecord& war = suite.records[1];
  EXPECT_EQ(war.id, "WAR-01");
  EXPECT_EQ(war.category, "WAR");
  EXPECT_EQ(war.date, "1933-01-02");  // two-digit years above 30 are 19xx
  EXPECT_EQ(war.text, "Freedonia declared war on Sylvania.");
  ASSERT_EQ(war.events.size(), 2u);
  EXPECT_EQ(war.events[1].source, "SYL");
  EXPECT_EQ(war.events[1].code, "191");
  EXPECT_TRUE(war.ordered);
  EXPECT_EQ(suite.records[2].expect, Expect::kEvents);
  EXPECT_TRUE(suite.records[2].events.empty());
  EXPECT_TRUE(suite.records[3].partial);
  EXPECT_EQ(suite.records[3].events.size(), 1u);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find(":27: BAD-01: record header needs"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("NOBLOCK-01: record has no /* ... */"), std::string::npos) << errors[1];
}

TEST(PetrarchValidation, SentencesConfigsAndEnvironment) {
  std::string path =
      Write("v.xml",
            "<Validation><Environment><Verbfile>V.txt</Verbfile>"
            "<Include>DEMO</Include></Environment><Sentences>\n"
            "<Config option=\"require_dyad\" value = \"false\"></Config>\n"
            "<Sentence date = \"19330101\" id=\"DEMO-01\" category=\"DEMO\">\n"
            "<!-- comment -->\n"
            "<EventCoding sourcecode=\"FRE\" targetcode=\"SYL\" eventcode=\"190\"/>\n"
            "<Text>Freedonia &amp; friends\n attacked.</Text><Parse>(ROOT)</Parse>\n"
            "</Sentence>\n"
            "<Sentence date=\"19330102\" id=\"X-01\" category=\"X\">"
            "<EventCoding noevents=\"True\"/><Text>Quiet.</Text></Sentence>\n"
            "<Sentence date=\"19330102\" id=\"E-01\" category=\"DEMO\">"
            "<EventCoding error=\"sentencediscard\"/><Text>Golf.</Text></Sentence>\n"
            "<Stop/><Sentence date=\"19330102\" id=\"S-01\"><Text>x</Text></Sentence>"
            "</Sentences></Validation>\n");
  ValidationSuite suite;
  std::vector<std::string> errors;
  ASSERT_TRUE(ReadPetrarchValidation(path, &suite, &errors));
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(suite.verbs, "V.txt");
  EXPECT_EQ(suite.include, std::vector<std::string>{"DEMO"});
  ASSERT_EQ(suite.records.size(), 3u);
  EXPECT_EQ(suite.records[0].text, "Freedonia & friends\n attacked.");
  EXPECT_EQ(suite.records[0].date, "1933-01-01");
  EXPECT_EQ(suite.records[0].options, std::vector<std::string>{"require_dyad=false"});
  EXPECT_EQ(suite.records[0].line, 3);
  EXPECT_EQ(suite.records[1].expect, Expect::kEvents);
  EXPECT_TRUE(suite.records[1].events.empty());
  EXPECT_EQ(suite.records[2].expect, Expect::kDiscard);
}

TEST(PetrarchValidation, BrokenXmlIsReportedWithItsLine) {
  std::string path = Write("broken.xml", "<Sentences>\n<Sentence id=\"A\" date=19330101>\n");
  ValidationSuite suite;
  std::vector<std::string> errors;
  EXPECT_FALSE(ReadPetrarchValidation(path, &suite, &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], path + ":2: XML: attribute date value is not quoted");
}

TEST(TabariValidation, InvalidUtf8AndTruncationLoseOnlyTheirRecord) {
  std::string path = Write("u.text",
                           "330101  BAD-01\nFreedonia \xff\xfe attacked.\n/* {---} */\n\n"
                           "330101  GOOD-01\nFreedonia attacked.\n/* {---} */\n\n"
                           "330101  CUT-01\nFreedonia att");
  ValidationSuite suite;
  std::vector<std::string> errors;
  ASSERT_TRUE(ReadTabariValidation(path, &suite, &errors));
  ASSERT_EQ(suite.records.size(), 1u);
  EXPECT_EQ(suite.records[0].id, "GOOD-01");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], path + ":1: BAD-01: text is not valid UTF-8");
  EXPECT_EQ(errors[1], path + ":9: CUT-01: record has no /* ... */ verification comment");
}

TEST(PetrarchValidation, TruncatedFileKeepsTheRecordsBeforeTheBreak) {
  std::string path = Write("cut.xml",
                           "<Sentences><Sentence date=\"19330101\" id=\"A-01\" category=\"A\">"
                           "<Text>Freedonia attacked.</Text></Sentence>\n<Sentence date=\"1933");
  ValidationSuite suite;
  std::vector<std::string> errors;
  EXPECT_FALSE(ReadPetrarchValidation(path, &suite, &errors));
  EXPECT_EQ(suite.records.size(), 1u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], path + ":2: XML: unclosed attribute value");
}

TEST(Judge, OrderedPartialAndUnordered) {
  ValidationRecord r;
  r.events = {{"A", "B", "010"}, {"B", "A", "020"}};
  std::vector<ExpectedEvent> swapped = {{"B", "A", "020"}, {"A", "B", "010"}};
  EXPECT_TRUE(Judge(r, swapped));  // PETRARCH: any order
  r.ordered = true;
  EXPECT_FALSE(Judge(r, swapped));  // TABARI: output order
  r.events.pop_back();
  r.events = {{"B", "A", "020"}};
  EXPECT_FALSE(Judge(r, swapped));
  r.partial = true;  // -{ stops the comparison after the first block
  EXPECT_TRUE(Judge(r, swapped));
  ValidationRecord discard;
  discard.expect = Expect::kDiscard;
  EXPECT_TRUE(Judge(discard, {}));
  EXPECT_FALSE(Judge(discard, swapped));
}

class PeerCoderTest : public PeerCoderFixture {
 protected:
  void SetUp() override {
    Load("pc", "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nMARVEL [MRV]\nMARX_BROTHERS_ [GRO/HAR/CHI]\n",
         "TROOPS_ [~MIL]\n",
         "DECLARE [---]\n- * WAR_ON [190]\n"
         "ATTACK [190]\n"
         "MEET [031:032]\n"
         "PRAISE [051]\n- $ * + FOR [052]\n"
         "DEPLORE [---]\n- * WORLD_CUP [###]\n"
         "SAY [023]\n");
  }
  std::string Code(const std::string& text, const PeerSettings& settings = {}) {
    return CodeWith(text, settings);
  }
};

TEST_F(PeerCoderTest, PatternAfterTheVerbBeatsItsNullRoot) {
  EXPECT_EQ(Code("Freedonia declared war on Sylvania on Monday."), "FRE/SYL/190");
  EXPECT_EQ(Code("Freedonia declared its independence from Sylvania."), "");
}

TEST_F(PeerCoderTest, CompoundsAgentsAndStems) {
  EXPECT_EQ(Code("Freedonia and Marvelian rebels attacked Sylvania."), "FRE/SYL/190 MRV/SYL/190");
  EXPECT_EQ(Code("Freedonia troops attacked Sylvania."), "FREMIL/SYL/190");
}

TEST_F(PeerCoderTest, CompoundActorCodeGivesOneEventPerMember) {
  EXPECT_EQ(Code("The Marx Brothers attacked Sylvania."), "GRO/SYL/190 HAR/SYL/190 CHI/SYL/190");
}

TEST_F(PeerCoderTest, PairedCodesPassiveAndPlaces) {
  EXPECT_EQ(Code("Freedonia will meet Sylvania next week."), "FRE/SYL/031 SYL/FRE/032");
  EXPECT_EQ(Code("Sylvania was attacked by Freedonia on Sunday."), "FRE/SYL/190");
  EXPECT_EQ(Code("Freedonia praised Sylvania for its courage."), "FRE/SYL/052");
}

TEST_F(PeerCoderTest, DiscardCodeStopsTheRecord) {
  EXPECT_EQ(Code("Freedonia deplored the World Cup and attacked Sylvania."), "");
}

TEST_F(PeerCoderTest, PetrarchCommaClauseHasItsOwnSubject) {
  PeerSettings s;
  EXPECT_EQ(Code("Freedonia attacked Sylvania on Monday, Marvel troops said.", s), "FRE/SYL/190");
  s.comma_clauses = true;
  ASSERT_TRUE(s.Apply("require_dyad=false"));
  // "on Tuesday" is the noun phrase a target-less verb needs (HasObject).
  EXPECT_EQ(Code("Freedonia attacked Sylvania on Monday, Marvel troops said on Tuesday.", s),
            "FRE/SYL/190 MRVMIL/---/023");
}

TEST_F(PeerCoderTest, OptionsChangeLoneAgentsAndDefaults) {
  PeerSettings s;
  EXPECT_EQ(Code("Troops attacked Sylvania.", s), "");  // TABARI drops a lone agent
  ASSERT_TRUE(s.Apply("SET: CONVERT AGENT = TRUE"));
  EXPECT_EQ(Code("Troops attacked Sylvania.", s), "~MIL/SYL/190");
  ASSERT_TRUE(s.Apply("DEFAULT: SOURCE [DEF] PRIOR TARGET [TGT] AFTER"));
  EXPECT_EQ(Code("Freedonia attacked.", s), "FRE/TGT/190");
  ASSERT_TRUE(s.Apply("SET: MINIMUM WORDS = 5"));
  EXPECT_EQ(Code("Freedonia attacked.", s), "");
  EXPECT_FALSE(s.Apply("OUTPUT: ID"));
}

}  // namespace
}  // namespace khaldun::compat
