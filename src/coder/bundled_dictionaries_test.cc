// The bundled dictionaries (data/dict) at work: for each category of entry,
// a handful of sentences written here and the events a reader codes from
// them by hand. These fail when an edit to the data breaks what users rely
// on, which the inline dictionaries of coder_test.cc cannot show.
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

class BundledDictionariesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string fatal;
    std::vector<std::string> errors;
    codebook_ =
        cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &fatal)
            .release();
    ASSERT_NE(codebook_, nullptr) << fatal;
    dictionary_ = dict::Dictionary::LoadDirectory(std::string(KHALDUN_DATA_DIR) + "/dict",
                                                  codebook_, &errors, &fatal)
                      .release();
    ASSERT_NE(dictionary_, nullptr) << fatal;
    ASSERT_TRUE(errors.empty()) << errors.front();
    lemmatizer_ = text::Lemmatizer::Load(KHALDUN_WORDNET_DIR, &fatal).release();
    ASSERT_NE(lemmatizer_, nullptr) << fatal;
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    delete dictionary_;
    delete codebook_;
  }

  // Events as "SOURCE>TARGET:CODE", in output order.
  static std::vector<std::string> Code(const std::string& text, const std::string& date) {
    Coder coder(dictionary_, lemmatizer_);
    std::vector<std::string> out;
    for (const Event& e : coder.Code(ArticleInput{"t", date, text}))
      out.push_back(e.source.code + ">" + e.target.code + ":" + e.cameo);
    return out;
  }
  using V = std::vector<std::string>;

  static cameo::Codebook* codebook_;
  static dict::Dictionary* dictionary_;
  static text::Lemmatizer* lemmatizer_;
};

cameo::Codebook* BundledDictionariesTest::codebook_ = nullptr;
dict::Dictionary* BundledDictionariesTest::dictionary_ = nullptr;
text::Lemmatizer* BundledDictionariesTest::lemmatizer_ = nullptr;

TEST_F(BundledDictionariesTest, CountriesAndTheirSeatsOfGovernment) {
  EXPECT_EQ(Code("Japan praised South Korea.", "2023-03-01"), (V{"JPN>KOR:051"}));
  // Capitals and seats of government stand for the government.
  EXPECT_EQ(Code("The Kremlin condemned Ukraine.", "2023-03-01"), (V{"RUSGOV>UKR:111"}));
  EXPECT_EQ(Code("Tehran accused Washington of lying.", "2023-03-01"), (V{"IRNGOV>USAGOV:112"}));
  // Demonyms are the people of the country.
  EXPECT_EQ(Code("Palestinians blamed Israel for the bombing.", "2023-03-01"), (V{"PSE>ISR:112"}));
}

TEST_F(BundledDictionariesTest, PeopleHoldTheirRolesOnlyWhileInOffice) {
  EXPECT_EQ(Code("President Obama criticized Russia.", "2015-06-01"), (V{"USAGOV>RUS:111"}));
  // In 2022 Obama was a former president: an elite, not the government.
  EXPECT_EQ(Code("President Obama criticized Russia.", "2022-06-01"), (V{"USAELI>RUS:111"}));
  EXPECT_EQ(Code("Ahmadinejad met Chavez in Caracas.", "2010-03-01"), (V{"IRNGOV>VENGOV:040"}));
}

TEST_F(BundledDictionariesTest, OrganisationsAndArmedGroups) {
  EXPECT_EQ(Code("The UN Security Council condemned North Korea.", "2023-03-01"),
            (V{"IGOUNOSEC>PRK:111"}));
  EXPECT_EQ(Code("Qatar hosted talks between Hamas and Israel.", "2023-03-01"),
            (V{"QAT>PSEREBHMS:045", "QAT>ISR:045"}));
  EXPECT_EQ(Code("The Taliban attacked Pakistani troops.", "2023-03-01"),
            (V{"AFGINSTAL>PAKMIL:190"}));
  EXPECT_EQ(Code("Houthi rebels attacked Saudi Arabia.", "2023-03-01"), (V{"YEMREBHOU>SAU:190"}));
}

TEST_F(BundledDictionariesTest, AgentsComposeWithTheirCountry) {
  EXPECT_EQ(Code("The Iranian foreign ministry spokesman condemned Israel.", "2023-03-01"),
            (V{"IRNGOV>ISR:111"}));
  EXPECT_EQ(Code("Pakistani police arrested Afghan refugees.", "2023-03-01"),
            (V{"PAKCOP>AFGREF:173"}));
  EXPECT_EQ(Code("Chinese lawmakers criticized Japan.", "2023-03-01"), (V{"CHNLEG>JPN:111"}));
  EXPECT_EQ(Code("Egyptian protesters demonstrated against Israel.", "2023-03-01"),
            (V{"EGYCVL>ISR:141"}));
}

