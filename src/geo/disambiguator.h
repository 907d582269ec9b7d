// Chooses which place a mention names. Each candidate gets a score:
//   log10(population)           a big place is mentioned more often
//   + what it is                a country over a town of the same name
//                               ("Georgia", "Lebanon, Tennessee"), our listed
//                               regions over GeoNames ("Gaza"), a capital or
//                               seat over a village, a city over the province
//                               of its country named after it ("Beirut")
//   + the article's countries   the actors' countries, the dateline's, and
//                               those of its unambiguous place names
//                               ("Tripoli" in an article about Lebanon)
// The highest score wins; ties go to the larger population.
#ifndef KHALDUN_GEO_DISAMBIGUATOR_H_
#define KHALDUN_GEO_DISAMBIGUATOR_H_

#include <set>
#include <string>

#include "geo/gazetteer.h"
#include "geo/mention_finder.h"

namespace khaldun::geo {

// What the article says about where it is.
struct ArticleContext {
  std::set<std::string, std::less<>> actor_countries;    // ISO3 of the coded actors ("IRN")
  std::string dateline_country;                          // ISO3 of the dateline's place, if any
  std::set<std::string, std::less<>> mention_countries;  // ISO3 of names whose country is clear
};

// The index of the chosen place among `mention.candidates`' places.
uint32_t Resolve(const Gazetteer& gazetteer, const PlaceMention& mention,
                 const ArticleContext& context);

// The score behind the choice, for `khaldun geo` and tests.
double Score(const Gazetteer& gazetteer, const PlaceMention& mention, uint32_t candidate,
             const ArticleContext& context);

// The single country all of `mention`'s candidates lie in, or "".
std::string OnlyCountry(const Gazetteer& gazetteer, const PlaceMention& mention);

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_DISAMBIGUATOR_H_
