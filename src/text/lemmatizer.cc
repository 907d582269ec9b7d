#include "text/lemmatizer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <span>
#include <utility>

namespace khaldun::text {
namespace {

// Reads a whole file. One fread of the whole file is much faster than
// reading it line by line, and the index files are several megabytes.
bool ReadFile(const std::string& path, std::string* contents, std::string* error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  contents->clear();
  char buffer[1 << 16];
  size_t n;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) contents->reserve(static_cast<size_t>(size));
    std::rewind(f);
  }
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) contents->append(buffer, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    *error = "cannot read " + path;
    return false;
  }
  return true;
}

// Calls fn(line) for each line of `data`, without its line break.
template <typename Fn>
void ForEachLine(std::string_view data, Fn fn) {
  size_t i = 0;
  while (i < data.size()) {
    size_t e = data.find('\n', i);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(i, e - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    i = e + 1;
  }
}

// Splits off the next space-separated field of `line`.
std::string_view NextField(std::string_view* line) {
  size_t b = 0;
  while (b < line->size() && (*line)[b] == ' ') ++b;
  size_t e = b;
  while (e < line->size() && (*line)[e] != ' ') ++e;
  const std::string_view field = line->substr(b, e - b);
  line->remove_prefix(e);
  return field;
}

uint32_t ParseCount(std::string_view field) {
  uint32_t n = 0;
  for (char c : field) {
    if (c < '0' || c > '9' || n > 100000000) return 0;
    n = n * 10 + static_cast<uint32_t>(c - '0');
  }
  return n;
}

// Parses an index.pos file: "lemma pos synset_cnt p_cnt ptr... sense_cnt
// tagsense_cnt offsets...". The license header lines begin with two spaces.
// Collocations ("give_up") are skipped: tokens are single words. When `tags`
// is given, the tagsense_cnt of each lemma that has one is stored there: it
// counts the lemma's senses seen in the SemCor corpus, a rough frequency.
bool LoadIndex(const std::string& path, std::unordered_set<std::string>* lemmas,
               std::unordered_map<std::string, uint32_t>* tags, std::string* error) {
  std::string data;
  if (!ReadFile(path, &data, error)) return false;
  lemmas->reserve(data.size() / 40);
  ForEachLine(data, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;
    const std::string_view lemma = NextField(&line);
    if (lemma.empty() || lemma.find('_') != std::string_view::npos) return;
    lemmas->emplace(lemma);
    if (tags == nullptr) return;
    NextField(&line);                                  // pos
    NextField(&line);                                  // synset_cnt
    const uint32_t pointers = ParseCount(NextField(&line));
    for (uint32_t k = 0; k < pointers && !line.empty(); ++k) NextField(&line);
    NextField(&line);                                  // sense_cnt
    if (const uint32_t tagged = ParseCount(NextField(&line)); tagged > 0) {
      tags->emplace(lemma, tagged);
    }
  });
  if (lemmas->empty()) {
    *error = path + " holds no WordNet index entries";
    return false;
  }
  return true;
}

// Parses a pos.exc file: "inflected base [base2 ...]". Only the first base
// is kept; an inflected form listed twice keeps its first line.
bool LoadExceptions(const std::string& path, std::unordered_map<std::string, std::string>* exc,
                    std::string* error) {
  std::string data;
  if (!ReadFile(path, &data, error)) return false;
  exc->reserve(data.size() / 16);
  ForEachLine(data, [&](std::string_view line) {
    const std::string_view inflected = NextField(&line);
    const std::string_view base = NextField(&line);
    if (inflected.empty() || base.empty() || inflected.find('_') != std::string_view::npos) {
      return;
    }
    exc->emplace(inflected, base);
  });
  if (exc->empty()) {
    *error = path + " holds no WordNet exceptions";
    return false;
  }
  return true;
}

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's detachment rules (morph.c), in its order.
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"}, {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::unique_ptr<Lemmatizer> Lemmatizer::Load(const std::string& wordnet_dir,
                                             std::string* error) {
  std::string ignored;
  if (error == nullptr) error = &ignored;
  std::unique_ptr<Lemmatizer> lem(new Lemmatizer());
  std::string dir = wordnet_dir;
  if (!dir.empty() && dir.back() != '/') dir += '/';
  if (!LoadIndex(dir + "index.verb", &lem->verbs_, nullptr, error) ||
      !LoadIndex(dir + "index.noun", &lem->nouns_, &lem->noun_tags_, error) ||
      !LoadExceptions(dir + "verb.exc", &lem->verb_exceptions_, error) ||
      !LoadExceptions(dir + "noun.exc", &lem->noun_exceptions_, error)) {
    return nullptr;
  }
  return lem;
}

