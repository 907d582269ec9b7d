#include "text/lemmatizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace khaldun::text {
namespace {

// WordNet is loaded once for the whole suite.
class LemmatizerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    const auto start = std::chrono::steady_clock::now();
    lemmatizer_ = Lemmatizer::Load(KHALDUN_WORDNET_DIR, &error).release();
    load_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ASSERT_NE(lemmatizer_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    lemmatizer_ = nullptr;
  }
  void SetUp() override {
    if (lemmatizer_ == nullptr) GTEST_SKIP() << "WordNet not loaded from " KHALDUN_WORDNET_DIR;
  }
  static const Lemmatizer& L() { return *lemmatizer_; }

  static Lemmatizer* lemmatizer_;
  static double load_ms_;
};
Lemmatizer* LemmatizerTest::lemmatizer_ = nullptr;
double LemmatizerTest::load_ms_ = 0;

TEST_F(LemmatizerTest, LoadsQuickly) {
  std::printf("WordNet loaded in %.1f ms\n", load_ms_);
  // Well under 100 ms in an optimised build; sanitizers make it several times slower.
  EXPECT_LT(load_ms_, 2000.0);
}

TEST_F(LemmatizerTest, VerbExceptionsComeFirst) {
  EXPECT_EQ(L().Verb("spoke"), "speak");  // though "spoke" is a noun
  EXPECT_EQ(L().Verb("said"), "say");
  EXPECT_EQ(L().Verb("met"), "meet");
  EXPECT_EQ(L().Verb("held"), "hold");
  EXPECT_EQ(L().Verb("went"), "go");
  EXPECT_EQ(L().Verb("was"), "be");
  EXPECT_EQ(L().Verb("were"), "be");
  EXPECT_EQ(L().Verb("has"), "have");
  EXPECT_EQ(L().Verb("is"), "be");
}

TEST_F(LemmatizerTest, VerbRules) {
  EXPECT_EQ(L().Verb("launched"), "launch");
  EXPECT_EQ(L().Verb("says"), "say");
  EXPECT_EQ(L().Verb("attacks"), "attack");
  EXPECT_EQ(L().Verb("urged"), "urge");
  EXPECT_EQ(L().Verb("emphasized"), "emphasize");
  EXPECT_EQ(L().Verb("called"), "call");
  EXPECT_EQ(L().Verb("accused"), "accuse");
  EXPECT_EQ(L().Verb("being"), "be");
  EXPECT_EQ(L().Verb("condemns"), "condemn");
  EXPECT_EQ(L().Verb("meeting"), "meet");
  EXPECT_EQ(L().Verb("goes"), "go");
  EXPECT_EQ(L().Verb("tries"), "try");
}

TEST_F(LemmatizerTest, VerbDoubledConsonants) {
  EXPECT_EQ(L().Verb("planned"), "plan");
  EXPECT_EQ(L().Verb("stopped"), "stop");
  EXPECT_EQ(L().Verb("stopping"), "stop");
  EXPECT_EQ(L().Verb("embedded"), "embed");
  // But a silent e or a real double letter is kept.
  EXPECT_EQ(L().Verb("hoping"), "hope");
  EXPECT_EQ(L().Verb("passed"), "pass");
  EXPECT_EQ(L().Verb("called"), "call");
}

TEST_F(LemmatizerTest, VerbInIndexIsItsOwnLemma) {
  EXPECT_EQ(L().Verb("seed"), "seed");  // not "see" + "ed"
  EXPECT_EQ(L().Verb("condemn"), "condemn");
  EXPECT_EQ(L().Verb("statement"), "statement");  // no verb at all
}