TEST_F(BundledDictionariesTest, VerbPhrasesAcrossTheCodebook) {
  EXPECT_EQ(Code("France urged Iran to release the detainees.", "2023-03-01"), (V{"FRA>IRN:0253"}));
  EXPECT_EQ(Code("India signed a defence agreement with France.", "2023-03-01"),
            (V{"IND>FRA:057"}));
  EXPECT_EQ(Code("Japan provided humanitarian aid to Turkey.", "2023-03-01"), (V{"JPN>TUR:073"}));
  EXPECT_EQ(Code("Russia rejected the proposal by Ukraine.", "2023-03-01"), (V{"RUS>UKR:120"}));
  EXPECT_EQ(Code("The United States imposed sanctions on Iran.", "2023-03-01"), (V{"USA>IRN:163"}));
  EXPECT_EQ(Code("The United States expelled Russian diplomats.", "2023-03-01"),
            (V{"USA>RUSGOV:161"}));
  EXPECT_EQ(Code("Hamas fired rockets at Israel.", "2023-03-01"), (V{"PSEREBHMS>ISR:194"}));
  EXPECT_EQ(Code("Israeli warplanes bombed Gaza.", "2023-03-01"), (V{"ISRMIL>PSE:195"}));
}

TEST_F(BundledDictionariesTest, DiscardsKeepSportsOut) {
  EXPECT_TRUE(Code("Manchester United attacked Chelsea in the second half.", "2023-03-01").empty());
  EXPECT_TRUE(
      Code("Liverpool striker Mohamed Salah attacked the Arsenal defence.", "2023-03-01").empty());
}

// The regional people files (people_*.txt): the same sentence naming an
// office holder codes by the article's date, as worked out by hand from the
// people's careers.
TEST_F(BundledDictionariesTest, PeopleAfricanPresidentInOfficeThenFormer) {
  // Yahya Jammeh ruled the Gambia from 1994 to January 2017.
  EXPECT_EQ(Code("Yahya Jammeh condemned Senegal.", "2010-03-01"), (V{"GMBGOV>SEN:111"}));
  EXPECT_EQ(Code("Yahya Jammeh condemned Senegal.", "2024-03-01"), (V{"GMBELI>SEN:111"}));
}

TEST_F(BundledDictionariesTest, PeoplePrimeMinisterWhoWentIntoOpposition) {
  // Edward Lowassa was Tanzania's prime minister 2005-2008 and ran for the
  // opposition in 2015; the bare surname codes as the full name.
  EXPECT_EQ(Code("Lowassa criticized Kenya.", "2007-06-01"), (V{"TZAGOV>KEN:111"}));
  EXPECT_EQ(Code("Lowassa criticized Kenya.", "2015-09-01"), (V{"TZAOPP>KEN:111"}));
}

TEST_F(BundledDictionariesTest, PeopleSeveralTermsOfOffice) {
  // Ahmed Ouyahia headed Algeria's government four times; in 2001 he was
  // between terms, and he has held no office since 2019.
  EXPECT_EQ(Code("Ahmed Ouyahia criticized France.", "2005-01-10"), (V{"DZAGOV>FRA:111"}));
  EXPECT_EQ(Code("Ahmed Ouyahia criticized France.", "2001-01-10"), (V{"DZAELI>FRA:111"}));
  EXPECT_EQ(Code("Ahmed Ouyahia criticized France.", "2018-01-10"), (V{"DZAGOV>FRA:111"}));
}

TEST_F(BundledDictionariesTest, PeopleOfficerThenHeadOfState) {
  // Mohamed Ould Abdel Aziz commanded Mauritania's presidential guard before
  // his August 2008 coup, and was president from 2009 to 2019.
  EXPECT_EQ(Code("Mohamed Ould Abdel Aziz criticized Senegal.", "2008-01-15"),
            (V{"MRTMIL>SEN:111"}));
  EXPECT_EQ(Code("Mohamed Ould Abdel Aziz criticized Senegal.", "2012-01-15"),
            (V{"MRTGOV>SEN:111"}));
}

TEST_F(BundledDictionariesTest, PeopleArmedGroupLeaderTakesTheGroupsCode) {
  // Ahmed Abdi Godane led al-Shabaab until 2014.
  EXPECT_EQ(Code("Ahmed Abdi Godane condemned Kenya.", "2013-10-01"), (V{"SOMINSSHB>KEN:111"}));
}