std::string Lemmatizer::Verb(std::string_view lower) const {
  return Morph(lower, verbs_, verb_exceptions_, /*verb=*/true);
}

std::string Lemmatizer::Noun(std::string_view lower) const {
  return Morph(lower, nouns_, noun_exceptions_, /*verb=*/false);
}

bool Lemmatizer::IsVerb(std::string_view lemma) const {
  return verbs_.count(std::string(lemma)) > 0;
}

bool Lemmatizer::IsNoun(std::string_view lemma) const {
  return nouns_.count(std::string(lemma)) > 0;
}

uint32_t Lemmatizer::NounTags(const std::string& lemma) const {
  const auto it = noun_tags_.find(lemma);
  return it == noun_tags_.end() ? 0 : it->second;
}

// WordNet's morphy, with three choices of our own where it returns several
// bases and a coder needs one:
//  - an exception ("spoke" -> "speak") wins over everything;
//  - a verb that is itself in the index is its own lemma ("seed" is not
//    "see"), then the rules apply;
//  - a noun in the index competes with the base its plural rules give, and
//    the one WordNet's sense-tagged corpus saw more often wins: "troops" ->
//    "troop", but "means" stays "means" and "species" is not "specie".
// Verbs also undo a doubled final consonant ("planned" -> "plann" -> "plan").
std::string Lemmatizer::Morph(std::string_view lower,
                              const std::unordered_set<std::string>& index,
                              const std::unordered_map<std::string, std::string>& exceptions,
                              bool verb) const {
  std::string word(lower);
  // No English inflection is this long; giant tokens of junk input stop here.
  constexpr size_t kMaxWordBytes = 64;
  if (word.empty() || word.size() > kMaxWordBytes) return word;
  if (const auto it = exceptions.find(word); it != exceptions.end()) return it->second;
  const bool known = index.count(word) > 0;
  if (verb && known) return word;

  if (!verb) {
    // morphy leaves nouns in -ss ("class") and of two letters alone, and
    // lemmatises "-ful" compounds on their head ("spoonsful" -> "spoonful").
    if (word.size() <= 2 || word.ends_with("ss")) return word;
    if (word.size() > 3 && word.ends_with("ful") && !word.ends_with("fulful")) {
      // One level of recursion only: the head no longer ends in "ful".
      const std::string head = Morph(std::string_view(word).substr(0, word.size() - 3), index,
                                     exceptions, false);
      const std::string joined = head + "ful";
      return joined != word && index.count(joined) > 0 ? joined : word;
    }
  }

  std::string candidate;
  for (const Rule& rule : verb ? std::span<const Rule>(kVerbRules) : std::span<const Rule>(kNounRules)) {
    if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
    candidate.assign(word, 0, word.size() - rule.suffix.size());
    candidate += rule.ending;
    if (index.count(candidate) > 0) break;
    candidate.clear();
    // "planned" -> "plann" -> "plan", "stopping" -> "stopp" -> "stop".
    if (verb && rule.ending.empty() && (rule.suffix == "ed" || rule.suffix == "ing")) {
      const size_t n = word.size() - rule.suffix.size();
      if (n >= 3 && word[n - 1] == word[n - 2] && !IsVowel(word[n - 1])) {
        candidate.assign(word, 0, n - 1);
        if (index.count(candidate) > 0) break;
        candidate.clear();
      }
    }
  }
  if (candidate.empty()) return word;
  if (!verb) {
    // A base of one or two letters needs evidence that it is a real noun:
    // "ads" -> "ad", but "was" is not "wa" (Washington State) nor "has" "ha".
    const uint32_t candidate_tags = NounTags(candidate);
    if (candidate.size() <= 2 && candidate_tags == 0) return word;
    if (known && NounTags(word) >= candidate_tags) return word;
  }
  return candidate;
}

}  // namespace khaldun::text
