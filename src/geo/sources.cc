#include "geo/sources.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

namespace khaldun::geo {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) out.push_back(part);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

bool ParseDouble(const std::string& s, double* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(*out);
}

// Sums unit vectors weighted by population: the centre of a country's people,
// correct across the antimeridian (Fiji, Russia) where averaging degrees fails.
struct Centre {
  double x = 0, y = 0, z = 0;
  uint64_t population = 0;
  std::string capital_name;  // the seat (PPLA/PPLC) inside, if any
  void Add(double lat, double lon, uint64_t pop) {
    double w = static_cast<double>(pop) + 1;
    double la = lat * std::numbers::pi / 180, lo = lon * std::numbers::pi / 180;
    x += w * std::cos(la) * std::cos(lo);
    y += w * std::cos(la) * std::sin(lo);
    z += w * std::sin(la);
    population += pop;
  }
  double Lat() const { return std::atan2(z, std::hypot(x, y)) * 180 / std::numbers::pi; }
  double Lon() const { return std::atan2(y, x) * 180 / std::numbers::pi; }
};

// Admin-1 names often carry their kind ("South Governorate", "Maidan
// Wardak Province"); news drops it.
std::string WithoutDivisionWord(const std::string& name) {
  static const char* kWords[] = {" Governorate", " Province",   " Region",     " Oblast",
                                 " District",    " Prefecture", " Department", " Municipality",
                                 " State",       " Division",   " County"};
  for (const char* w : kWords) {
    std::string_view sw(w);
    if (name.size() > sw.size() + 2 && name.ends_with(sw))
      return name.substr(0, name.size() - sw.size());
  }
  return {};
}

}  // namespace

bool UsefulAlternateName(const std::string& name) {
  if (name.size() < 3) return false;
  unsigned char first = static_cast<unsigned char>(name[0]);
  unsigned char second = static_cast<unsigned char>(name[1]);
  // A capital: ASCII, or a Latin letter with a mark (Á, Ā, Ś; Ṭ of U+1E00..U+1EFF).
  bool capital_start = (first >= 'A' && first <= 'Z') || first == 0xC3 || first == 0xC4 ||
                       first == 0xC5 || (first == 0xE1 && second >= 0xB8 && second <= 0xBB);
  if (!capital_start) return false;
  bool all_upper = true;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= '0' && c <= '9') return false;
    if (c >= 'a' && c <= 'z') all_upper = false;
    // Latin lead bytes only (U+00C0..U+024F, U+1E00..U+1EFF) and the
    // apostrophe-like U+2018/U+2019; anything else is another script.
    if (c >= 0x80) {
      if (c >= 0xC3 && c <= 0xC9) {
        ++i;
        all_upper = false;
      } else if (c == 0xE1 && i + 1 < name.size() &&
                 static_cast<unsigned char>(name[i + 1]) >= 0xB8 &&
                 static_cast<unsigned char>(name[i + 1]) <= 0xBB) {
        i += 2;
      } else if (c == 0xE2 && name.compare(i, 3, "\u2019") == 0) {
        i += 2;
      } else {
        return false;
      }
    }
  }
  return !(all_upper && name.size() <= 5);
}

bool ReadCountries(const std::string& codes_json, const std::string& en_json, SourceData* data,
                   std::string* error) {
  simdjson::dom::parser parser;
  simdjson::dom::element codes;
  if (parser.load(codes_json).get(codes)) {
    *error = codes_json + ": cannot read or parse";
    return false;
  }
  simdjson::dom::array rows;
  if (codes.get_array().get(rows)) {
    *error = codes_json + ": expected an array of code rows";
    return false;
  }
  for (simdjson::dom::element row : rows) {
    std::string_view a2, a3;
    if (row.at(0).get_string().get(a2) || row.at(1).get_string().get(a3) || a2.size() != 2 ||
        a3.size() != 3) {
      data->errors.push_back(codes_json + ": a row without alpha-2 and alpha-3 codes, skipped");
      continue;
    }
    data->countries[std::string(a2)].alpha3 = std::string(a3);
  }
  // Kosovo has no ISO code; the actor dictionaries (data/dict/countries.txt)
  // use XKX, as the EU and many data sets do, where this list has XKK.
  if (auto kosovo = data->countries.find("XK"); kosovo != data->countries.end())
    kosovo->second.alpha3 = "XKX";
  simdjson::dom::parser parser2;
  simdjson::dom::element en;
  simdjson::dom::object names;
  if (parser2.load(en_json).get(en) || en["countries"].get_object().get(names)) {
    *error = en_json + ": cannot read, or no \"countries\" object";
    return false;
  }
  for (auto [a2, value] : names) {
    auto it = data->countries.find(std::string(a2));
    if (it == data->countries.end()) continue;
    std::string_view one;
    simdjson::dom::array many;
    if (!value.get_string().get(one)) {
      it->second.names.emplace_back(one);
    } else if (!value.get_array().get(many)) {
      for (simdjson::dom::element n : many)
        if (!n.get_string().get(one)) it->second.names.emplace_back(one);
    }
  }
  return true;
}

