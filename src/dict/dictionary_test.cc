#include "dict/dictionary.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace khaldun::dict {
namespace {

class DictionaryTest : public ::testing::Test {
 protected:
  void Add(const std::string& line) {
    std::string error;
    ASSERT_TRUE(dict_.AddLine(line, "test.txt", ++line_, &error)) << error;
  }
  // Tokens of `sentence` and their keys (lemmas left as the lower form).
  std::vector<TokenKeys> Keys(const std::string& sentence) {
    text_ = sentence;
    tokens_ = text::Tokenize(text_, text::Span{0, static_cast<uint32_t>(text_.size())}, nullptr);
    std::vector<TokenKeys> keys;
    for (const text::Token& t : tokens_) keys.push_back(dict_.KeysOf(t));
    return keys;
  }
  std::vector<PhraseMatch> MatchAt(const std::vector<TokenKeys>& keys, size_t start) {
    return dict_.MatchPhrases(Family::kName, keys, start);
  }
  Dictionary dict_{nullptr};
  int line_ = 0;
  std::string text_;
  std::vector<text::Token> tokens_;
};

TEST_F(DictionaryTest, LongestNameWins) {
  Add("actor Gaza = PSE");
  Add("actor the Gaza Strip | Gaza Strip = PSE");
  Add("actor Lebanon = LBN");
  std::vector<TokenKeys> keys = Keys("attacks on the Gaza Strip and Lebanon");
  // "the Gaza Strip" starts at token 2 and is 3 tokens long; "Gaza" alone is shorter.
  std::vector<PhraseMatch> m = MatchAt(keys, 2);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.back().length, 3u);
  EXPECT_EQ(dict_.entry(m.back().entries->front()).phrases, "the Gaza Strip | Gaza Strip");
  m = MatchAt(keys, 6);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(dict_.entry(m[0].entries->front()).codes[0].code, "LBN");
  EXPECT_TRUE(MatchAt(keys, 0).empty());
}

TEST_F(DictionaryTest, VerbPatternWithGapAndSpecificity) {
  Add("verb speak with = 040");
  Add("verb speak by telephone with = 041");
  Add("verb accuse * of = 112");
  std::vector<TokenKeys> keys = Keys("speak by telephone with Ankara");
  std::vector<bool> boundary(keys.size(), false);
  auto m = dict_.MatchVerb(keys, boundary, 0, keys.size());
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(dict_.PatternText(m->pattern), "speak by telephone with");
  EXPECT_EQ(m->word_tokens, (std::vector<uint32_t>{0, 1, 2, 3}));

  keys = Keys("accuse the government of Syria of lying");
  boundary.assign(keys.size(), false);
  m = dict_.MatchVerb(keys, boundary, 0, keys.size());
  ASSERT_TRUE(m.has_value());
  // The shortest gap that lets the pattern match: "of" at token 3.
  EXPECT_EQ(m->word_tokens, (std::vector<uint32_t>{0, 3}));

  // A gap does not cross a clause boundary.
  keys = Keys("accuse , then of");
  boundary.assign(keys.size(), false);
  boundary[1] = true;
  EXPECT_FALSE(dict_.MatchVerb(keys, boundary, 0, keys.size()).has_value());
}

TEST_F(DictionaryTest, BadLineAddsNothing) {
  std::string error;
  EXPECT_FALSE(dict_.AddLine("actor Iran = irn", "countries.txt", 7, &error));
  EXPECT_EQ(error.rfind("countries.txt:7: ", 0), 0u) << error;
  EXPECT_EQ(dict_.size(), 0u);
  EXPECT_FALSE(dict_.AddLine("actor Iran * Persia = IRN", "countries.txt", 8, &error));
  EXPECT_NE(error.find("'*' is only allowed in verb patterns"), std::string::npos);
}

TEST_F(DictionaryTest, UnknownEventCodeIsRejectedWithACodebook) {
  std::string error;
  auto book =
      cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  ASSERT_NE(book, nullptr) << error;
  Dictionary checked(book.get());
  EXPECT_TRUE(checked.AddLine("verb condemn = 111", "verbs.txt", 1, &error)) << error;
  EXPECT_FALSE(checked.AddLine("verb frobnicate = 099", "verbs.txt", 2, &error));
  EXPECT_NE(error.find("unknown CAMEO event code 099"), std::string::npos) << error;
}

TEST(DictionaryLoadTest, LoadsTheBundledDictionariesWithoutErrors) {
  std::string fatal;
  std::vector<std::string> errors;
  auto book =
      cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &fatal);
  ASSERT_NE(book, nullptr) << fatal;
  auto d = Dictionary::LoadDirectory(std::string(KHALDUN_DATA_DIR) + "/dict", book.get(), &errors,
                                     &fatal);
  ASSERT_NE(d, nullptr) << fatal;
  for (const std::string& e : errors) ADD_FAILURE() << e;
  EXPECT_GT(d->CountOf(EntryKind::kActor), 100u);
  EXPECT_GT(d->CountOf(EntryKind::kVerb), 100u);
  // Entries name their file within the folder, not the machine's path.
  EXPECT_EQ(d->entry(0).Where().find('/'), std::string::npos) << d->entry(0).Where();
}

TEST(DictionaryLoadTest, MissingFolderIsFatal) {
  std::string fatal;
  std::vector<std::string> errors;
  EXPECT_EQ(Dictionary::LoadDirectory("/nonexistent/dict", nullptr, &errors, &fatal), nullptr);
  EXPECT_NE(fatal.find("/nonexistent/dict"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::dict
