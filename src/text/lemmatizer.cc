#include "text/lemmatizer.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
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

// A lemma of an index file and how many of its senses WordNet's sense-tagged
// corpus (SemCor) saw: a rough frequency.
struct TaggedLemma {
  const std::string* lemma;
  uint32_t tags;
};

// Parses an index.pos file: "lemma pos synset_cnt p_cnt ptr... sense_cnt
// tagsense_cnt offsets...". The license header lines begin with two spaces.
// Collocations ("give_up") are skipped: tokens are single words.
bool LoadIndex(const std::string& path, std::unordered_set<std::string>* lemmas,
               std::vector<TaggedLemma>* tagged, std::string* error) {
  std::string data;
  if (!ReadFile(path, &data, error)) return false;
  lemmas->reserve(data.size() / 40);
  ForEachLine(data, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;
    const std::string_view lemma = NextField(&line);
    if (lemma.empty() || lemma.find('_') != std::string_view::npos) return;
    const std::string* stored = &*lemmas->emplace(lemma).first;  // nodes never move
    NextField(&line);                                            // pos
    NextField(&line);                                            // synset_cnt
    const uint32_t pointers = ParseCount(NextField(&line));
    for (uint32_t k = 0; k < pointers && !line.empty(); ++k) NextField(&line);
    NextField(&line);  // sense_cnt
    if (const uint32_t tags = ParseCount(NextField(&line)); tags > 0) {
      tagged->push_back({stored, tags});
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
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view word, std::string_view suffix) {
  if (word.size() <= suffix.size()) return false;  // the stem must not be empty
  for (size_t k = 1; k <= suffix.size(); ++k) {
    if (word[word.size() - k] != suffix[suffix.size() - k]) return false;
  }
  return true;
}

// Words longer than this are never inflections (the longest WordNet lemma is
// shorter); junk tokens of any size are answered without hashing them.
constexpr size_t kMaxWordBytes = 64;

}  // namespace

uint64_t Lemmatizer::WordTable::Hash(std::string_view word) {
  // Eight bytes at a time, each step mixed with a multiply and shift.
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ word.size();
  const char* p = word.data();
  size_t n = word.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * 0x94D049BB133111EBULL;
    h ^= h >> 29;
  }
  h *= 0xD6E8FEB86659FD93ULL;
  h ^= h >> 32;
  return h;
}

void Lemmatizer::WordTable::Reserve(size_t words) {
  size_t slots = 16;
  while (slots < words * 2) slots *= 2;  // at most half full: short probe runs
  slots_.assign(slots, Entry{});
  used_ = 0;
}

Lemmatizer::WordTable::Entry* Lemmatizer::WordTable::Insert(std::string_view word) {
  if (word.empty() || word.size() > kMaxWordBytes || slots_.empty()) return nullptr;
  const uint64_t hash = Hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Entry& e = slots_[i];
    if (e.key == nullptr) {
      // Never more than half full, so that probing always meets an empty slot.
      if ((used_ + 1) * 2 > slots_.size()) return nullptr;
      e.key = word.data();
      e.size = static_cast<uint16_t>(word.size());
      e.hash = static_cast<uint32_t>(hash >> 32);
      ++used_;
      return &e;
    }
    if (e.hash == static_cast<uint32_t>(hash >> 32) && std::string_view(e.key, e.size) == word) {
      return &e;
    }
  }
}

const Lemmatizer::WordTable::Entry* Lemmatizer::WordTable::Find(std::string_view word,
                                                                uint64_t hash) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Entry& e = slots_[i];
    if (e.key == nullptr) return nullptr;
    if (e.hash == static_cast<uint32_t>(hash >> 32) && e.size == word.size() &&
        std::memcmp(e.key, word.data(), word.size()) == 0) {
      return &e;
    }
  }
}

std::unique_ptr<Lemmatizer> Lemmatizer::Load(const std::string& wordnet_dir, std::string* error) {
  std::string ignored;
  if (error == nullptr) error = &ignored;
  std::unique_ptr<Lemmatizer> lem(new Lemmatizer());
  std::string dir = wordnet_dir;
  if (!dir.empty() && dir.back() != '/') dir += '/';
  std::vector<TaggedLemma> verb_tags, noun_tags;
  if (!LoadIndex(dir + "index.verb", &lem->verbs_, &verb_tags, error) ||
      !LoadIndex(dir + "index.noun", &lem->nouns_, &noun_tags, error) ||
      !LoadExceptions(dir + "verb.exc", &lem->verb_exceptions_, error) ||
      !LoadExceptions(dir + "noun.exc", &lem->noun_exceptions_, error)) {
    return nullptr;
  }
  const auto index = [](WordTable* table, const std::unordered_set<std::string>& words,
                        const std::vector<TaggedLemma>& tagged) {
    table->Reserve(words.size());
    for (const std::string& w : words) table->Insert(w);
    for (const TaggedLemma& t : tagged) {
      if (WordTable::Entry* e = table->Insert(*t.lemma)) {
        e->tags = static_cast<uint16_t>(std::min<uint32_t>(t.tags, UINT16_MAX));
      }
    }
  };
  const auto exceptions = [](WordTable* table,
                             const std::unordered_map<std::string, std::string>& words) {
    table->Reserve(words.size());
    for (const auto& [inflected, base] : words) {
      if (WordTable::Entry* e = table->Insert(inflected)) e->base = &base;
    }
  };
  index(&lem->verb_table_, lem->verbs_, verb_tags);
  index(&lem->noun_table_, lem->nouns_, noun_tags);
  exceptions(&lem->verb_exception_table_, lem->verb_exceptions_);
  exceptions(&lem->noun_exception_table_, lem->noun_exceptions_);
  return lem;
}

