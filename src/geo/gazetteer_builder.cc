#include "geo/gazetteer_builder.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unordered_map>

#include "geo/fold.h"

namespace khaldun::geo {
namespace {

class StringPool {
 public:
  StringPool() { Intern(""); }  // offset 0 is the empty string
  uint32_t Intern(const std::string& s) {
    auto [it, added] = offsets_.try_emplace(s, static_cast<uint32_t>(bytes_.size()));
    if (added) {
      bytes_.append(s);
      bytes_.push_back('\0');
    }
    return it->second;
  }
  const std::string& bytes() const { return bytes_; }
  std::string_view At(uint32_t offset) const { return std::string_view(bytes_.data() + offset); }

 private:
  std::unordered_map<std::string, uint32_t> offsets_;
  std::string bytes_;
};

template <typename T>
void AppendRaw(const T& value, std::string* out) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

std::string GazetteerBuilder::Serialize() const {
  StringPool pool;
  std::vector<PlaceRecord> records;
  std::vector<NameEntry> names;
  records.reserve(places_.size());
  for (size_t i = 0; i < places_.size(); ++i) {
    const PlaceInput& p = places_[i];
    PlaceRecord r;
    std::memset(&r, 0, sizeof r);
    r.lat = static_cast<float>(p.lat);
    r.lon = static_cast<float>(p.lon);
    r.population = static_cast<uint32_t>(std::min<uint64_t>(p.population, UINT32_MAX));
    r.geonames_id = p.geonames_id;
    r.name = pool.Intern(p.name);
    r.admin1 = pool.Intern(p.admin1);
    std::memcpy(r.country, p.country.data(), std::min<size_t>(p.country.size(), 3));
    std::memcpy(r.feature, p.feature.data(), std::min(p.feature.size(), sizeof r.feature));
    r.kind = p.kind;
    records.push_back(r);
    std::vector<std::string> keys;
    keys.push_back(FoldKey(p.name));
    for (const std::string& n : p.names) keys.push_back(FoldKey(n));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& k : keys) {
      if (k.empty()) continue;
      names.push_back({pool.Intern(k), static_cast<uint32_t>(i)});
    }
  }
  std::sort(names.begin(), names.end(), [&pool](const NameEntry& a, const NameEntry& b) {
    std::string_view ka = pool.At(a.key), kb = pool.At(b.key);
    return ka != kb ? ka < kb : a.place < b.place;
  });

  // The hash table: each distinct key with its run of entries, and each
  // leading run of words of a key marked as continuing.
  std::vector<std::pair<std::string, KeySlot>> keys;  // in key order
  std::unordered_map<std::string, size_t> key_index;
  for (size_t i = 0; i < names.size();) {
    size_t j = i;
    while (j < names.size() && pool.At(names[j].key) == pool.At(names[i].key)) ++j;
    std::string key(pool.At(names[i].key));
    key_index[key] = keys.size();
    keys.push_back({key, KeySlot{KeyHash(key), names[i].key, static_cast<uint32_t>(i),
                                 static_cast<uint16_t>(std::min<size_t>(j - i, UINT16_MAX)), 0}});
    i = j;
  }
  for (size_t k = 0, n = keys.size(); k < n; ++k) {
    std::string key = keys[k].first;
    for (size_t space = key.find(' '); space != std::string::npos;
         space = key.find(' ', space + 1)) {
      std::string prefix = key.substr(0, space);
      auto [it, added] = key_index.try_emplace(prefix, keys.size());
      if (added) keys.push_back({prefix, KeySlot{KeyHash(prefix), pool.Intern(prefix), 0, 0, 0}});
      keys[it->second].second.flags |= kHasLonger;
    }
  }
  uint32_t slot_count = 1;
  while (slot_count < keys.size() * 3 / 2 + 1) slot_count *= 2;
  std::vector<KeySlot> slots(slot_count, KeySlot{0, kEmptySlot, 0, 0, 0});
  for (const auto& [key, slot] : keys) {
    uint32_t at = KeyHash(key) & (slot_count - 1);
    while (slots[at].key != kEmptySlot) at = (at + 1) & (slot_count - 1);
    slots[at] = slot;
  }

  std::string body;
  for (const PlaceRecord& r : records) AppendRaw(r, &body);
  for (const NameEntry& n : names) AppendRaw(n, &body);
  for (const KeySlot& k : slots) AppendRaw(k, &body);
  body.append(pool.bytes());

  FileHeader h;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, kGazetteerMagic, sizeof h.magic);
  h.version = kGazetteerVersion;
  h.place_count = static_cast<uint32_t>(records.size());
  h.name_count = static_cast<uint32_t>(names.size());
  h.slot_count = slot_count;
  h.strings_size = pool.bytes().size();
  h.body_size = body.size();
  h.checksum = Fnv1a64(reinterpret_cast<const unsigned char*>(body.data()), body.size());
  std::string out;
  AppendRaw(h, &out);
  out.append(body);
  return out;
}

bool GazetteerBuilder::Write(const std::string& path, std::string* error) const {
  std::string bytes = Serialize();
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
      *error = tmp + ": cannot write";
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    *error = path + ": cannot rename " + tmp + " to it";
    return false;
  }
  return true;
}

}  // namespace khaldun::geo
