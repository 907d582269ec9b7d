// Collects places and their names and writes the compiled gazetteer file
// (geo/gazetteer_format.h). Used by khaldun-gazetteer-build and by tests that
// make a tiny gazetteer from a hand-written fixture.
#ifndef KHALDUN_GEO_GAZETTEER_BUILDER_H_
#define KHALDUN_GEO_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "geo/gazetteer_format.h"

namespace khaldun::geo {

struct PlaceInput {
  std::string name;     // display name: "Tripoli"
  std::string admin1;   // "North Governorate", may be empty
  std::string country;  // ISO alpha-3
  std::string feature;  // "P.PPLA"
  PlaceKind kind = PlaceKind::kCity;
  double lat = 0;
  double lon = 0;
  uint64_t population = 0;
  uint32_t geonames_id = 0;
  std::vector<std::string> names;  // every name to index, besides `name`
};

class GazetteerBuilder {
 public:
  void Add(PlaceInput place) { places_.push_back(std::move(place)); }
  size_t size() const { return places_.size(); }

  // The whole file as bytes.
  std::string Serialize() const;
  // Writes it to `path` (through a temporary file and a rename, so a reader
  // never sees half a file). Returns false with `*error` set on failure.
  bool Write(const std::string& path, std::string* error) const;

 private:
  std::vector<PlaceInput> places_;
};

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_GAZETTEER_BUILDER_H_
