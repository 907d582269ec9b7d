// The compat coder's PETRARCH-only rules (PeerSettings::Petrarch()), each
// against TABARI's behaviour on the same sentence, with a dictionary written
// here by hand. Expected events follow from the rules in peer_coder.h.
#include <gtest/gtest.h>

#include <string>

#include "compat/peer_coder_fixture.h"

namespace khaldun::compat {
namespace {

class PetrarchRulesTest : public PeerCoderFixture {
 protected:
  void SetUp() override {
    Load("pr",
         "FREEDONIA [FRE]\nSYLVANIA_ [SYL]\nMARVEL_ [MRV]\n"
         "RURITANIA_ [RUR]\nMARVEL_TELEVISION_ [MRVTV]\n",
         "TROOPS_ [~MIL]\nPOLICE_ [~COP]\nGOVERNMENT_ [~GOV]\nMSF_ [NGO~]\n"
         "SENTRY {} [~SEN]\n",
         "ATTACK [190]\n"
         "PRAISE [051]\n"
         "AGREE [030]\n- * WITH % [031]\n"
         "WARN [160]\n- * THEIR ^ ABOUT + [162]\n"
         "DEPART [032]\n"
         "SAY [023]\n"
         "ACT [100]\n- INDICATED SHOULD * [104]\n"
         "SHOULD [101]\n"
         "ABANDON [345]\n- * EFFORT [987]\n"
         "RESTORE [064]\n- * FULL TIES [+++]\n"
         "&COIN\n+GOLD_CROWNS\n+GOLD_PIECES\n&BIGCOIN\n+SOLID_GOLD_CROWNS\n+SILVER_MARKS\n"
         "GIVE [070]\n- * &COIN [071]\n- * &BIGCOIN [072]\n");
  }
  std::string Code(const std::string& text, const PeerSettings& settings) {
    return CodeWith(text, settings);
  }
  // TABARI's coding without its clause rules (TabariSettings() adds them,
  // with a minimum of 8 words that these short sentences do not reach).
  const PeerSettings tabari_;
  const PeerSettings petrarch_ = PeerSettings::Petrarch();
};

TEST_F(PetrarchRulesTest, AgentAfterModifiersOfAPossessiveActor) {
  const std::string s = "Freedonia's brave and loyal troops attacked Sylvania.";
  EXPECT_EQ(Code(s, petrarch_), "FREMIL/SYL/190");
  EXPECT_EQ(Code(s, tabari_), "FRE/SYL/190");  // TABARI: the agent must follow the 's
}

TEST_F(PetrarchRulesTest, TwoAgentsOfOneActor) {
  EXPECT_EQ(Code("Troops and police from Freedonia attacked Sylvania.", petrarch_),
            "FREMIL/SYL/190 FRECOP/SYL/190");
  // An adjective actor before the first agent goes to the second too.
  EXPECT_EQ(Code("Freedonian troops and police attacked Sylvania.", petrarch_),
            "FREMIL/SYL/190 FRECOP/SYL/190");
}

TEST_F(PetrarchRulesTest, AgentSpreadsOnlyToLaterCompoundMembers) {
  EXPECT_EQ(Code("The government of Freedonia and Sylvania attacked Marvel.", petrarch_),
            "FREGOV/MRV/190 SYLGOV/MRV/190");
  EXPECT_EQ(Code("Sylvania and the government of Freedonia attacked Marvel.", petrarch_),
            "SYL/MRV/190 FREGOV/MRV/190");
}

TEST_F(PetrarchRulesTest, NounPhrasesJoinedByAndAreACompound) {
  const std::string s = "Freedonia's farmers and fishermen of Sylvania attacked Marvel.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/MRV/190 SYL/MRV/190");
  EXPECT_EQ(Code(s, tabari_), "FRE/MRV/190");
}

TEST_F(PetrarchRulesTest, AgentWithPluralBlockTakesOnlyItsWrittenForms) {
  // "SENTRY {}": no plural, so "sentries" is no agent.
  EXPECT_EQ(Code("Freedonia sentry attacked Sylvania.", petrarch_), "FRESEN/SYL/190");
  EXPECT_EQ(Code("Freedonia sentries attacked Sylvania.", petrarch_), "FRE/SYL/190");
}

TEST_F(PetrarchRulesTest, PrefixAgentGoesBeforeTheActor) {
  EXPECT_EQ(Code("MSF Freedonia attacked Sylvania.", petrarch_), "NGOFRE/SYL/190");
  EXPECT_EQ(Code("MSF Freedonia police attacked Sylvania.", petrarch_), "NGOFRECOP/SYL/190");
}

TEST_F(PetrarchRulesTest, CompoundPlaceAfterTheVerbIsTheTarget) {
  const std::string s = "Freedonia agreed with Sylvania and Marvel on Monday.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/SYL/031 FRE/MRV/031");
  EXPECT_EQ(Code(s, tabari_), "SYL/MRV/031 MRV/SYL/031");  // TABARI: members on each other
}

