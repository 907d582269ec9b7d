// Writes N articles of synthetic news text as JSON Lines, for the
// whole-process benchmark: sentences built from templates that mix coded
// events (actors, agents, verb patterns, passives, compounds, dates,
// appositives) with the filler most news sentences are made of.
//
//   make_corpus ARTICLES SENTENCES_PER_ARTICLE > corpus.jsonl
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kActors = {"Iran",
                                          "Israel",
                                          "Russia",
                                          "Ukraine",
                                          "China",
                                          "the United States",
                                          "France",
                                          "Germany",
                                          "Turkey",
                                          "Egypt",
                                          "Saudi Arabia",
                                          "Syria",
                                          "Lebanon",
                                          "India",
                                          "Pakistan",
                                          "Japan",
                                          "South Korea",
                                          "Brazil",
                                          "Nigeria",
                                          "Ethiopia",
                                          "the European Union",
                                          "NATO",
                                          "the United Nations",
                                          "Hamas",
                                          "Hezbollah",
                                          "the Taliban"};
const std::vector<std::string> kNations = {
    "Iranian", "Israeli",  "Russian", "Ukrainian", "Chinese",  "French",    "German",
    "Turkish", "Egyptian", "Indian",  "Pakistani", "Japanese", "Brazilian", "Nigerian"};
const std::vector<std::string> kRoles = {"President",        "Prime Minister", "Foreign Minister",
                                         "Defence Minister", "troops",         "police",
                                         "officials"};
const std::vector<std::string> kVerbs = {"condemned",
                                         "criticized",
                                         "accused {T} of violating the agreement with",
                                         "met with",
                                         "spoke by telephone with",
                                         "launched airstrikes against",
                                         "urged",
                                         "praised",
                                         "imposed new sanctions on",
                                         "signed a trade agreement with",
                                         "threatened",
                                         "rejected a proposal from",
                                         "held talks with",
                                         "welcomed the decision of",
                                         "expelled diplomats from",
                                         "agreed to cooperate with"};
const std::vector<std::string> kDates = {
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday",       "on Friday night",
    "yesterday", "last week",  "on March 3",   "earlier this week", ""};
const std::vector<std::string> kFiller = {
    "Prices of fuel and bread rose sharply in the capital over the past month, according to "
    "figures released by the statistics office.",
    "The meeting took place in a hotel near the airport and lasted for more than three hours, "
    "participants said.",
    "Analysts said the decision could affect regional trade and the movement of goods across the "
    "border for several years.",
    "Heavy rain flooded several roads in the north of the country, and schools were closed as a "
    "precaution.",
    "The report, which runs to more than two hundred pages, was prepared by a panel of independent "
    "experts over eighteen months.",
    "Officials did not say when the talks would resume or who would take part in the next round."};

std::string Pick(std::mt19937& rng, const std::vector<std::string>& v) {
  return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
}

std::string Actor(std::mt19937& rng) {
  switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
    case 0:
      return Pick(rng, kNations) + " " + Pick(rng, kRoles);
    default:
      return Pick(rng, kActors);
  }
}

std::string Sentence(std::mt19937& rng) {
  int kind = std::uniform_int_distribution<int>(0, 9)(rng);
  std::string date = Pick(rng, kDates);
  if (kind < 4) return Pick(rng, kFiller);
  std::string src = Actor(rng), tgt = Actor(rng);
  if (kind == 4)
    return tgt + " was attacked by " + src + (date.empty() ? "" : " " + date) + ", witnesses said.";
  if (kind == 5) src += " and " + Actor(rng);
  std::string verb = Pick(rng, kVerbs);
  std::string s = src + " " + verb;
  size_t hole = s.find("{T}");
  if (hole != std::string::npos) {
    s.replace(hole, 3, tgt);
    s += " " + Actor(rng);
  } else {
    s += " " + tgt;
  }
  if (!date.empty()) s += " " + date;
  s += kind == 6 ? ", amid growing tension over the disputed border region and the fate of "
                   "thousands of displaced families."
                 : ".";
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_corpus ARTICLES SENTENCES_PER_ARTICLE > corpus.jsonl\n");
    return 2;
  }
  long articles = std::atol(argv[1]), per = std::atol(argv[2]);
  std::mt19937 rng(20231107);
  for (long a = 0; a < articles; ++a) {
    std::string text;
    for (long i = 0; i < per; ++i) {
      if (i) text += ' ';
      text += Sentence(rng);
    }
    std::printf("{\"id\":\"bench-%ld\",\"date\":\"2023-04-08\",\"text\":\"%s\"}\n", a,
                text.c_str());
  }
  return 0;
}
