#include "geo/placer.h"

#include <gtest/gtest.h>

#include "geo/test_gazetteer.h"

namespace khaldun::geo {
namespace {

// Builds an event of `text` from the words as written; the test writes the
// roles by hand, as the coder would find them.
class PlacerTest : public ::testing::Test {
 protected:
  text::Span SpanOf(const std::string& words, size_t from = 0) {
    size_t at = text_.find(words, from);
    EXPECT_NE(at, std::string::npos) << words;
    return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
  }
  coder::Event MakeEvent(const std::string& source, const std::string& source_code,
                         const std::string& verb, const std::string& target,
                         const std::string& target_code, const std::string& cameo,
                         size_t from = 0) {
    coder::Event e;
    text::Span v = SpanOf(verb, from);
    e.sentence = {static_cast<uint32_t>(text_.rfind('.', v.begin) == std::string::npos
                                            ? 0
                                            : text_.rfind('.', v.begin) + 2),
                  static_cast<uint32_t>(text_.find('.', v.end) + 1)};
    e.source.span = SpanOf(source, e.sentence.begin);
    e.source.code = source_code;
    e.event_spans = {v};
    if (!target.empty()) e.target.span = SpanOf(target, v.end);
    e.target.code = target_code;
    e.cameo = cameo;
    return e;
  }
  std::string Where(const coder::Event& e) {
    std::vector<coder::Event> events{e};
    placer_.PlaceEvents(text_, &events);
    if (!events[0].location) return "none";
    return events[0].location->text + "=" + events[0].location->name + "/" +
           events[0].location->country;
  }
  std::unique_ptr<Gazetteer> g_ = TestGazetteer();
  Placer placer_{g_.get()};
  std::string text_;
};

TEST_F(PlacerTest, TheTargetsPlaceInTheClause) {
  text_ =
      "Israel launched attacks against southern Lebanon and the Gaza Strip amid tensions "
      "that followed attacks in al-Quds.";
  EXPECT_EQ(Where(MakeEvent("Israel", "ISR", "launched attacks against", "southern Lebanon", "LBN",
                            "190")),
            "southern Lebanon=southern Lebanon/LBN");
  EXPECT_EQ(
      Where(MakeEvent("Israel", "ISR", "launched attacks against", "Gaza Strip", "PSE", "190")),
      "Gaza Strip=Gaza Strip/PSE");
}

TEST_F(PlacerTest, TheSourceAndACountryTargetAreNotWhere) {
  text_ = "Iran condemned Israel in a statement read in Beirut.";
  EXPECT_EQ(Where(MakeEvent("Iran", "IRN", "condemned", "Israel", "ISR", "111")),
            "Beirut=Beirut/LBN");
  text_ = "Iran condemned Israel.";
  EXPECT_EQ(Where(MakeEvent("Iran", "IRN", "condemned", "Israel", "ISR", "111")), "none");
  // An attack on a country happens there.
  text_ = "Iran attacked Israel.";
  EXPECT_EQ(Where(MakeEvent("Iran", "IRN", "attacked", "Israel", "ISR", "190")),
            "Israel=Israel/ISR");
}

TEST_F(PlacerTest, ClauseBeforeSentenceBeforeDateline) {
  text_ = "TEHRAN - Officials met in Paris. Iran praised France after talks in Tripoli, Lebanon.";
  // Its own clause: "Iran praised France" has no place, the sentence has Tripoli.
  EXPECT_EQ(Where(MakeEvent("Iran", "IRN", "praised", "France", "FRA", "051")),
            "Tripoli, Lebanon=Tripoli/LBN");
  text_ = "TEHRAN - Officials met in Paris. Iran praised France.";
  EXPECT_EQ(Where(MakeEvent("Iran", "IRN", "praised", "France", "FRA", "051")),
            "TEHRAN=Tehran/IRN");
}

TEST_F(PlacerTest, ActorsGiveContext) {
  text_ = "Lebanese troops clashed with gunmen in Tripoli.";
  coder::Event e =
      MakeEvent("Lebanese troops", "LBNMIL", "clashed with", "gunmen", "LBNREB", "190");
  EXPECT_EQ(Where(e), "Tripoli=Tripoli/LBN");
  text_ = "Libyan troops clashed with gunmen in Tripoli.";
  e = MakeEvent("Libyan troops", "LBYMIL", "clashed with", "gunmen", "LBYREB", "190");
  EXPECT_EQ(Where(e), "Tripoli=Tripoli/LBY");
}

}  // namespace
}  // namespace khaldun::geo