const Lemmatizer::WordTable& Lemmatizer::TableOf(const void* container) const {
  if (container == &verbs_) return verb_table_;
  if (container == &nouns_) return noun_table_;
  if (container == &verb_exceptions_) return verb_exception_table_;
  return noun_exception_table_;
}

std::string Lemmatizer::Verb(std::string_view lower) const {
  return Morph(lower, verbs_, verb_exceptions_, /*verb=*/true);
}

std::string Lemmatizer::Noun(std::string_view lower) const {
  return Morph(lower, nouns_, noun_exceptions_, /*verb=*/false);
}

void Lemmatizer::Lemmas(std::string_view lower, std::string* verb, std::string* noun) const {
  *verb = Verb(lower);
  *noun = Noun(lower);
}

bool Lemmatizer::IsVerb(std::string_view lemma) const { return verb_table_.Find(lemma) != nullptr; }

bool Lemmatizer::IsNoun(std::string_view lemma) const { return noun_table_.Find(lemma) != nullptr; }

// WordNet's morphy, with three choices of our own where it returns several
// bases and a coder needs one:
//  - an exception ("spoke" -> "speak") wins over everything;
//  - a verb that is itself in the index is its own lemma ("seed" is not
//    "see"), then the rules apply;
//  - a noun in the index competes with the base its plural rules give, and
//    the one WordNet's sense-tagged corpus saw more often wins: "troops" ->
//    "troop", but "means" stays "means" and "species" is not "specie".
// Verbs also undo a doubled final consonant ("planned" -> "plann" -> "plan").
std::string Lemmatizer::Morph(std::string_view lower, const std::unordered_set<std::string>& index,
                              const std::unordered_map<std::string, std::string>& exceptions,
                              bool verb) const {
  if (lower.empty() || lower.size() > kMaxWordBytes) return std::string(lower);
  const WordTable& index_table = TableOf(&index);
  const WordTable& exception_table = TableOf(&exceptions);

  const uint64_t hash = WordTable::Hash(lower);
  if (const WordTable::Entry* e = exception_table.Find(lower, hash); e && e->base) return *e->base;
  const WordTable::Entry* self = index_table.Find(lower, hash);
  if (verb && self != nullptr) return std::string(lower);
  // morphy leaves nouns in -ss ("class") and of two letters alone.
  if (!verb && (lower.size() <= 2 || EndsWith(lower, "ss"))) return std::string(lower);

  // Candidates are built in a stack buffer: words are at most kMaxWordBytes.
  char buffer[kMaxWordBytes + 8];
  std::string_view candidate;
  const WordTable::Entry* base = nullptr;
  for (const Rule& rule :
       verb ? std::span<const Rule>(kVerbRules) : std::span<const Rule>(kNounRules)) {
    if (!EndsWith(lower, rule.suffix)) continue;
    const size_t stem = lower.size() - rule.suffix.size();
    std::memcpy(buffer, lower.data(), stem);
    std::memcpy(buffer + stem, rule.ending.data(), rule.ending.size());
    candidate = {buffer, stem + rule.ending.size()};
    if ((base = index_table.Find(candidate))) break;
    // "planned" -> "plann" -> "plan", "stopping" -> "stopp" -> "stop".
    if (verb && rule.ending.empty() && (rule.suffix == "ed" || rule.suffix == "ing") && stem >= 3 &&
        lower[stem - 1] == lower[stem - 2] && !IsVowel(lower[stem - 1])) {
      candidate = {buffer, stem - 1};
      if ((base = index_table.Find(candidate))) break;
    }
  }
  if (base == nullptr) return std::string(lower);
  if (!verb) {
    // A base of one or two letters needs evidence that it is a real noun:
    // "ads" -> "ad", but "was" is not "wa" (Washington State) nor "has" "ha".
    if (candidate.size() <= 2 && base->tags == 0) return std::string(lower);
    if (self != nullptr && self->tags >= base->tags) return std::string(lower);
  }
  return std::string(candidate);
}

}  // namespace khaldun::text
