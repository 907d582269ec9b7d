// Places an article: finds and resolves the place names of every sentence
// (with the article's actors and dateline as context) and chooses one
// location per coded event:
//   1. a place in the event's clause: the target's own words when they are a
//      place ("attacks against southern Lebanon"), else a place after a
//      locative word ("in Gaza"), else the nearest place;
//   2. else the nearest place in the event's sentence;
//   3. else the article's dateline.
// A place that is the event's source ("Iran condemned ..."), or a possessive
// ("Israel's attacks"), is who acted, not where. A Placer is immutable and
// can be shared by threads.
#ifndef KHALDUN_GEO_PLACER_H_
#define KHALDUN_GEO_PLACER_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "coder/event.h"
#include "geo/disambiguator.h"
#include "geo/gazetteer.h"
#include "geo/mention_finder.h"
#include "text/token.h"

namespace khaldun::geo {

struct ResolvedMention {
  PlaceMention mention;
  uint32_t place = 0;  // the chosen gazetteer place
  double score = 0;
  size_t sentence = 0;  // index in ArticlePlaces::sentences
};

struct ArticlePlaces {
  std::vector<text::Span> sentences;
  std::vector<std::vector<text::Token>> tokens;  // per sentence
  std::vector<ResolvedMention> mentions;         // in text order
  std::optional<size_t> dateline;                // index in `mentions`
  ArticleContext context;
};

class Placer {
 public:
  explicit Placer(const Gazetteer* gazetteer);

  // The places of `text`; `actor_codes` are the article's actor codes
  // ("IRNGOV"), whose first three letters give countries for context.
  ArticlePlaces FindPlaces(std::string_view text,
                           const std::vector<std::string>& actor_codes) const;

  // Sets `location` of every event of one article.
  void PlaceEvents(std::string_view text, std::vector<coder::Event>* events) const;

  // The location of one event among the article's places.
  std::optional<coder::EventLocation> ChooseLocation(const ArticlePlaces& places,
                                                     const coder::Event& event) const;
  // The location of one sentence when no event is coded in it: its first
  // locative place, else its first place, else the dateline.
  std::optional<coder::EventLocation> SentenceLocation(const ArticlePlaces& places,
                                                       size_t sentence) const;

  coder::EventLocation ToLocation(const ResolvedMention& m) const;
  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  struct Candidate;
  static constexpr double kClearMargin = 3;
  std::string ClearCountry(const PlaceMention& m, const ArticleContext& context) const;
  const ResolvedMention* ChooseAmong(const std::vector<Candidate>& candidates) const;

  const Gazetteer* gazetteer_;
  std::set<std::string, std::less<>> countries_;  // ISO3 codes the gazetteer knows
};

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_PLACER_H_
