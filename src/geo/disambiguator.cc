#include "geo/disambiguator.h"

#include <cmath>
#include <cstring>

namespace khaldun::geo {

double Score(const Gazetteer& g, const PlaceMention& mention, uint32_t candidate,
             const ArticleContext& context) {
  const PlaceRecord& p = g.record(candidate);
  std::string_view country(p.country, strnlen(p.country, sizeof p.country));
  std::string_view feature(p.feature, strnlen(p.feature, sizeof p.feature));
  double score = std::log10(static_cast<double>(p.population) + 1);
  switch (p.kind) {
    case PlaceKind::kCountry:
      score += 4;
      break;
    case PlaceKind::kRegion:
      // Our own list has no populations; an entry there is the sense news
      // means ("Gaza" the Strip, not the city's GeoNames record).
      score += 12;
      break;
    case PlaceKind::kAdmin1:
      score += 1;
      // "Beirut", "New York": the city, not the division named after it.
      for (uint32_t other : mention.candidates) {
        const PlaceRecord& q = g.record(other);
        if (q.kind == PlaceKind::kCity && std::memcmp(q.country, p.country, 4) == 0) {
          score -= 3;
          break;
        }
      }
      break;
    case PlaceKind::kCity:
      if (feature == "P.PPLC") {
        score += 1.5;
      } else if (feature == "P.PPLA") {
        score += 0.5;
      }
      break;
  }
  if (!country.empty()) {
    if (context.actor_countries.count(country)) score += 3;
    if (!mention.dateline && context.dateline_country == country) score += 3;
    if (context.mention_countries.count(country)) score += 3;
  }
  return score;
}

uint32_t Resolve(const Gazetteer& g, const PlaceMention& mention, const ArticleContext& context) {
  uint32_t best = mention.candidates.front();
  double best_score = -1;
  for (uint32_t c : mention.candidates) {
    double s = Score(g, mention, c, context);
    if (s > best_score || (s == best_score && g.place(c).population > g.place(best).population)) {
      best = c;
      best_score = s;
    }
  }
  return best;
}

std::string OnlyCountry(const Gazetteer& g, const PlaceMention& mention) {
  std::string country;
  for (uint32_t c : mention.candidates) {
    const PlaceRecord& r = g.record(c);
    std::string_view cc(r.country, strnlen(r.country, sizeof r.country));
    if (cc.empty()) continue;
    if (country.empty()) {
      country = cc;
    } else if (country != cc) {
      return "";
    }
  }
  return country;
}

}  // namespace khaldun::geo
