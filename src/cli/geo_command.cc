// khaldun geo: shows the place names of a text and how each was resolved,
// for work on the gazetteer and data/geo/regions.tsv.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "geo/placer.h"

namespace khaldun::cli {
namespace {

const char* kGeoHelp = R"(khaldun geo - show the place names of a text and their resolutions

Usage: khaldun geo [--gazetteer FILE] [--countries ISO3,ISO3...] TEXT...

Finds the place names of TEXT (the arguments joined by spaces; standard input
when none is given) as 'khaldun code' does, and prints for each: the words,
their byte range, the place chosen (name, GeoNames feature, country, admin-1,
latitude and longitude, GeoNames id), its score, the evidence (locative word,
dateline, admin context, possessive) and the runners-up. --countries gives
the actors' countries that 'khaldun code' would take from the coded events.
)";

void PrintPlace(const geo::Place& p, double score) {
  std::printf("%s (%s) %s", std::string(p.name).c_str(), std::string(p.feature).c_str(),
              p.country.empty() ? "-" : std::string(p.country).c_str());
  if (!p.admin1.empty()) std::printf(" / %s", std::string(p.admin1).c_str());
  std::printf(" %.4f,%.4f", p.lat, p.lon);
  if (p.geonames_id) std::printf(" geonames:%u", p.geonames_id);
  std::printf(" score %.2f", score);
}

}  // namespace

std::unique_ptr<geo::Gazetteer> LoadGazetteer(const std::string& flag, std::string* error) {
  std::string path = flag;
  if (path.empty()) {
    const char* env = std::getenv("KHALDUN_GAZETTEER");
    path = env != nullptr && *env != '\0' ? env : KHALDUN_GAZETTEER;
  }
  auto g = geo::Gazetteer::Open(path, error);
  if (!g)
    *error +=
        "\n(build it with scripts/fetch-geonames.sh and 'cmake --build build --target "
        "gazetteer', point --gazetteer or $KHALDUN_GAZETTEER at it, or code without "
        "places using --no-geo)";
  return g;
}

bool LoadPlaces(const std::string& flag, bool no_geo, Places* places, std::string* error) {
  if (no_geo) return true;
  places->gazetteer = LoadGazetteer(flag, error);
  if (!places->gazetteer) return false;
  places->placer = std::make_unique<geo::Placer>(places->gazetteer.get());
  return true;
}

int RunGeo(int argc, char** argv) {
  std::string gazetteer_path, text;
  std::vector<std::string> countries;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kGeoHelp, stdout);
      return 0;
    } else if (arg == "--gazetteer" && i + 1 < argc) {
      gazetteer_path = argv[++i];
    } else if (arg == "--countries" && i + 1 < argc) {
      std::string list = argv[++i];
      for (size_t at = 0; at <= list.size();) {
        size_t comma = list.find(',', at);
        if (comma == std::string::npos) comma = list.size();
        if (comma > at) countries.push_back(list.substr(at, comma - at));
        at = comma + 1;
      }
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "khaldun: unknown option %s for 'khaldun geo'\n", arg.c_str());
      return 2;
    } else {
      if (!text.empty()) text.push_back(' ');
      text += arg;
    }
  }
  if (text.empty()) {
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
  }
  std::string error;
  auto gazetteer = LoadGazetteer(gazetteer_path, &error);
  if (!gazetteer) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  geo::Placer placer(gazetteer.get());
  geo::ArticlePlaces places = placer.FindPlaces(text, countries);
  for (const geo::ResolvedMention& r : places.mentions) {
    const geo::PlaceMention& m = r.mention;
    std::printf("%s\t[%u,%u) sentence %zu -> ", m.text.c_str(), m.span.begin, m.span.end,
                r.sentence + 1);
    PrintPlace(gazetteer->place(r.place), r.score);
    std::printf("%s%s%s%s\n", m.locative ? " [locative]" : "", m.dateline ? " [dateline]" : "",
                m.qualified ? " [admin context]" : "", m.possessive ? " [possessive]" : "");
    // The runners-up, best first.
    std::vector<std::pair<double, uint32_t>> others;
    for (uint32_t c : m.candidates)
      if (c != r.place) others.push_back({geo::Score(*gazetteer, m, c, places.context), c});
    std::sort(others.rbegin(), others.rend());
    for (size_t k = 0; k < others.size() && k < 3; ++k) {
      std::printf("\t  or ");
      PrintPlace(gazetteer->place(others[k].second), others[k].first);
      std::printf("\n");
    }
    if (others.size() > 3) std::printf("\t  and %zu more\n", others.size() - 3);
  }
  if (places.mentions.empty()) std::printf("no place names found\n");
  return 0;
}

}  // namespace khaldun::cli
