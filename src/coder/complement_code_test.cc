#include "coder/complement_code.h"

#include <gtest/gtest.h>

namespace khaldun::coder {
namespace {

TEST(ComplementCodeTest, AppealsByWhatIsAskedFor) {
  // "urged Iran to release the detainees": release of persons (0841).
  EXPECT_EQ(ComplementCode("020", "0841"), "0253");
  // "called on the sides to hold talks": meeting (040).
  EXPECT_EQ(ComplementCode("020", "040"), "026");
  // "appealed to Japan to send food aid": humanitarian aid (073).
  EXPECT_EQ(ComplementCode("020", "073"), "0233");
  // "urged the army to declare a ceasefire": de-escalation (0871).
  EXPECT_EQ(ComplementCode("020", "0871"), "0256");
  // "urged the rebels to mediate": mediation (045).
  EXPECT_EQ(ComplementCode("020", "045"), "028");
}

TEST(ComplementCodeTest, IntentionsDemandsAndRejections) {
  EXPECT_EQ(ComplementCode("030", "085"), "0354");        // agreed to lift the sanctions
  EXPECT_EQ(ComplementCode("030", "045"), "039");         // offered to mediate
  EXPECT_EQ(ComplementCode("030", "036"), std::nullopt);  // no act in 036 itself
  EXPECT_EQ(ComplementCode("100", "0831"), "1041");       // demanded that he resign
  EXPECT_EQ(ComplementCode("120", "085"), "1244");        // refused to lift the sanctions
  EXPECT_EQ(ComplementCode("120", "046"), "125");         // refused to negotiate
  EXPECT_EQ(ComplementCode("120", "072"), "1222");        // refused to send weapons
}

TEST(ComplementCodeTest, ThreatsByWhatIsThreatened) {
  EXPECT_EQ(ComplementCode("130", "190"), "1384");   // threatened to attack
  EXPECT_EQ(ComplementCode("130", "192"), "1382");   // threatened to occupy
  EXPECT_EQ(ComplementCode("130", "163"), "1312");   // threatened to impose an embargo
  EXPECT_EQ(ComplementCode("130", "1723"), "1323");  // threatened to impose a curfew
  EXPECT_EQ(ComplementCode("130", "141"), "133");    // threatened to demonstrate
}

TEST(ComplementCodeTest, OnlyGenericFramesAndKnownBranches) {
  // A pattern that already says what is asked keeps its code.
  EXPECT_EQ(ComplementCode("0241", "0831"), std::nullopt);
  // CAMEO has no "appeal to criticise".
  EXPECT_EQ(ComplementCode("020", "111"), std::nullopt);
  EXPECT_EQ(ComplementCode("130", "051"), std::nullopt);
  EXPECT_EQ(ComplementCode("020", ""), std::nullopt);
}

}  // namespace
}  // namespace khaldun::coder