TEST_F(PetrarchRulesTest, CaretSkipsANounPhrase) {
  const std::string s = "Freedonia warned their citizens about Sylvania.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/SYL/162");
  EXPECT_EQ(Code(s, tabari_), "FRE/SYL/160");  // TABARI: '^' needs an actor; the root codes
}

TEST_F(PetrarchRulesTest, VerbEndingEsOnlyWhereEnglishSpellsIt) {
  EXPECT_EQ(Code("Freedonia departes from Sylvania.", petrarch_), "");
  EXPECT_EQ(Code("Freedonia departes from Sylvania.", tabari_), "FRE/SYL/032");
}

TEST_F(PetrarchRulesTest, ModalIsNoVerb) {
  const std::string s = "Freedonia indicated it should have acted against Sylvania.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/SYL/104");  // ACT with INDICATED SHOULD before it
  EXPECT_EQ(Code(s, tabari_), "FRE/SYL/101");    // TABARI codes SHOULD, the first verb
}

TEST_F(PetrarchRulesTest, PatternWordsMatchAsWritten) {
  const std::string s = "Freedonia abandoned efforts against Sylvania.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/SYL/345");  // EFFORT is not "efforts": the root
  EXPECT_EQ(Code(s, tabari_), "FRE/SYL/987");
}

TEST_F(PetrarchRulesTest, ComplexCodeIsPassedOver) {
  const std::string s = "Freedonia restored full ties with Sylvania.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/SYL/064");  // the root's code
  EXPECT_EQ(Code(s, tabari_), "");               // TABARI: [+++] declines the sentence
}

TEST_F(PetrarchRulesTest, ActorCodeOutsideThreeLetterGroupsIsKept) {
  // Khaldun's own syntax rejects MRVTV; both peers write it whole.
  EXPECT_EQ(Code("Marvel Television attacked Sylvania.", petrarch_), "MRVTV/SYL/190");
  EXPECT_EQ(Code("Marvel Television attacked Sylvania.", tabari_), "MRVTV/SYL/190");
}

TEST_F(PetrarchRulesTest, OfEquallySpecificPatternsTheLongerMatchWins) {
  // "* &COIN" and "* &BIGCOIN" are equally specific (synsets whose shortest
  // members have two words); "solid gold crowns" matches three words of
  // &BIGCOIN, two ("gold crowns") of &COIN.
  const std::string s = "Freedonia gave solid gold crowns to Sylvania.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/SYL/072");
  EXPECT_EQ(Code(s, tabari_), "FRE/SYL/071");  // TABARI: dictionary order
}

TEST_F(PetrarchRulesTest, NoTargetNeedsAnObject) {
  PeerSettings s = petrarch_;
  ASSERT_TRUE(s.Apply("require_dyad=false"));
  EXPECT_EQ(Code("Freedonia attacked on Monday.", s), "FRE/---/190");
  EXPECT_EQ(Code("Freedonia attacked today.", s), "");
}

TEST_F(PetrarchRulesTest, VerbInsideACommaClauseTakesItsRolesThere) {
  // The clause between the commas has 10 words, over comma_max = 8: kept.
  const std::string s =
      "Freedonia hoped for calm, two years after Marvel troops attacked the border post of "
      "Sylvania, reports said.";
  EXPECT_EQ(Code(s, petrarch_), "MRVMIL/SYL/190");
  EXPECT_EQ(Code(s, tabari_), "FRE/SYL/190");
}

TEST_F(PetrarchRulesTest, EachPeerDropsCommaClausesByItsOwnLimits) {
  // The clause between the commas has 10 words: over PETRARCH's comma_max
  // (8), so PETRARCH keeps it and codes its verb there; within TABARI's
  // COMMA: defaults (3 to 10 words), so TabariSettings() drops it, and
  // with it the only verb.
  const std::string s =
      "Freedonia hoped for calm, two years after Marvel troops attacked the border of Sylvania, "
      "reports said.";
  EXPECT_EQ(Code(s, petrarch_), "MRVMIL/SYL/190");
  EXPECT_EQ(Code(s, TabariSettings()), "");
}

TEST_F(PetrarchRulesTest, ShortCommaClausesAreDropped) {
  // "the Marvel troops say" (4 words, with a verb) is a terminal aside:
  // dropped. TABARI reads "Sylvania, the Marvel troops" as a compound.
  const std::string s = "Freedonia attacked Sylvania, the Marvel troops say.";
  EXPECT_EQ(Code(s, petrarch_), "FRE/SYL/190");
  EXPECT_EQ(Code(s, tabari_), "FRE/SYL/190 FRE/MRVMIL/190");
}

}  // namespace
}  // namespace khaldun::compat
