#include "geo/placer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace khaldun::geo {
namespace {

bool Overlaps(text::Span a, text::Span b) {
  return !a.empty() && !b.empty() && a.begin < b.end && b.begin < a.end;
}

// Words and marks that end a clause: the place of "... attacks on Gaza amid
// clashes in Jerusalem" is Gaza, not Jerusalem.
bool ClauseBreak(const text::Token& t) {
  static const char* kWords[] = {"amid",   "after",     "before",   "while",   "as",
                                 "when",   "following", "since",    "because", "which",
                                 "who",    "whereas",   "although", "though",  "but",
                                 "whilst", "until",     "despite",  "that",    "where"};
  if (t.kind == text::TokenKind::kPunct)
    return t.surface == ";" || t.surface == ":" || t.surface == "(" || t.surface == ")";
  for (const char* w : kWords)
    if (t.lower == w) return true;
  return false;
}

}  // namespace

Placer::Placer(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {
  for (uint32_t i = 0; i < gazetteer_->place_count(); ++i)
    if (gazetteer_->kind(i) == PlaceKind::kCountry)
      countries_.emplace(gazetteer_->place(i).country);
}

ArticlePlaces Placer::FindPlaces(std::string_view text,
                                 const std::vector<std::string>& actor_codes) const {
  ArticlePlaces places;
  for (const std::string& code : actor_codes) {
    if (code.size() >= 3 && countries_.count(std::string_view(code).substr(0, 3)))
      places.context.actor_countries.insert(code.substr(0, 3));
  }
  places.sentences = text::SplitSentences(text);
  for (size_t s = 0; s < places.sentences.size(); ++s) {
    places.tokens.push_back(text::Tokenize(text, places.sentences[s], nullptr));
    for (PlaceMention& m : FindPlaceMentions(*gazetteer_, text, places.tokens.back())) {
      ResolvedMention r;
      r.mention = std::move(m);
      r.sentence = s;
      places.mentions.push_back(std::move(r));
    }
  }
  // Context from the names themselves: the dateline's country (resolved
  // first, with the actors as context), then the countries of names whose
  // reading is clear: one possible country, or a country, division or listed
  // region winning on its own ("Lebanon" over the Lebanons of the US).
  for (size_t i = 0; i < places.mentions.size(); ++i)
    if (places.mentions[i].mention.dateline && !places.dateline) places.dateline = i;
  if (places.dateline) {
    ResolvedMention& d = places.mentions[*places.dateline];
    d.place = Resolve(*gazetteer_, d.mention, places.context);
    places.context.dateline_country = std::string(gazetteer_->place(d.place).country);
  }
  std::set<std::string, std::less<>> clear;
  for (const ResolvedMention& r : places.mentions) {
    std::string only = OnlyCountry(*gazetteer_, r.mention);
    if (only.empty()) only = ClearCountry(r.mention, places.context);
    if (!only.empty()) clear.insert(only);
  }
  places.context.mention_countries = std::move(clear);
  for (ResolvedMention& r : places.mentions) {
    r.place = Resolve(*gazetteer_, r.mention, places.context);
    r.score = Score(*gazetteer_, r.mention, r.place, places.context);
  }
  return places;
}

std::string Placer::ClearCountry(const PlaceMention& m, const ArticleContext& context) const {
  // The winner must beat every reading in another country by a wide margin
  // without help from the other names: "Lebanon" (the country, not the
  // towns of the US) is clear, "Georgia" is not.
  uint32_t best = Resolve(*gazetteer_, m, context);
  const PlaceRecord& winner = gazetteer_->record(best);
  double top = Score(*gazetteer_, m, best, context);
  for (uint32_t c : m.candidates) {
    if (std::memcmp(gazetteer_->record(c).country, winner.country, 4) != 0 &&
        top - Score(*gazetteer_, m, c, context) < kClearMargin)
      return "";
  }
  return std::string(winner.country, strnlen(winner.country, sizeof winner.country));
}

coder::EventLocation Placer::ToLocation(const ResolvedMention& m) const {
  Place p = gazetteer_->place(m.place);
  coder::EventLocation l;
  l.text = m.mention.text;
  l.span = m.mention.span;
  l.name = std::string(p.name);
  l.feature = std::string(p.feature);
  l.country = std::string(p.country);
  l.admin1 = std::string(p.admin1);
  // The file stores float; five decimals (about a metre) is all it holds.
  l.lat = std::round(p.lat * 1e5) / 1e5;
  l.lon = std::round(p.lon * 1e5) / 1e5;
  l.geonames_id = p.geonames_id;
  return l;
}

namespace {

// How precise a place is: a country, a division or broad region, a point.
int Precision(const Place& p) {
  if (p.kind == PlaceKind::kCountry) return 0;
  if (p.kind == PlaceKind::kAdmin1 || p.feature.starts_with("L.") || p.feature == "H.SEA" ||
      p.feature == "H.GULF")
    return 1;
  return 2;
}

}  // namespace

struct Placer::Candidate {
  const ResolvedMention* mention;
  int tier;  // lower is better: 0 the target's place ... 4 the dateline, 5 a bare country
  size_t distance;
};

// Picks the best candidate by (tier, distance); then, if it is a country or a
// region and the same sentence names a point inside the same country ("Tyre
// in southern Lebanon", "Mekelle, the capital of Tigray"), takes that point.
const ResolvedMention* Placer::ChooseAmong(const std::vector<Candidate>& candidates) const {
  const Candidate* best = nullptr;
  for (const Candidate& c : candidates)
    if (!best || std::tie(c.tier, c.distance) < std::tie(best->tier, best->distance)) best = &c;
  if (!best) return nullptr;
  Place chosen = gazetteer_->place(best->mention->place);
  if (best->mention->mention.dateline || Precision(chosen) == 2) return best->mention;
  const ResolvedMention* finer = nullptr;
  size_t finer_gap = 0;
  for (const Candidate& c : candidates) {
    if (c.tier > 3 || c.mention->mention.dateline) continue;
    Place p = gazetteer_->place(c.mention->place);
    if (Precision(p) != 2 || p.country != chosen.country) continue;
    const PlaceMention& a = c.mention->mention;
    const PlaceMention& b = best->mention->mention;
    size_t gap = a.first_token > b.first_token ? a.first_token - b.first_token
                                               : b.first_token - a.first_token;
    if (!finer || gap < finer_gap) {
      finer = c.mention;
      finer_gap = gap;
    }
  }
  return finer ? finer : best->mention;
}

std::optional<coder::EventLocation> Placer::ChooseLocation(const ArticlePlaces& places,
                                                           const coder::Event& event) const {
  // The sentence of the event, and the token range of its event words.
  size_t s = 0;
  while (s < places.sentences.size() && !(places.sentences[s].begin <= event.sentence.begin &&
                                          event.sentence.begin < places.sentences[s].end))
    ++s;
  const bool root_is_force = event.cameo.starts_with("18") || event.cameo.starts_with("19") ||
                             event.cameo.starts_with("20");
  std::vector<Candidate> candidates;
  if (s < places.sentences.size()) {
    const std::vector<text::Token>& tokens = places.tokens[s];
    size_t first = tokens.size(), last = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
      for (const text::Span& e : event.event_spans) {
        if (Overlaps(tokens[t].span, e)) {
          first = std::min(first, t);
          last = std::max(last, t);
        }
      }
    }
    if (first == tokens.size()) first = last = 0;
    size_t clause_begin = first, clause_end = last + 1;
    while (clause_begin > 0 && !ClauseBreak(tokens[clause_begin - 1])) --clause_begin;
    while (clause_end < tokens.size() && !ClauseBreak(tokens[clause_end])) ++clause_end;

    for (const ResolvedMention& r : places.mentions) {
      const PlaceMention& m = r.mention;
      if (r.sentence != s || m.dateline || m.possessive) continue;
      if (!m.locative && Overlaps(m.span, event.source.span)) continue;  // who, not where
      bool country = gazetteer_->place(r.place).kind == PlaceKind::kCountry;
      bool target = Overlaps(m.span, event.target.span);
      // "Iran condemned Israel": Israel is not where it happened; an attack
      // on Israel is, and so is an arrest "in Hong Kong". "Sent police to Haiti": a destination,
      // not a place.
      if (country && target && !root_is_force && !m.locative) continue;
      if (country && m.directional && !m.locative && !target) continue;
      bool in_clause = m.first_token >= clause_begin && m.end_token <= clause_end;
      int tier;
      if (in_clause && target) {
        tier = 0;
      } else if (in_clause && m.locative) {
        tier = 1;
      } else if (in_clause && !country) {
        tier = 2;
      } else if (!country || m.locative) {
        tier = 3;
      } else {
        tier = 5;  // a bare country name: most often an actor, so after the dateline
      }
      size_t distance = m.first_token > last   ? m.first_token - last
                        : m.end_token <= first ? first - m.end_token + 1
                                               : 0;
      candidates.push_back({&r, tier, distance});
    }
  }
  if (places.dateline) candidates.push_back({&places.mentions[*places.dateline], 4, 0});
  const ResolvedMention* best = ChooseAmong(candidates);
  if (!best) return std::nullopt;
  return ToLocation(*best);
}

