#include "geo/placer.h"

#include <algorithm>
#include <cmath>
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
  for (uint32_t i = 0; i < gazetteer_->place_count(); ++i) {
    Place p = gazetteer_->place(i);
    if (p.kind == PlaceKind::kCountry) countries_.emplace(p.country);
  }
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
  // Context from the names themselves: those with one possible country, and
  // the dateline's country (resolved first, with the actors as context).
  for (size_t i = 0; i < places.mentions.size(); ++i) {
    const PlaceMention& m = places.mentions[i].mention;
    std::string only = OnlyCountry(*gazetteer_, m);
    if (!only.empty()) places.context.mention_countries.insert(only);
    if (m.dateline && !places.dateline) places.dateline = i;
  }
  if (places.dateline) {
    ResolvedMention& d = places.mentions[*places.dateline];
    d.place = Resolve(*gazetteer_, d.mention, places.context);
    places.context.dateline_country = std::string(gazetteer_->place(d.place).country);
  }
  for (ResolvedMention& r : places.mentions) {
    r.place = Resolve(*gazetteer_, r.mention, places.context);
    r.score = Score(*gazetteer_, r.mention, r.place, places.context);
  }
  return places;
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

std::optional<coder::EventLocation> Placer::ChooseLocation(const ArticlePlaces& places,
                                                           const coder::Event& event) const {
  // The sentence of the event, and the token range of its event words.
  size_t s = 0;
  while (s < places.sentences.size() && !(places.sentences[s].begin <= event.sentence.begin &&
                                          event.sentence.begin < places.sentences[s].end))
    ++s;
  const bool root_is_force =
      event.cameo.size() >= 2 && (event.cameo.starts_with("18") || event.cameo.starts_with("19") ||
                                  event.cameo.starts_with("20"));
  const ResolvedMention* best = nullptr;
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

    // Lower is better: (outside the clause, kind of evidence, distance).
    auto rank = [&](const ResolvedMention& r) {
      const PlaceMention& m = r.mention;
      bool in_clause = m.first_token >= clause_begin && m.end_token <= clause_end;
      bool is_target = Overlaps(m.span, event.target.span);
      int evidence = is_target ? 0 : m.locative ? 1 : 2;
      size_t distance = m.first_token > last   ? m.first_token - last
                        : m.end_token <= first ? first - m.end_token + 1
                                               : 0;
      return std::make_tuple(in_clause ? 0 : 1, evidence, distance);
    };
    std::tuple<int, int, size_t> best_rank{2, 0, 0};
    for (const ResolvedMention& r : places.mentions) {
      if (r.sentence != s) continue;
      const PlaceMention& m = r.mention;
      if (m.dateline || m.possessive) continue;
      if (!m.locative && Overlaps(m.span, event.source.span)) continue;  // who, not where
      bool country = gazetteer_->place(r.place).kind == PlaceKind::kCountry;
      if (country && !m.locative && Overlaps(m.span, event.target.span) && !root_is_force)
        continue;  // "Iran condemned Israel": Israel is not where it happened
      auto r_rank = rank(r);
      if (!best || r_rank < best_rank) {
        best = &r;
        best_rank = r_rank;
      }
    }
  }
  if (!best && places.dateline) best = &places.mentions[*places.dateline];
  if (!best) return std::nullopt;
  return ToLocation(*best);
}

std::optional<coder::EventLocation> Placer::SentenceLocation(const ArticlePlaces& places,
                                                             size_t sentence) const {
  const ResolvedMention* first = nullptr;
  for (const ResolvedMention& r : places.mentions) {
    if (r.sentence != sentence || r.mention.dateline || r.mention.possessive) continue;
    if (r.mention.locative) return ToLocation(r);
    if (!first) first = &r;
  }
  if (first) return ToLocation(*first);
  if (places.dateline) return ToLocation(places.mentions[*places.dateline]);
  return std::nullopt;
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
