#include "geo/gazetteer.h"

#include <algorithm>
#include <cstring>
#include <fstream>

namespace khaldun::geo {
namespace {

bool Fail(const std::string& what, const std::string& problem, std::string* error) {
  *error = what + ": " + problem;
  return false;
}

// Checks the bytes of a whole .khg file; fills the three parts on success.
bool Check(const unsigned char* data, uint64_t size, const std::string& what,
           std::span<const PlaceRecord>* places, std::span<const NameEntry>* names,
           std::span<const KeySlot>* slots, std::string_view* strings, std::string* error) {
  if (size < sizeof(FileHeader))
    return Fail(what, "too short to be a gazetteer (" + std::to_string(size) + " bytes)", error);
  FileHeader h;
  std::memcpy(&h, data, sizeof h);
  if (std::memcmp(h.magic, kGazetteerMagic, sizeof h.magic) != 0)
    return Fail(what, "not a Khaldun gazetteer (bad magic)", error);
  if (h.version != kGazetteerVersion)
    return Fail(what,
                "gazetteer format version " + std::to_string(h.version) + ", this Khaldun reads " +
                    std::to_string(kGazetteerVersion) + "; rebuild it",
                error);
  uint64_t expect = uint64_t{h.place_count} * sizeof(PlaceRecord) +
                    uint64_t{h.name_count} * sizeof(NameEntry) +
                    uint64_t{h.slot_count} * sizeof(KeySlot) + h.strings_size;
  if (h.body_size != expect || size - sizeof(FileHeader) != h.body_size)
    return Fail(what,
                "truncated or damaged: " + std::to_string(size) + " bytes, the header says " +
                    std::to_string(sizeof(FileHeader) + expect),
                error);
  const unsigned char* body = data + sizeof(FileHeader);
  if (Fnv1a64(body, h.body_size) != h.checksum)
    return Fail(what, "checksum mismatch: the file is damaged; rebuild it", error);
  if (h.strings_size == 0 || h.strings_size > UINT32_MAX || body[h.body_size - 1] != '\0')
    return Fail(what, "damaged string table", error);
  *places = {reinterpret_cast<const PlaceRecord*>(body), h.place_count};
  *names = {reinterpret_cast<const NameEntry*>(body + h.place_count * sizeof(PlaceRecord)),
            h.name_count};
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0)
    return Fail(what, "damaged key table size", error);
  *slots = {reinterpret_cast<const KeySlot*>(body + h.place_count * sizeof(PlaceRecord) +
                                             h.name_count * sizeof(NameEntry)),
            h.slot_count};
  *strings = {reinterpret_cast<const char*>(body + h.body_size - h.strings_size),
              static_cast<size_t>(h.strings_size)};
  // Every offset must point inside the file, so no later read can stray.
  for (const PlaceRecord& p : *places) {
    if (p.name >= h.strings_size || p.admin1 >= h.strings_size || p.country[3] != '\0' ||
        static_cast<uint8_t>(p.kind) > static_cast<uint8_t>(PlaceKind::kRegion))
      return Fail(what, "damaged place record", error);
  }
  for (const NameEntry& n : *names) {
    if (n.key >= h.strings_size || n.place >= h.place_count)
      return Fail(what, "damaged name index", error);
  }
  for (const KeySlot& k : *slots) {
    if (k.key != kEmptySlot &&
        (k.key >= h.strings_size || uint64_t{k.first} + k.count > h.name_count))
      return Fail(what, "damaged key table", error);
  }
  return true;
}

}  // namespace

std::unique_ptr<Gazetteer> Gazetteer::Open(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) {
    *error = path + ": cannot open the gazetteer";
    return nullptr;
  }
  std::streamoff size = in.tellg();
  if (size < 0) {
    *error = path + ": cannot read the gazetteer";
    return nullptr;
  }
  // One read into 8-byte aligned storage, so the records are used in place.
  std::unique_ptr<Gazetteer> g(new Gazetteer);
  g->storage_ = std::make_unique<uint64_t[]>(static_cast<size_t>(size) / 8 + 1);
  in.seekg(0);
  if (!in.read(reinterpret_cast<char*>(g->storage_.get()), size)) {
    *error = path + ": cannot read the gazetteer";
    return nullptr;
  }
  if (!Check(reinterpret_cast<const unsigned char*>(g->storage_.get()), static_cast<uint64_t>(size),
             path, &g->places_, &g->names_, &g->slots_, &g->strings_, error))
    return nullptr;
  return g;
}

std::unique_ptr<Gazetteer> Gazetteer::FromBytes(std::string bytes, const std::string& what,
                                                std::string* error) {
  std::unique_ptr<Gazetteer> g(new Gazetteer);
  // Copy into 8-byte aligned storage so the records can be read in place.
  g->storage_ = std::make_unique<uint64_t[]>(bytes.size() / 8 + 1);
  std::memcpy(g->storage_.get(), bytes.data(), bytes.size());
  if (!Check(reinterpret_cast<const unsigned char*>(g->storage_.get()), bytes.size(), what,
             &g->places_, &g->names_, &g->slots_, &g->strings_, error))
    return nullptr;
  return g;
}

std::string_view Gazetteer::String(uint32_t offset) const {
  return std::string_view(strings_.data() + offset);  // NUL-terminated, checked at Open
}

Place Gazetteer::place(uint32_t index) const {
  const PlaceRecord& r = places_[index];
  Place p;
  p.index = index;
  p.name = String(r.name);
  p.admin1 = String(r.admin1);
  p.country = std::string_view(r.country, strnlen(r.country, sizeof r.country));
  p.feature = std::string_view(r.feature, strnlen(r.feature, sizeof r.feature));
  p.kind = r.kind;
  p.lat = r.lat;
  p.lon = r.lon;
  p.population = r.population;
  p.geonames_id = r.geonames_id;
  return p;
}

std::span<const NameEntry> Gazetteer::Lookup(std::string_view key, bool* has_longer) const {
  if (has_longer != nullptr) *has_longer = false;
  const uint32_t mask = static_cast<uint32_t>(slots_.size()) - 1;
  // The builder leaves a third of the slots free, so probing ends; the bound
  // only guards a damaged table that passed the checksum.
  const uint32_t hash = KeyHash(key);
  for (uint32_t at = hash & mask, probes = 0; probes <= mask; at = (at + 1) & mask, ++probes) {
    const KeySlot& slot = slots_[at];
    if (slot.key == kEmptySlot) break;
    if (slot.hash != hash || String(slot.key) != key) continue;
    if (has_longer != nullptr) *has_longer = (slot.flags & kHasLonger) != 0;
    return names_.subspan(slot.first, slot.count);
  }
  return {};
}

}  // namespace khaldun::geo
