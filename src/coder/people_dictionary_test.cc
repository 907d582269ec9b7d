// The bundled people dictionaries at work: the same sentence naming an office
// holder codes differently by the article's date, as the person's dated roles
// in data/dict/people_*.txt say. Expected codes are worked out by hand from
// the people's careers (dates of office), not from the program's output.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "cameo/codebook.h"
#include "coder/coder.h"
#include "dict/dictionary.h"
#include "text/lemmatizer.h"

namespace khaldun::coder {
namespace {

class PeopleDictionaryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    lemmatizer_ = text::Lemmatizer::Load(KHALDUN_WORDNET_DIR, &error).release();
    ASSERT_NE(lemmatizer_, nullptr) << error;
    codebook_ =
        cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error)
            .release();
    ASSERT_NE(codebook_, nullptr) << error;
    std::vector<std::string> errors;
    dictionary_ = dict::Dictionary::LoadDirectory(std::string(KHALDUN_DATA_DIR) + "/dict",
                                                  codebook_, &errors, &error)
                      .release();
    ASSERT_NE(dictionary_, nullptr) << error;
    for (const std::string& e : errors) ADD_FAILURE() << e;
  }
  static void TearDownTestSuite() {
    delete dictionary_;
    delete codebook_;
    delete lemmatizer_;
  }

  // Events as "SOURCE>TARGET:CODE", in output order.
  std::vector<std::string> Code(const std::string& text, const std::string& date) {
    Coder coder(dictionary_, lemmatizer_);
    std::vector<std::string> out;
    for (const Event& e : coder.Code(ArticleInput{"t", date, text}))
      out.push_back(e.source.code + ">" + e.target.code + ":" + e.cameo);
    return out;
  }
  using V = std::vector<std::string>;

  static text::Lemmatizer* lemmatizer_;
  static cameo::Codebook* codebook_;
  static dict::Dictionary* dictionary_;
};

text::Lemmatizer* PeopleDictionaryTest::lemmatizer_ = nullptr;
cameo::Codebook* PeopleDictionaryTest::codebook_ = nullptr;
dict::Dictionary* PeopleDictionaryTest::dictionary_ = nullptr;

TEST_F(PeopleDictionaryTest, AfricanPresidentInOfficeThenFormer) {
  // Yahya Jammeh ruled the Gambia from 1994 to January 2017.
  EXPECT_EQ(Code("Yahya Jammeh condemned Senegal.", "2010-03-01"), (V{"GMBGOV>SEN:111"}));
  EXPECT_EQ(Code("Yahya Jammeh condemned Senegal.", "2024-03-01"), (V{"GMBELI>SEN:111"}));
}

TEST_F(PeopleDictionaryTest, PrimeMinisterWhoWentIntoOpposition) {
  // Edward Lowassa was Tanzania's prime minister 2005-2008 and ran for the
  // opposition in 2015; the bare surname codes as the full name.
  EXPECT_EQ(Code("Lowassa criticized Kenya.", "2007-06-01"), (V{"TZAGOV>KEN:111"}));
  EXPECT_EQ(Code("Lowassa criticized Kenya.", "2015-09-01"), (V{"TZAOPP>KEN:111"}));
}

TEST_F(PeopleDictionaryTest, SeveralTermsOfOffice) {
  // Ahmed Ouyahia headed Algeria's government four times; in 2001 he was
  // between terms, and he has held no office since 2019.
  EXPECT_EQ(Code("Ahmed Ouyahia criticized France.", "2005-01-10"), (V{"DZAGOV>FRA:111"}));
  EXPECT_EQ(Code("Ahmed Ouyahia criticized France.", "2001-01-10"), (V{"DZAELI>FRA:111"}));
  EXPECT_EQ(Code("Ahmed Ouyahia criticized France.", "2018-01-10"), (V{"DZAGOV>FRA:111"}));
}

TEST_F(PeopleDictionaryTest, OfficerThenHeadOfState) {
  // Mohamed Ould Abdel Aziz commanded Mauritania's presidential guard before
  // his August 2008 coup, and was president from 2009 to 2019.
  EXPECT_EQ(Code("Mohamed Ould Abdel Aziz criticized Senegal.", "2008-01-15"),
            (V{"MRTMIL>SEN:111"}));
  EXPECT_EQ(Code("Mohamed Ould Abdel Aziz criticized Senegal.", "2012-01-15"),
            (V{"MRTGOV>SEN:111"}));
}

TEST_F(PeopleDictionaryTest, ArmedGroupLeaderTakesTheGroupsCode) {
  // Ahmed Abdi Godane led al-Shabaab until 2014.
  EXPECT_EQ(Code("Ahmed Abdi Godane condemned Kenya.", "2013-10-01"), (V{"SOMINSSHB>KEN:111"}));
}

TEST_F(PeopleDictionaryTest, SouthAsianInteriorMinister) {
  // Chaudhry Nisar Ali Khan was Pakistan's interior minister 2013-2017, then
  // left his party.
  EXPECT_EQ(Code("Chaudhry Nisar Ali Khan criticized India.", "2015-06-01"), (V{"PAKGOV>IND:111"}));
  EXPECT_EQ(Code("Chaudhry Nisar Ali Khan criticized India.", "2019-06-01"), (V{"PAKOPP>IND:111"}));
}

TEST_F(PeopleDictionaryTest, CentralAsianIntelligenceChief) {
  // Karim Massimov was Kazakhstan's prime minister until September 2016 and
  // then headed its security service (KNB) until January 2022.
  EXPECT_EQ(Code("Karim Massimov criticized Russia.", "2015-06-01"), (V{"KAZGOV>RUS:111"}));
  EXPECT_EQ(Code("Karim Massimov criticized Russia.", "2019-06-01"), (V{"KAZSPY>RUS:111"}));
}

}  // namespace
}  // namespace khaldun::coder
