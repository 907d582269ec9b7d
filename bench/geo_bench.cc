// Google Benchmark of the geo stage: coding articles with and without
// placing their events, and opening the gazetteer. The articles are the
// sentences of tests/geo/places.tsv, ten to an article: every sentence names
// a place, so this is the dearest case for geo.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "cli/resources.h"
#include "coder/coder.h"
#include "geo/placer.h"

namespace {

using namespace khaldun;

struct Fixture {
  std::unique_ptr<cli::Resources> resources;
  std::unique_ptr<geo::Gazetteer> gazetteer;
  std::vector<std::string> articles;
  size_t sentences = 0;
};

const Fixture& Get() {
  static Fixture* f = [] {
    auto* f = new Fixture;
    std::string error;
    f->resources = cli::LoadResources({}, &error);
    f->gazetteer = geo::Gazetteer::Open(KHALDUN_GAZETTEER, &error);
    if (!f->resources || !f->gazetteer) {
      std::fprintf(stderr, "geo_bench: %s\n", error.c_str());
      std::exit(1);
    }
    std::ifstream in(std::string(KHALDUN_SOURCE_DIR) + "/tests/geo/places.tsv");
    std::string line, article;
    int in_article = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      if (!article.empty()) article += ' ';
      article += line.substr(0, line.find('\t'));
      ++f->sentences;
      if (++in_article == 10) {
        f->articles.push_back(article);
        article.clear();
        in_article = 0;
      }
    }
    if (!article.empty()) f->articles.push_back(article);
    return f;
  }();
  return *f;
}

void CodeAll(benchmark::State& state, bool place) {
  const Fixture& f = Get();
  coder::Coder coder(f.resources->dictionary.get(), f.resources->lemmatizer.get());
  geo::Placer placer(f.gazetteer.get());
  size_t events = 0;
  for (auto _ : state) {
    for (const std::string& text : f.articles) {
      std::vector<coder::Event> coded = coder.Code({"bench", "2024-03-01", text});
      if (place) placer.PlaceEvents(text, &coded);
      events += coded.size();
      benchmark::DoNotOptimize(coded.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.sentences));
  state.counters["events/iter"] = static_cast<double>(events) / state.iterations();
}

void BM_CodeWithoutPlaces(benchmark::State& state) { CodeAll(state, false); }
BENCHMARK(BM_CodeWithoutPlaces)->Unit(benchmark::kMillisecond);

void BM_CodeAndPlace(benchmark::State& state) { CodeAll(state, true); }
BENCHMARK(BM_CodeAndPlace)->Unit(benchmark::kMillisecond);

// Placing alone: the events are coded once, outside the timed loop.
void BM_PlaceOnly(benchmark::State& state) {
  const Fixture& f = Get();
  coder::Coder coder(f.resources->dictionary.get(), f.resources->lemmatizer.get());
  geo::Placer placer(f.gazetteer.get());
  std::vector<std::vector<coder::Event>> coded;
  for (const std::string& text : f.articles) coded.push_back(coder.Code({"b", "2024-03-01", text}));
  for (auto _ : state) {
    for (size_t i = 0; i < f.articles.size(); ++i) {
      placer.PlaceEvents(f.articles[i], &coded[i]);
      benchmark::DoNotOptimize(coded[i].data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.sentences));
}
BENCHMARK(BM_PlaceOnly)->Unit(benchmark::kMillisecond);

void BM_OpenGazetteer(benchmark::State& state) {
  for (auto _ : state) {
    std::string error;
    auto g = geo::Gazetteer::Open(KHALDUN_GAZETTEER, &error);
    if (!g) state.SkipWithError(error.c_str());
    geo::Placer placer(g.get());
    benchmark::DoNotOptimize(g.get());
  }
}
BENCHMARK(BM_OpenGazetteer)->Unit(benchmark::kMillisecond)->Iterations(10);

}  // namespace

BENCHMARK_MAIN();
