#include "cli/resources.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "compat/petrarch_issues.h"

namespace khaldun::cli {
namespace {

std::string DataDir(const ResourcePaths& paths) {
  const char* v = std::getenv("KHALDUN_DATA");
  if (!paths.data.empty()) return paths.data;
  return v != nullptr && *v != '\0' ? v : KHALDUN_DATA_DIR;
}

}  // namespace

std::unique_ptr<cameo::Codebook> LoadCodebook(const ResourcePaths& paths, std::string* error) {
  return cameo::Codebook::Load(DataDir(paths) + "/cameo/cameo_events.tsv", error);
}

std::unique_ptr<Resources> LoadResources(const ResourcePaths& paths, std::string* error) {
  auto start = std::chrono::steady_clock::now();
  auto env = [](const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return std::string(v != nullptr && *v != '\0' ? v : fallback);
  };
  std::string data = paths.data.empty() ? env("KHALDUN_DATA", KHALDUN_DATA_DIR) : paths.data;
  std::string dict_dir = paths.dict.empty() ? data + "/dict" : paths.dict;
  std::string wordnet =
      paths.wordnet.empty() ? env("KHALDUN_WORDNET", KHALDUN_WORDNET_DIR) : paths.wordnet;

  auto r = std::make_unique<Resources>();
  r->data_dir = data;
  r->codebook = cameo::Codebook::Load(data + "/cameo/cameo_events.tsv", error);
  if (!r->codebook) return nullptr;
  r->lemmatizer = text::Lemmatizer::Load(wordnet, error);
  if (!r->lemmatizer) {
    *error += " (install Debian's wordnet-base, or point --wordnet at a WordNet dict folder)";
    return nullptr;
  }
  r->dictionary =
      dict::Dictionary::LoadDirectory(dict_dir, r->codebook.get(), &r->dictionary_errors, error);
  if (!r->dictionary) return nullptr;
  if (!paths.issues.empty() &&
      !compat::AddIssueFile(paths.issues, r->dictionary.get(), &r->dictionary_errors, error))
    return nullptr;
  for (const std::string& e : r->dictionary_errors)
    std::fprintf(stderr, "khaldun: %s\n", e.c_str());
  r->load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace khaldun::cli