std::optional<coder::EventLocation> Placer::SentenceLocation(const ArticlePlaces& places,
                                                             size_t sentence) const {
  std::vector<Candidate> candidates;
  size_t order = 0;
  for (const ResolvedMention& r : places.mentions) {
    const PlaceMention& m = r.mention;
    if (r.sentence != sentence || m.dateline || m.possessive) continue;
    bool country = gazetteer_->place(r.place).kind == PlaceKind::kCountry;
    if (country && m.directional && !m.locative) continue;
    int tier = m.locative ? 1 : !country ? 2 : 5;
    candidates.push_back({&r, tier, order++});
  }
  if (places.dateline) candidates.push_back({&places.mentions[*places.dateline], 4, 0});
  const ResolvedMention* best = ChooseAmong(candidates);
  if (!best) return std::nullopt;
  return ToLocation(*best);
}

void Placer::PlaceEvents(std::string_view text, std::vector<coder::Event>* events) const {
  if (events->empty()) return;
  std::vector<std::string> actors;
  for (const coder::Event& e : *events) {
    actors.push_back(e.source.code);
    actors.push_back(e.target.code);
  }
  ArticlePlaces places = FindPlaces(text, actors);
  for (coder::Event& e : *events) e.location = ChooseLocation(places, e);
}

}  // namespace khaldun::geo
