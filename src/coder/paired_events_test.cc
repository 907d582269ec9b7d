#include "coder/paired_events.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khaldun::coder {
namespace {

Event Make(const std::string& source, const std::string& target, const std::string& cameo) {
  Event e;
  e.source.code = source;
  e.target.code = target;
  e.cameo = cameo;
  e.mode = "verb";
  e.pattern = "pattern of " + cameo;
  return e;
}

std::vector<std::string> Triples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events)
    out.push_back(e.source.code + ">" + e.target.code + ":" + e.cameo + " " + e.mode);
  return out;
}

TEST(PairedEventsTest, NegotiationAndPhoneCallsGoBothWays) {
  std::vector<Event> events = {Make("ISR", "LBN", "046"), Make("USAGOV", "RUSGOV", "041")};
  ApplyPairedEvents(&events, 0);
  EXPECT_EQ(Triples(events),
            (std::vector<std::string>{"ISR>LBN:046 verb", "LBN>ISR:046 reciprocal",
                                      "USAGOV>RUSGOV:041 verb", "RUSGOV>USAGOV:041 reciprocal"}));
  // The reverse keeps the evidence it comes from.
  EXPECT_EQ(events[1].pattern, "pattern of 046");
}

TEST(PairedEventsTest, AVisitComesWithItsHostingAndHostingWithTheVisit) {
  std::vector<Event> events = {Make("TWNGOV", "RUS", "042"), Make("RUSGOV", "JPNGOV", "043")};
  ApplyPairedEvents(&events, 0);
  EXPECT_EQ(Triples(events),
            (std::vector<std::string>{"TWNGOV>RUS:042 verb", "RUS>TWNGOV:043 linked",
                                      "RUSGOV>JPNGOV:043 verb", "JPNGOV>RUSGOV:042 linked"}));
}

TEST(PairedEventsTest, NegotiationTakesPrecedenceOverAVisitBetweenTheSameParties) {
  // "Petraeus held talks with Suleiman during a visit to Beirut, and met
  // Syria's envoy": the visit to Lebanon goes, the meeting with Syria stays.
  std::vector<Event> events = {Make("USAMIL", "LBNGOV", "046"), Make("USAMIL", "LBNGOV", "042"),
                               Make("USAMIL", "SYRGOV", "040")};
  ApplyPairedEvents(&events, 0);
  EXPECT_EQ(Triples(events),
            (std::vector<std::string>{"USAMIL>LBNGOV:046 verb", "LBNGOV>USAMIL:046 reciprocal",
                                      "USAMIL>SYRGOV:040 verb"}));
}

TEST(PairedEventsTest, AnExistingReverseIsNotRepeatedAndEarlierSentencesAreLeftAlone) {
  // "Iran and Iraq negotiated" already codes both directions.
  std::vector<Event> events = {Make("FRA", "DEU", "040"), Make("IRN", "IRQ", "046"),
                               Make("IRQ", "IRN", "046")};
  ApplyPairedEvents(&events, 1);
  EXPECT_EQ(Triples(events),
            (std::vector<std::string>{"FRA>DEU:040 verb", "IRN>IRQ:046 verb", "IRQ>IRN:046 verb"}));
  // A meeting with no target has no pair to look for.
  std::vector<Event> lone = {Make("FRA", "", "042")};
  ApplyPairedEvents(&lone, 0);
  EXPECT_EQ(lone.size(), 1u);
}

}  // namespace
}  // namespace khaldun::coder