TEST_F(LemmatizerTest, Nouns) {
  EXPECT_EQ(L().Noun("attacks"), "attack");
  EXPECT_EQ(L().Noun("ministries"), "ministry");
  EXPECT_EQ(L().Noun("troops"), "troop");
  EXPECT_EQ(L().Noun("countries"), "country");
  EXPECT_EQ(L().Noun("children"), "child");
  EXPECT_EQ(L().Noun("churches"), "church");
  EXPECT_EQ(L().Noun("buses"), "bus");
  EXPECT_EQ(L().Noun("talks"), "talk");
  EXPECT_EQ(L().Noun("sanctions"), "sanction");
  EXPECT_EQ(L().Noun("spoke"), "spoke");  // the noun keeps its form
  EXPECT_EQ(L().Noun("being"), "being");
  EXPECT_EQ(L().Noun("ads"), "ad");
}

TEST_F(LemmatizerTest, NounsThatAreNotPlurals) {
  EXPECT_EQ(L().Noun("news"), "news");
  EXPECT_EQ(L().Noun("class"), "class");
  EXPECT_EQ(L().Noun("species"), "species");  // not "specie"
  EXPECT_EQ(L().Noun("means"), "means");
  EXPECT_EQ(L().Noun("omen"), "omen");  // not "Oman"
  EXPECT_EQ(L().Noun("was"), "was");    // not "wa" (Washington State)
  EXPECT_EQ(L().Noun("has"), "has");
  EXPECT_EQ(L().Noun("us"), "us");
}

TEST_F(LemmatizerTest, UnknownAndOddWords) {
  EXPECT_EQ(L().Verb("kanaani"), "kanaani");
  EXPECT_EQ(L().Noun("kanaani"), "kanaani");
  EXPECT_EQ(L().Verb(""), "");
  EXPECT_EQ(L().Noun(""), "");
  EXPECT_EQ(L().Noun("s"), "s");
  EXPECT_EQ(L().Verb("ing"), "ing");
  EXPECT_EQ(L().Verb("ed"), "ed");
  EXPECT_EQ(L().Noun("\xFF\xFEs"), "\xFF\xFEs");
  const std::string huge(1 << 20, 's');
  EXPECT_EQ(L().Noun(huge), huge);
  EXPECT_EQ(L().Noun("fulfulfulful"), "fulfulfulful");
}

TEST_F(LemmatizerTest, IsVerbAndIsNoun) {
  EXPECT_TRUE(L().IsVerb("speak"));
  EXPECT_FALSE(L().IsVerb("speaks"));
  EXPECT_TRUE(L().IsNoun("ministry"));
  EXPECT_FALSE(L().IsNoun("kanaani"));
  EXPECT_FALSE(L().IsVerb("give_up"));  // collocations are not loaded
}

TEST(LemmatizerLoadTest, MissingDirectoryNamesTheFile) {
  std::string error;
  EXPECT_EQ(Lemmatizer::Load("/nonexistent/wordnet", &error), nullptr);
  EXPECT_NE(error.find("/nonexistent/wordnet/index.verb"), std::string::npos) << error;
}

TEST(LemmatizerLoadTest, MissingFileNamesIt) {
  // A folder with the indexes but no exception lists.
  const std::string dir = testing::TempDir() + "khaldun_wordnet_partial";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/index.verb") << "  license line\nspeak v 1 0 1 0 00000000\n";
  std::ofstream(dir + "/index.noun") << "attack n 1 0 1 1 00000000\n";
  std::string error;
  EXPECT_EQ(Lemmatizer::Load(dir, &error), nullptr);
  EXPECT_NE(error.find(dir + "/verb.exc"), std::string::npos) << error;

  // With the exception lists it loads, and works on what it has.
  std::ofstream(dir + "/verb.exc") << "spoke speak\n";
  std::ofstream(dir + "/noun.exc") << "children child\n";
  std::unique_ptr<Lemmatizer> lem = Lemmatizer::Load(dir, &error);
  ASSERT_NE(lem, nullptr) << error;
  EXPECT_EQ(lem->Verb("speaks"), "speak");
  EXPECT_EQ(lem->Verb("spoke"), "speak");
  EXPECT_EQ(lem->Noun("attacks"), "attack");
  EXPECT_EQ(lem->Noun("children"), "child");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace khaldun::text