TEST_F(BundledDictionariesTest, PeopleSouthAsianInteriorMinister) {
  // Chaudhry Nisar Ali Khan was Pakistan's interior minister 2013-2017, then
  // left his party.
  EXPECT_EQ(Code("Chaudhry Nisar Ali Khan criticized India.", "2015-06-01"), (V{"PAKGOV>IND:111"}));
  EXPECT_EQ(Code("Chaudhry Nisar Ali Khan criticized India.", "2019-06-01"), (V{"PAKOPP>IND:111"}));
}

TEST_F(BundledDictionariesTest, PeopleCentralAsianIntelligenceChief) {
  // Karim Massimov was Kazakhstan's prime minister until September 2016 and
  // then headed its security service (KNB) until January 2022.
  EXPECT_EQ(Code("Karim Massimov criticized Russia.", "2015-06-01"), (V{"KAZGOV>RUS:111"}));
  EXPECT_EQ(Code("Karim Massimov criticized Russia.", "2019-06-01"), (V{"KAZSPY>RUS:111"}));
}

// The officials' files (people_finance, people_security, people_intl,
// people_usa_congress, people_regional, people_justice, people_militants,
// people_society) and institutions.txt and agents_more.txt.
TEST_F(BundledDictionariesTest, PeopleCentralBankGovernorInOfficeThenFormer) {
  // Haruhiko Kuroda governed the Bank of Japan from March 2013 to April 2023;
  // a central bank is part of the state.
  EXPECT_EQ(Code("Haruhiko Kuroda criticized China.", "2015-06-01"), (V{"JPNGOV>CHN:111"}));
  EXPECT_EQ(Code("Haruhiko Kuroda criticized China.", "2024-06-01"), (V{"JPNELI>CHN:111"}));
  // Lamido Sanusi governed Nigeria's central bank until February 2014, when
  // Godwin Emefiele had not yet succeeded him; in 2016 it was the reverse.
  EXPECT_EQ(Code("Lamido Sanusi criticized Godwin Emefiele.", "2016-03-01"),
            (V{"NGAELI>NGAGOV:111"}));
}

TEST_F(BundledDictionariesTest, CentralBanksAndStateBodiesAreTheGovernment) {
  EXPECT_EQ(Code("The Bank of England criticized the European Central Bank.", "2023-03-01"),
            (V{"GBRGOV>IGOEUREEC:111"}));
  EXPECT_EQ(Code("The Federal Reserve criticized the People's Bank of China.", "2019-03-01"),
            (V{"USAGOV>CHNGOV:111"}));
  // Pakistan's chief justice (September 2023 to October 2024) against its
  // election commission; a Nigerian businessman against Nigeria's central bank.
  EXPECT_EQ(Code("Qazi Faez Isa criticized the Election Commission of Pakistan.", "2024-01-15"),
            (V{"PAKJUD>PAKGOV:111"}));
  EXPECT_EQ(Code("Aliko Dangote criticized the Central Bank of Nigeria.", "2023-03-01"),
            (V{"NGABUS>NGAGOV:111"}));
}

TEST_F(BundledDictionariesTest, PeopleLegislatorWhoHadBeenGovernor) {
  // Joe Manchin was governor of West Virginia from 2005, then a senator from
  // November 2010 to January 2025.
  EXPECT_EQ(Code("Joe Manchin criticized China.", "2008-06-01"), (V{"USAGOV>CHN:111"}));
  EXPECT_EQ(Code("Joe Manchin criticized China.", "2012-06-01"), (V{"USALEG>CHN:111"}));
}

TEST_F(BundledDictionariesTest, PeopleRegionalGovernorAndUnEnvoy) {
  // Oleh Syniehubov heads the Kharkiv region since December 2020.
  EXPECT_EQ(Code("Oleh Syniehubov accused Russia of shelling civilians.", "2023-03-01"),
            (V{"UKRGOV>RUS:1123"}));
  // Ghassan Salame was the UN envoy for Libya 2017-2020 and became Lebanon's
  // culture minister in February 2025.
  EXPECT_EQ(Code("Ghassan Salame criticized Russia.", "2018-06-01"), (V{"IGOUNO>RUS:111"}));
  EXPECT_EQ(Code("Ghassan Salame criticized Russia.", "2025-06-01"), (V{"LBNGOV>RUS:111"}));
}

TEST_F(BundledDictionariesTest, ArmedGroupLeaderAndMilitaryAgentCompound) {
  // Ziyad al-Nakhalah leads Palestinian Islamic Jihad.
  EXPECT_EQ(Code("Ziyad al-Nakhalah condemned Israel.", "2023-03-01"), (V{"PSEREBPIJ>ISR:111"}));
  // "army commander" is military, not the government that "commander" alone
  // might suggest.
  EXPECT_EQ(Code("The Pakistani army commander criticized India.", "2023-03-01"),
            (V{"PAKMIL>IND:111"}));
}

}  // namespace
}  // namespace khaldun::coder
