// Scores place resolution on tests/geo/places.tsv, the hand-written test set
// of news sentences with their expected places, through the whole pipeline
// (coder, then geo). Prints every miss and the two figures of
// docs/geography.md, and fails when either drops below the recorded figure.
// Needs the full gazetteer (build target `gazetteer`): fails, saying so, when
// it was not built.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "cli/resources.h"
#include "coder/coder.h"
#include "geo/placer.h"

namespace khaldun::geo {
namespace {

// The figures recorded in docs/geography.md (share of rows, in percent).
constexpr double kRecordedCountryRight = 98.9;
constexpr double kRecordedWithin50Km = 99.4;

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180, kEarthKm = 6371.0088;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(lat1 * kRad) *
                                                           std::cos(lat2 * kRad) *
                                                           std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

struct Row {
  int line = 0;
  std::string text, name, country;
  bool has_point = false;
  double lat = 0, lon = 0;
};

std::vector<Row> ReadRows(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<Row> rows;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    if (line.back() == '\t') f.emplace_back();
    if (f.size() != 5) {
      ADD_FAILURE() << path << ":" << n << ": expected 5 fields, got " << f.size();
      continue;
    }
    Row r;
    r.line = n;
    r.text = f[0];
    r.name = f[1];
    r.country = f[2] == "-" ? "" : f[2];
    if (!f[3].empty()) {
      r.has_point = true;
      r.lat = std::stod(f[3]);
      r.lon = std::stod(f[4]);
    }
    rows.push_back(r);
  }
  return rows;
}

TEST(GeoPlacesTest, ResolutionAccuracyOnTheTestSet) {
  std::string error;
  auto gazetteer = Gazetteer::Open(KHALDUN_GAZETTEER, &error);
  ASSERT_NE(gazetteer, nullptr) << error
                                << "\nThe full gazetteer is needed: run scripts/fetch-geonames.sh "
                                   "and 'cmake --build build --target gazetteer'.";
  auto resources = cli::LoadResources({}, &error);
  ASSERT_NE(resources, nullptr) << error;
  coder::Coder coder(resources->dictionary.get(), resources->lemmatizer.get());
  Placer placer(gazetteer.get());

  const std::string path = std::string(KHALDUN_SOURCE_DIR) + "/tests/geo/places.tsv";
  std::vector<Row> rows = ReadRows(path);
  ASSERT_GE(rows.size(), 150u);
  int country_right = 0, with_point = 0, within_50 = 0, from_events = 0;
  for (const Row& row : rows) {
    std::vector<coder::Event> events = coder.Code({"row", "2024-03-01", row.text});
    std::optional<coder::EventLocation> got;
    if (!events.empty()) {
      placer.PlaceEvents(row.text, &events);
      got = events.front().location;
      ++from_events;
    } else {
      std::vector<std::string> no_actors;
      ArticlePlaces places = placer.FindPlaces(row.text, no_actors);
      if (!places.sentences.empty())
        got = placer.SentenceLocation(places, places.sentences.size() - 1);
    }
    bool country_ok = got && got->country == row.country;
    country_right += country_ok;
    bool near = false;
    double km = -1;
    if (row.has_point) {
      ++with_point;
      if (got) {
        km = DistanceKm(row.lat, row.lon, got->lat, got->lon);
        near = km <= 50;
      }
      within_50 += near;
    }
    if (!country_ok || (row.has_point && !near)) {
      std::printf("MISS %s:%d: %s\n  expected %s/%s, got %s\n", path.c_str(), row.line,
                  row.text.c_str(), row.name.c_str(), row.country.c_str(),
                  got ? (got->text + " = " + got->name + "/" + got->country + " " +
                         std::to_string(km < 0 ? 0 : static_cast<int>(km)) + " km")
                            .c_str()
                      : "no place");
    }
  }
  double country_share = 100.0 * country_right / rows.size();
  double near_share = 100.0 * within_50 / with_point;
  std::printf("rows %zu (%d placed through a coded event)\n", rows.size(), from_events);
  std::printf("country right   %.1f %% (%d of %zu)\n", country_share, country_right, rows.size());
  std::printf("within 50 km    %.1f %% (%d of %d rows with a point)\n", near_share, within_50,
              with_point);
  EXPECT_GE(country_share, kRecordedCountryRight);
  EXPECT_GE(near_share, kRecordedWithin50Km);
}

}  // namespace
}  // namespace khaldun::geo