bool ReadAdmin1(const std::string& admin1_json, SourceData* data, std::string* error) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  simdjson::dom::array rows;
  if (parser.load(admin1_json).get(doc) || doc.get_array().get(rows)) {
    *error = admin1_json + ": cannot read, or not an array";
    return false;
  }
  for (simdjson::dom::element row : rows) {
    std::string_view code, name;
    if (row["code"].get_string().get(code) || row["name"].get_string().get(name)) {
      data->errors.push_back(admin1_json + ": an entry without \"code\" and \"name\", skipped");
      continue;
    }
    data->admin1[std::string(code)] = std::string(name);
  }
  return true;
}

bool ReadCountryNames(const std::string& path, SourceData* data, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot open";
    return false;
  }
  std::map<std::string, std::string> a3_to_a2;
  for (const auto& [a2, c] : data->countries) a3_to_a2[c.alpha3] = a2;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    std::string where = path + ":" + std::to_string(n) + ": ";
    if (f.size() != 2) {
      data->errors.push_back(where + "expected ISO3 TAB names, got " + std::to_string(f.size()) +
                             " fields");
      continue;
    }
    auto it = a3_to_a2.find(f[0]);
    if (it == a3_to_a2.end()) {
      data->errors.push_back(where + "unknown ISO alpha-3 code \"" + f[0] + "\"");
      continue;
    }
    // The first name here is the one news uses ("Syria", not "Syrian Arab
    // Republic"): it becomes the display name.
    std::vector<std::string>& names = data->countries[it->second].names;
    bool first = true;
    for (const std::string& name : Split(f[1], '|')) {
      if (name.empty()) continue;
      names.insert(first ? names.begin() : names.end(), name);
      first = false;
    }
  }
  return true;
}

