// The compiled gazetteer file (.khg), written by khaldun-gazetteer-build and
// read by Gazetteer::Open. Little-endian, fixed-size records:
//
//   FileHeader                      64 bytes
//   PlaceRecord[place_count]        40 bytes each
//   NameEntry[name_count]           8 bytes each, sorted by key, then place
//   KeySlot[slot_count]             16 bytes each: a hash table of the keys
//   strings                         NUL-terminated UTF-8, strings_size bytes
//
// The hash table finds a name with one or two memory reads where a binary
// search over half a million keys would need twenty; it also holds every
// leading run of words of a longer name ("santiago de" of "santiago de
// compostela"), so the finder knows when to read one more word.
// The header's checksum (FNV-1a on 64-bit words, Fnv1a64 below) covers
// everything after the header, so a truncated or damaged file is refused with
// a clear error instead of giving wrong places.
#ifndef KHALDUN_GEO_GAZETTEER_FORMAT_H_
#define KHALDUN_GEO_GAZETTEER_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun::geo {

inline constexpr char kGazetteerMagic[8] = {'K', 'H', 'G', 'A', 'Z', 'E', 'T', '\n'};
inline constexpr uint32_t kGazetteerVersion = 2;

// What kind of place a record is; the disambiguator weighs them differently.
enum class PlaceKind : uint8_t {
  kCity = 0,     // a GeoNames populated place (feature class P)
  kAdmin1 = 1,   // a first-order division: a state, province, governorate
  kCountry = 2,  // a country or territory with an ISO code
  kRegion = 3,   // our own list: regions and landmarks news names (data/geo/regions.tsv)
};

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t place_count;
  uint32_t name_count;
  uint32_t slot_count;  // a power of two
  uint64_t strings_size;
  uint64_t body_size;  // bytes after the header
  uint64_t checksum;   // FNV-1a 64 of the body
  uint8_t padding[16];
};
static_assert(sizeof(FileHeader) == 64);

struct PlaceRecord {
  float lat;
  float lon;
  uint32_t population;
  uint32_t geonames_id;  // 0 when the place is not from GeoNames
  uint32_t name;         // offset of the display name in the strings
  uint32_t admin1;       // offset of the admin-1 name ("" for none)
  char country[4];       // ISO 3166 alpha-3 and a NUL
  char feature[7];       // GeoNames class.code, NUL-padded: "P.PPLA", "A.ADM1"
  PlaceKind kind;
  uint32_t reserved;
};
static_assert(sizeof(PlaceRecord) == 40);

struct NameEntry {
  uint32_t key;    // offset of the folded name (geo/fold.h) in the strings
  uint32_t place;  // index of the place
};
static_assert(sizeof(NameEntry) == 8);

struct KeySlot {
  uint32_t hash;   // KeyHash of the key: most probes end here, without reading the key
  uint32_t key;    // offset of the folded key in the strings; kEmptySlot when free
  uint32_t first;  // its first NameEntry
  uint16_t count;  // how many NameEntries have this key (0: only a prefix)
  uint16_t flags;  // kHasLonger: some longer name starts with this key and a space
};
static_assert(sizeof(KeySlot) == 16);
inline constexpr uint32_t kEmptySlot = 0xFFFFFFFF;
inline constexpr uint16_t kHasLonger = 1;

inline uint32_t KeyHash(std::string_view key) {
  uint32_t h = 2166136261u;
  for (unsigned char c : key) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

// FNV-1a over 64-bit little-endian words (then the tail bytes): eight times
// faster than bytewise, so checking a 20 MB file costs a few milliseconds.
inline uint64_t Fnv1a64(const unsigned char* data, size_t size) {
  uint64_t h = 14695981039346656037ull;
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, 8);
    h ^= word;
    h *= 1099511628211ull;
  }
  for (; i < size; ++i) {
    h ^= data[i];
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_GAZETTEER_FORMAT_H_
