// A tiny gazetteer written by hand for the unit tests: a few places with the
// ambiguities the disambiguator must settle. Coordinates are rounded real ones.
#ifndef KHALDUN_GEO_TEST_GAZETTEER_H_
#define KHALDUN_GEO_TEST_GAZETTEER_H_

#include <memory>
#include <string>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"

namespace khaldun::geo {

inline PlaceInput TestPlace(std::string name, std::string country, std::string admin1,
                            std::string feature, PlaceKind kind, double lat, double lon,
                            uint64_t population, uint32_t id, std::vector<std::string> names = {}) {
  PlaceInput p;
  p.name = std::move(name);
  p.country = std::move(country);
  p.admin1 = std::move(admin1);
  p.feature = std::move(feature);
  p.kind = kind;
  p.lat = lat;
  p.lon = lon;
  p.population = population;
  p.geonames_id = id;
  p.names = std::move(names);
  return p;
}

inline GazetteerBuilder TestBuilder() {
  GazetteerBuilder b;
  b.Add(TestPlace("Paris", "FRA", "Île-de-France", "P.PPLC", PlaceKind::kCity, 48.85, 2.35, 2138551,
                  2988507));
  b.Add(TestPlace("Paris", "USA", "Texas", "P.PPLA2", PlaceKind::kCity, 33.66, -95.56, 24782,
                  4717560));
  b.Add(TestPlace("Texas", "USA", "Texas", "A.ADM1", PlaceKind::kAdmin1, 31.0, -97.5, 20000000, 0));
  b.Add(TestPlace("France", "FRA", "", "A.PCLI", PlaceKind::kCountry, 46.6, 2.5, 40000000, 0));
  b.Add(TestPlace("Tripoli", "LBY", "Tripoli", "P.PPLC", PlaceKind::kCity, 32.89, 13.19, 1150989,
                  2210247, {"Tarabulus"}));
  b.Add(TestPlace("Tripoli", "LBN", "North Governorate", "P.PPLA", PlaceKind::kCity, 34.44, 35.85,
                  229398, 266826));
  b.Add(TestPlace("Lebanon", "LBN", "", "A.PCLI", PlaceKind::kCountry, 33.86, 35.51, 4000000, 0));
  b.Add(TestPlace("Libya", "LBY", "", "A.PCLI", PlaceKind::kCountry, 31.5, 15.0, 5000000, 0));
  b.Add(TestPlace("Gaza", "PSE", "Gaza Strip", "P.PPLA", PlaceKind::kCity, 31.50, 34.47, 410000,
                  281133));
  b.Add(TestPlace("Gaza Strip", "PSE", "Gaza Strip", "L.RGN", PlaceKind::kRegion, 31.42, 34.37, 0,
                  0, {"Gaza"}));
  b.Add(TestPlace("southern Lebanon", "LBN", "South Governorate", "L.RGN", PlaceKind::kRegion,
                  33.27, 35.40, 0, 0));
  b.Add(TestPlace("Jerusalem", "ISR", "Jerusalem", "P.PPLA", PlaceKind::kRegion, 31.769, 35.216, 0,
                  281184, {"al-Quds"}));
  b.Add(TestPlace("Israel", "ISR", "", "A.PCLI", PlaceKind::kCountry, 32.1, 35.0, 8000000, 0));
  b.Add(TestPlace("Mobile", "USA", "Alabama", "P.PPLA2", PlaceKind::kCity, 30.69, -88.04, 190000,
                  4076598));
  b.Add(TestPlace("São Paulo", "BRA", "São Paulo", "P.PPLA", PlaceKind::kCity, -23.55, -46.63,
                  10021295, 3448439, {"Sao Paulo"}));
  b.Add(TestPlace("Tehran", "IRN", "Tehran", "P.PPLC", PlaceKind::kCity, 35.69, 51.42, 7153309,
                  112931));
  b.Add(TestPlace("Iran", "IRN", "", "A.PCLI", PlaceKind::kCountry, 32.0, 53.0, 60000000, 0));
  b.Add(TestPlace("Beirut", "LBN", "Beirut", "P.PPLC", PlaceKind::kCity, 33.89, 35.50, 1916100,
                  276781));
  return b;
}

inline std::unique_ptr<Gazetteer> TestGazetteer() {
  std::string error;
  auto g = Gazetteer::FromBytes(TestBuilder().Serialize(), "test gazetteer", &error);
  if (!g) throw std::runtime_error(error);
  return g;
}

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_TEST_GAZETTEER_H_
