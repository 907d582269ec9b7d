// The compiled gazetteer in memory: places and the names they are known by.
// Open() reads the file once, checks its header, size, checksum and every
// offset, and refuses a damaged file with a message naming it. A Gazetteer
// is immutable and can be shared by threads.
#ifndef KHALDUN_GEO_GAZETTEER_H_
#define KHALDUN_GEO_GAZETTEER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "geo/gazetteer_format.h"

namespace khaldun::geo {

// One place, as the rest of Khaldun sees it.
struct Place {
  uint32_t index = 0;  // in the gazetteer
  std::string_view name;
  std::string_view admin1;
  std::string_view country;  // ISO alpha-3
  std::string_view feature;  // "P.PPLA"
  PlaceKind kind = PlaceKind::kCity;
  double lat = 0;
  double lon = 0;
  uint32_t population = 0;
  uint32_t geonames_id = 0;
};

class Gazetteer {
 public:
  // Reads and checks `path`. On failure returns null and sets `*error` to
  // "PATH: problem".
  static std::unique_ptr<Gazetteer> Open(const std::string& path, std::string* error);
  // The same from bytes already in memory (`what` names them in errors).
  static std::unique_ptr<Gazetteer> FromBytes(std::string bytes, const std::string& what,
                                              std::string* error);

  size_t place_count() const { return places_.size(); }
  size_t name_count() const { return names_.size(); }
  Place place(uint32_t index) const;
  PlaceKind kind(uint32_t index) const { return places_[index].kind; }
  // The raw record, for the hot loops that need no strings.
  const PlaceRecord& record(uint32_t index) const { return places_[index]; }

  // The places whose folded name is exactly `key` (already folded). When
  // `has_longer` is given, sets it to whether some name continues `key` with
  // a space and more words ("gaza" -> "gaza strip"): one search for both.
  std::span<const NameEntry> Lookup(std::string_view key, bool* has_longer = nullptr) const;

 private:
  Gazetteer() = default;
  std::string_view String(uint32_t offset) const;

  std::unique_ptr<uint64_t[]> storage_;  // 8-byte aligned copy of the file
  std::span<const PlaceRecord> places_;
  std::span<const NameEntry> names_;
  std::span<const KeySlot> slots_;
  std::string_view strings_;
};

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_GAZETTEER_H_
