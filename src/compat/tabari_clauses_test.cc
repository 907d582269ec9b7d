// The compat coder's TABARI clause rules (comma clauses, CODE BY modes,
// clause subjects, pronouns, forwarding, defaults), on sentences and a small
// dictionary written here by hand; each expectation follows from the rule
// in TABARI's manual that the test names.
#include <gtest/gtest.h>

#include <string>

#include "compat/peer_coder_fixture.h"

namespace khaldun::compat {
namespace {

class TabariClauses : public PeerCoderFixture {
 protected:
  void SetUp() override {
    Load("tc", "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nMARVEL_ [MRV]\n", "TROOPS_ [~MIL]\n",
         "ATTACK [190]\nPRAISE [051]\nSAY [023]\n");
  }
  std::string Code(const std::string& text, const PeerSettings& settings,
                   ForwardMemory* memory = nullptr, const std::string& id = "") {
    return CodeWith(text, settings, "1933-01-01", memory, id);
  }
};

TEST_F(TabariClauses, CodeByClauseSentenceOrAll) {
  PeerSettings s = TabariSettings();
  const std::string two = "Freedonia attacked Sylvania on Monday and praised Marvel warmly.";
  // by clause: the source carries into the second clause, which finds its own target
  EXPECT_EQ(Code(two, s), "FRE/SYL/190 FRE/MRV/051");
  ASSERT_TRUE(s.Apply("SET: CODE BY SENTENCE"));
  EXPECT_EQ(Code(two, s), "FRE/SYL/190");
  const std::string one = "Freedonia attacked Sylvania on Monday after praising Marvel warmly.";
  ASSERT_TRUE(s.Apply("SET: CODE BY CLAUSE"));
  EXPECT_EQ(Code(one, s), "FRE/SYL/190");
  ASSERT_TRUE(s.Apply("SET: CODE ALL"));
  EXPECT_EQ(Code(one, s), "FRE/SYL/190 FRE/MRV/051");
}

TEST_F(TabariClauses, AnActorAfterTheConjunctionIsTheNewSource) {
  EXPECT_EQ(
      Code("Freedonia attacked Sylvania on Monday but Marvel praised Sylvania.", TabariSettings()),
      "FRE/SYL/190 MRV/SYL/051");
}

TEST_F(TabariClauses, CommaClausesAreDroppedBeforeCoding) {
  PeerSettings s = TabariSettings();
  const std::string text =
      "Freedonia, in a speech after Marvel troops attacked, praised Sylvania on Monday.";
  EXPECT_EQ(Code(text, s), "FRE/SYL/051");
  ASSERT_TRUE(s.Apply("COMMA: OFF"));
  EXPECT_EQ(Code(text, s), "FRE/SYL/190");  // "attacked" is now the clause's first verb
}

TEST_F(TabariClauses, PronounsStandForTheFirstActor) {
  PeerSettings s = TabariSettings();
  const std::string text = "Freedonia praised Sylvania on Monday and Marvel attacked it at night.";
  EXPECT_EQ(Code(text, s), "FRE/SYL/051 MRV/FRE/190");
  s.pronouns = false;
  EXPECT_EQ(Code(text, s), "FRE/SYL/051");  // no target left in the second clause
}

TEST_F(TabariClauses, ForwardingToTheNextSentenceOfTheStory) {
  PeerSettings s = TabariSettings();
  ASSERT_TRUE(s.Apply("FORWARD: ^^*****NNN*SSS"));
  ForwardMemory m;
  EXPECT_EQ(
      Code("Freedonia praised Sylvania warmly on Monday in the capital.", s, &m, "NEWS-001-001"),
      "FRE/SYL/051");
  EXPECT_EQ(Code("It attacked Marvel on Tuesday in the early morning.", s, &m, "NEWS-001-002"),
            "FRE/MRV/190");
  // a sentence that does not follow receives nothing; greedy source, no target
  EXPECT_EQ(Code("It attacked Marvel on Tuesday in the early morning.", s, &m, "NEWS-001-004"), "");
  ASSERT_TRUE(s.Apply("FORWARD: ^^*****NNN*SSS OFF"));
  EXPECT_TRUE(s.forward.empty());
}

TEST_F(TabariClauses, AllCapsAndMinimumWords) {
  PeerSettings s = TabariSettings();
  EXPECT_EQ(Code("FREEDONIA ATTACKED SYLVANIA ON MONDAY IN THE EARLY MORNING.", s), "FRE/SYL/190");
  EXPECT_EQ(Code("Freedonia attacked Sylvania.", s), "");  // fewer than 8 words
}

TEST_F(TabariClauses, DefaultsPriorAndAfterAgainstTheGreedySearch) {
  PeerSettings s = TabariSettings();
  const std::string text = "On Monday the rebels attacked Sylvania near the border.";
  ASSERT_TRUE(s.Apply("DEFAULT: SOURCE [DEF] PRIOR TARGET [TGT] AFTER"));
  EXPECT_EQ(Code(text, s), "DEF/SYL/190");
  ASSERT_TRUE(s.Apply("DEFAULT: SOURCE [DEF] TARGET [TGT] AFTER"));
  EXPECT_EQ(Code(text, s), "SYL/TGT/190");  // no actor before the verb: TABARI looks after it
  ASSERT_TRUE(s.Apply("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR"));
  EXPECT_EQ(Code(text, s), "");  // no actor before the verb: too complex to code
}

// TABARI's dictionary conventions: gapped phrases, null actors, stems,
// "anti-" words, agents before actors, NOACTPRIOR.
class TabariWords : public TabariClauses {
 protected:
  void SetUp() override {
    Load("tcw",
         "<NOUN>\nSHEEP\n</NOUN>\n<ADJECTIVE>\nEVIL\n</ADJECTIVE>\n"
         "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nMARVEL_ [MRV]\n"
         "DUKE SALOMIA_ [SAL]\nHARPO_ [---]\nNORTH_YEMEN_ [YEMNO]\nSTOOGES_ [MOE/LAR]\n",
         "MINISTER_ [~GOV]\nACTIVISTS_ [NGM~]\n",
         "ATTACK [190]\nPRAISE [051]\n- LOUD~_* [052]\nMEET [031!]\n"
         "RESUM [065]\n- * TIES [064]\n"
         "PARADE [017]\n- ANTI- + * [111]\n");
    if (IsSkipped() || HasFatalFailure()) return;
    EXPECT_EQ(conversion_.nouns.count("sheep"), 1u);
    EXPECT_EQ(conversion_.adjectives.count("evil"), 1u);
    EXPECT_EQ(conversion_.verb_stems.count("resum"), 1u);
    EXPECT_EQ(conversion_.verb_stems.count("attack"), 1u);
  }
};

TEST_F(TabariWords, GappedPhraseNullActorAndAgentBeforeActor) {
  PeerSettings s = TabariSettings();
  EXPECT_EQ(Code("Freedonia praised the Duke of Salomia warmly on Monday morning.", s),
            "FRE/SAL/051");
  // Harpo is coded null: the target search passes over it
  EXPECT_EQ(Code("Freedonia praised Harpo in Sylvania warmly on Monday.", s), "FRE/SYL/051");
  EXPECT_EQ(Code("The minister Marvel praised Sylvania warmly on Monday morning.", s),
            "MRVGOV/SYL/051");
  // a prefix agent [NGM~] goes before the actor's code
  EXPECT_EQ(Code("Activists in Marvel praised Sylvania warmly on Monday morning.", s),
            "NGMMRV/SYL/051");
  // a five-letter TABARI code, which Khaldun's own lines cannot hold
  EXPECT_EQ(Code("Freedonia praised North Yemen warmly on Monday morning.", s), "FRE/YEMNO/051");
}

TEST_F(TabariWords, EventsActorByActorThenCodeByCode) {
  // the coded compound [MOE/LAR] stands at one place: both its codes on
  // Freedonia, then both on Sylvania
  EXPECT_EQ(Code("The Stooges praised Freedonia and Sylvania warmly on Monday.", TabariSettings()),
            "MOE/FRE/051 LAR/FRE/051 MOE/SYL/051 LAR/SYL/051");
}

TEST_F(TabariWords, ADominantCodeLeavesOnlyDominantEvents) {
  PeerSettings s = TabariSettings();
  const std::string text = "Freedonia praised Sylvania on Monday and will meet Marvel soon.";
  EXPECT_EQ(Code(text, s), "FRE/MRV/031");
  s.dominant_codes = false;  // "031!" is then no code at all
  EXPECT_EQ(Code(text, s), "FRE/SYL/051");
}

TEST_F(TabariWords, StemRootsAndHyphenatedPatternWords) {
  PeerSettings s = TabariSettings();
  EXPECT_EQ(Code("Freedonia began its resumption of ties with Sylvania on Monday.", s),
            "FRE/SYL/064");
  EXPECT_EQ(Code("Freedonia joined an anti- Sylvania parade on Monday in the capital.", s),
            "FRE/SYL/111");
  // "LOUD~" is a stem inside a pattern: "loudly", "louder"
  EXPECT_EQ(Code("Freedonia loudly praised Sylvania on Monday in the capital.", s), "FRE/SYL/052");
  EXPECT_EQ(Code("Freedonia warmly praised Sylvania on Monday in the capital.", s), "FRE/SYL/051");
  s.hyphen_prefixes = false;  // "anti" and "-" apart: only the root's own code
  EXPECT_EQ(Code("Freedonia joined an anti- Sylvania parade on Monday in the capital.", s),
            "FRE/SYL/017");
}

TEST_F(TabariWords, NoActorBeforeTheFirstVerbIsComplex) {
  PeerSettings s = TabariSettings();
  const std::string text = "Attacked by rebels on Monday Freedonia praised Sylvania warmly.";
  EXPECT_EQ(Code(text, s), "FRE/SYL/190");  // greedy: the source after the verb
  ASSERT_TRUE(s.Apply("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR"));
  EXPECT_EQ(Code(text, s), "");
}

}  // namespace
}  // namespace khaldun::compat
