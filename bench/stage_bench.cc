// Google Benchmark of the coder's hot stages on the bundled dictionaries:
// sentence splitting, tokenising with lemmas, and coding whole articles.
//
//   build/bench/stage_bench
#include <benchmark/benchmark.h>

#include <string>

#include "cli/resources.h"
#include "coder/coder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace khaldun {
namespace {

// An article of our own, 8 sentences, typical of wire copy.
const char* kArticle =
    "CAIRO - Egypt on Friday strongly condemned Israeli airstrikes on Rafah, calling them a "
    "flagrant violation of international law. The Egyptian foreign ministry said in a statement "
    "that the strikes endangered civilians. Foreign Minister Sameh Shoukry later spoke by "
    "telephone with his Jordanian counterpart Ayman Safadi about the crisis. Shoukry urged the "
    "United Nations Security Council to act. Prices of fuel and bread rose sharply in the capital "
    "over the past month, according to figures released by the statistics office. Russian forces "
    "shelled residential districts of Kyiv on Friday night, Ukrainian officials said. Ukraine was "
    "attacked by Russia from three directions. The European Union imposed new sanctions on Russia "
    "yesterday.";
constexpr int kSentences = 8;

const cli::Resources& Loaded() {
  static cli::Resources* r = [] {
    std::string error;
    auto loaded = cli::LoadResources({}, &error);
    if (!loaded) {
      std::fprintf(stderr, "%s\n", error.c_str());
      std::exit(1);
    }
    return loaded.release();
  }();
  return *r;
}

void BM_SplitSentences(benchmark::State& state) {
  std::string text = kArticle;
  for (auto _ : state) benchmark::DoNotOptimize(text::SplitSentences(text));
  state.SetItemsProcessed(state.iterations() * kSentences);
}
BENCHMARK(BM_SplitSentences);

void BM_TokenizeWithLemmas(benchmark::State& state) {
  std::string text = kArticle;
  std::vector<text::Span> spans = text::SplitSentences(text);
  const text::Lemmatizer* lemmatizer = Loaded().lemmatizer.get();
  for (auto _ : state)
    for (const text::Span& s : spans) benchmark::DoNotOptimize(text::Tokenize(text, s, lemmatizer));
  state.SetItemsProcessed(state.iterations() * static_cast<long>(spans.size()));
}
BENCHMARK(BM_TokenizeWithLemmas);

void BM_CodeArticle(benchmark::State& state) {
  const cli::Resources& r = Loaded();
  coder::Coder coder(r.dictionary.get(), r.lemmatizer.get());
  coder::ArticleInput article{"bench", "2024-03-09", kArticle};
  for (auto _ : state) benchmark::DoNotOptimize(coder.Code(article));
  state.SetItemsProcessed(state.iterations() * kSentences);
}
BENCHMARK(BM_CodeArticle);

void BM_LoadResources(benchmark::State& state) {
  for (auto _ : state) {
    std::string error;
    benchmark::DoNotOptimize(cli::LoadResources({}, &error));
  }
}
BENCHMARK(BM_LoadResources)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
