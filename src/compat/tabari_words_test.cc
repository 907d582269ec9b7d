// The compat coder's TABARI word rules (manual 5.2.2 and 5.2.3): pattern
// words not closed by '_' are stems, words closed by '_' match as written,
// '=' forbids the regular endings, verbs also take "-en", and a word with a
// possessive "'s" is no verb. A small dictionary written here by hand; each
// expectation follows from the rule the test names.
#include <gtest/gtest.h>

#include <string>

#include "compat/peer_coder_fixture.h"

namespace khaldun::compat {
namespace {

class TabariWords : public PeerCoderFixture {
 protected:
  // The '=' mark is read, not rejected: every line converts.
  void SetUp() override {
    Load("tw",
         "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nMARVEL_ [MRV]\nMOUSE= [MUS]\n"
         "ONODOHER [ONO <911226] [###]\n",
         "",
         "BAN= [191]\n"
         "DEPART_ [032]\n"
         "ACT_ [100]\n"
         "{ ACTING_ ACTUALITY }\n"
         "DONATE_ [073]\n"
         "ADOPT_ [081]\n"
         "- * RESOLUTION_ [102]\n"
         "- * REVOLUTION [802]\n"
         "VOW_ [170]\n"
         "- * RESIST { TO THE END | UNTIL HELL FREEZES OVER } [113]\n"
         "- * RESIST_ { TO THE END OF THE EARTH | TO THE DEATH } [115]\n"
         "- * RESISTANCE TO THE INVADING [114]\n"
         "&COIN\n+YEN_\n+DOLLAR_\n"
         "WARN_ [160]\n"
         "- $ ^ FOR * [164]\n"
         "GIVE_ [070]\n"
         "- * &COIN [903]\n"
         "- * DOLLAR [071]\n");
  }
  std::string Code(const std::string& text, const PeerSettings& settings = TabariSettings(),
                   const std::string& date = "1933-01-01") {
    return CodeWith(text, settings, date);
  }
};

TEST_F(TabariWords, EqualsMarkForbidsEndings) {
  EXPECT_EQ(Code("Mouse will ban Sylvania from the games next year."), "MUS/SYL/191");
  // BAN= takes no "-ing" or "-ed", MOUSE= no plural "-s".
  EXPECT_EQ(Code("Mouse is baning Sylvania from the games next year."), "");
  EXPECT_EQ(Code("Mouse has baned Sylvania from the games next year."), "");
  EXPECT_EQ(Code("Mouses will ban Sylvania from the games next year."), "");
}

TEST_F(TabariWords, VerbsTakeEnEnding) {
  EXPECT_EQ(Code("Freedonia departen from Sylvania on a cold Monday morning."), "FRE/SYL/032");
  // Without TABARI's endings "-en" is no verb ending.
  PeerSettings plain = TabariSettings();
  plain.tabari_endings = false;
  EXPECT_EQ(Code("Freedonia departen from Sylvania on a cold Monday morning.", plain), "");
}

TEST_F(TabariWords, IrregularFormWithoutUnderscoreIsStem) {
  EXPECT_EQ(Code("Freedonia actualityss with Sylvania on a cold Monday morning."), "FRE/SYL/100");
  // ACTING_ is closed: "actingly" is no form of it.
  EXPECT_EQ(Code("Freedonia actingly with Sylvania on a cold Monday morning."), "");
}

TEST_F(TabariWords, PossessiveIsNoVerb) {
  EXPECT_EQ(Code("Freedonia will donate cash to Sylvania on a cold Monday."), "FRE/SYL/073");
  EXPECT_EQ(Code("Freedonia donate's cash to Sylvania on a cold Monday."), "");
}

TEST_F(TabariWords, PatternWordsAreStemsUnlessClosed) {
  // REVOLUTION is a stem: it begins "revolutionary".
  EXPECT_EQ(Code("Freedonia will adopt a revolutionary manifesto with Sylvania soon."),
            "FRE/SYL/802");
  // RESOLUTION_ is closed: "resolutions" leaves the verb's own code.
  EXPECT_EQ(Code("Freedonia will adopt a resolution with Sylvania soon."), "FRE/SYL/102");
  EXPECT_EQ(Code("Freedonia will adopt a set of resolutions with Sylvania soon."), "FRE/SYL/081");
}

TEST_F(TabariWords, LongestMatchFirstByCharacters) {
  // 115 matches 24 letters (RESIST, TO THE END OF THE EARTH), 113 only 14
  // (its alternative TO THE END): the longer match is tried first.
  EXPECT_EQ(Code("Freedonia vowed to resist to the end of the earth against Sylvania."),
            "FRE/SYL/115");
  EXPECT_EQ(Code("Freedonia vowed to resist to the end against Sylvania today."), "FRE/SYL/113");
  // 114 has 23 letters; 113 matches "resistance" through its stem RESIST but
  // is shorter, and 115 does not match.
  EXPECT_EQ(Code("Freedonia vowed resistance to the end to the invading Sylvania army."),
            "FRE/SYL/114");
  // A synset adds no length: DOLLAR (6) goes before &COIN, which still
  // codes "yen".
  EXPECT_EQ(Code("Freedonia will give a million dollars to Sylvania next year."), "FRE/SYL/071");
  EXPECT_EQ(Code("Freedonia will give a million yen to Sylvania next year."), "FRE/SYL/903");
  // Without TABARI's order the first of equally long patterns in the file wins.
  PeerSettings by_words = TabariSettings();
  by_words.length_order = false;
  EXPECT_EQ(Code("Freedonia vowed to resist to the end of the earth against Sylvania.", by_words),
            "FRE/SYL/113");
}

TEST_F(TabariWords, DatedActorWithDiscardCode) {
  const std::string s = "Freedonia will donate cash to Sylvania after Onodoher crowds gathered.";
  // Before 26 December 1991 Onodoher is ONO; afterwards its [###] discards.
  EXPECT_EQ(Code(s, TabariSettings(), "1991-01-01"), "FRE/SYL/073");
  EXPECT_EQ(Code(s, TabariSettings(), "1995-01-01"), "");
  PeerSettings keep = TabariSettings();
  keep.dated_discards = false;
  EXPECT_EQ(Code(s, keep, "1995-01-01"), "FRE/SYL/073");
}

TEST_F(TabariWords, SkippedActorIsNoTarget) {
  // '^' passes over Marvel; with no actor after the verb the target is the
  // clause's next actor before it, Sylvania, not the skipped Marvel.
  const std::string s = "Freedonia was Marvel for Sylvania warning next week again.";
  EXPECT_EQ(Code(s), "FRE/SYL/164");
}

}  // namespace
}  // namespace khaldun::compat