size_t AddGeoNames(const std::string& cities500, const SourceData& data, GazetteerBuilder* builder,
                   std::vector<std::string>* errors, std::string* error) {
  std::ifstream in(cities500);
  if (!in) {
    *error = cities500 + ": cannot open";
    return 0;
  }
  std::map<std::string, Centre> countries;  // by alpha-2
  std::map<std::string, Centre> divisions;  // by "CC.ADMIN1"
  size_t added = 0;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    std::vector<std::string> f = Split(line, '\t');
    std::string where = cities500 + ":" + std::to_string(n) + ": ";
    if (f.size() < 15) {
      errors->push_back(where + "expected 19 tab-separated fields, got " +
                        std::to_string(f.size()));
      continue;
    }
    PlaceInput p;
    uint64_t id = 0, pop = 0;
    auto id_ok = std::from_chars(f[0].data(), f[0].data() + f[0].size(), id);
    auto pop_ok = std::from_chars(f[14].data(), f[14].data() + f[14].size(), pop);
    if (id_ok.ec != std::errc() || id > UINT32_MAX || pop_ok.ec != std::errc() ||
        !ParseDouble(f[4], &p.lat) || !ParseDouble(f[5], &p.lon) || f[1].empty()) {
      errors->push_back(where + "bad id, name, coordinates or population");
      continue;
    }
    auto country = data.countries.find(f[8]);
    if (country == data.countries.end()) {
      errors->push_back(where + "unknown country code \"" + f[8] + "\"");
      continue;
    }
    p.geonames_id = static_cast<uint32_t>(id);
    p.population = pop;
    p.name = f[1];
    p.country = country->second.alpha3;
    p.feature = f[6] + "." + f[7];
    p.kind = PlaceKind::kCity;
    std::string division = f[8] + "." + f[10];
    if (auto a = data.admin1.find(division); a != data.admin1.end()) p.admin1 = a->second;
    p.names.push_back(f[2]);
    for (std::string& alt : Split(f[3], ','))
      if (UsefulAlternateName(alt)) p.names.push_back(std::move(alt));
    countries[f[8]].Add(p.lat, p.lon, pop);
    if (!f[10].empty()) {
      Centre& c = divisions[division];
      c.Add(p.lat, p.lon, pop);
      if (f[7] == "PPLA" || f[7] == "PPLC") c.capital_name = p.name;
    }
    builder->Add(std::move(p));
    ++added;
  }
  for (const auto& [code, centre] : divisions) {
    auto name = data.admin1.find(code);
    auto country = data.countries.find(code.substr(0, 2));
    if (name == data.admin1.end() || country == data.countries.end()) continue;
    PlaceInput p;
    p.name = name->second;
    p.admin1 = name->second;
    p.country = country->second.alpha3;
    p.feature = "A.ADM1";
    p.kind = PlaceKind::kAdmin1;
    p.lat = centre.Lat();
    p.lon = centre.Lon();
    p.population = centre.population;
    if (std::string bare = WithoutDivisionWord(p.name); !bare.empty()) p.names.push_back(bare);
    builder->Add(std::move(p));
    ++added;
  }
  for (const auto& [a2, centre] : countries) {
    auto country = data.countries.find(a2);
    if (country == data.countries.end() || country->second.names.empty()) continue;
    PlaceInput p;
    p.name = country->second.names[0];
    p.country = country->second.alpha3;
    p.feature = "A.PCLI";
    p.kind = PlaceKind::kCountry;
    p.lat = centre.Lat();
    p.lon = centre.Lon();
    p.population = centre.population;
    p.names = country->second.names;
    builder->Add(std::move(p));
    ++added;
  }
  return added;
}

size_t AddRegions(const std::string& path, GazetteerBuilder* builder,
                  std::vector<std::string>* errors, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot open";
    return 0;
  }
  size_t added = 0;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    std::string where = path + ":" + std::to_string(n) + ": ";
    if (f.size() != 7 && f.size() != 8) {
      errors->push_back(where + "expected 7 or 8 tab-separated fields, got " +
                        std::to_string(f.size()));
      continue;
    }
    PlaceInput p;
    p.name = f[0];
    p.country = f[2];
    p.admin1 = f[3];
    p.feature = f[6];
    p.kind = PlaceKind::kRegion;
    bool across_borders = p.country == "-";
    if (across_borders) p.country.clear();
    if (p.name.empty() || (p.country.size() != 3 && !across_borders) ||
        !ParseDouble(f[4], &p.lat) || !ParseDouble(f[5], &p.lon) || std::abs(p.lat) > 90 ||
        std::abs(p.lon) > 180 || p.feature.size() < 3 || p.feature.size() > 7 ||
        p.feature[1] != '.') {
      errors->push_back(where + "needs a name, an ISO3 code or -, lat -90..90, lon -180..180 " +
                        "and a feature like L.RGN");
      continue;
    }
    if (f.size() == 8 && !f[7].empty()) {
      uint64_t id = 0;
      auto r = std::from_chars(f[7].data(), f[7].data() + f[7].size(), id);
      if (r.ec != std::errc() || r.ptr != f[7].data() + f[7].size() || id > UINT32_MAX) {
        errors->push_back(where + "bad GeoNames id \"" + f[7] + "\"");
        continue;
      }
      p.geonames_id = static_cast<uint32_t>(id);
    }
    for (const std::string& alt : Split(f[1], '|'))
      if (!alt.empty()) p.names.push_back(alt);
    builder->Add(std::move(p));
    ++added;
  }
  return added;
}

}  // namespace khaldun::geo
