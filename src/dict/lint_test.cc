#include "dict/lint.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

namespace khaldun::dict {
namespace {

bool HasProblem(const std::vector<std::string>& problems, const std::string& part) {
  for (const std::string& p : problems)
    if (p.find(part) != std::string::npos) return true;
  return false;
}

TEST(LintTest, FindsEachKindOfProblem) {
  std::string dir = ::testing::TempDir() + "/lint-dict";
  mkdir(dir.c_str(), 0755);
  std::ofstream(dir + "/a.txt") << "actor Iran = IRN\n"
                                << "actor Georgia = GEO\n"
                                << "verb condemn = 111\n";
  std::ofstream(dir + "/b.txt") << "actor Iran = IRN\n"      // duplicate of a.txt:1
                                << "actor Georgia = USA\n"   // conflicts with a.txt:2
                                << "actor hamas = PSEREB\n"  // never matches
                                << "person Jane Doe = USAGOV 2001-01-01..2005-01-01, "
                                   "USALEG 2004-01-01..2006-01-01\n"  // overlapping ranges
                                << "verb frobnicate = 099\n"          // unknown code
                                << "verb condemn = 112\n"             // conflicting verb code
                                << "actr Oops = XXX\n";               // malformed
  std::string fatal;
  std::vector<std::string> p = LintDirectory(dir, nullptr, &fatal);
  ASSERT_TRUE(fatal.empty()) << fatal;
  EXPECT_TRUE(HasProblem(p, "b.txt:1: \"Iran\" duplicates a.txt:1"));
  EXPECT_TRUE(HasProblem(p, "b.txt:2: \"Georgia\" = USA conflicts with a.txt:2 = GEO"));
  EXPECT_TRUE(HasProblem(p, "b.txt:3: name \"hamas\" has no capital letter"));
  EXPECT_TRUE(HasProblem(p, "b.txt:4: overlapping date ranges for USAGOV and USALEG"));
  EXPECT_TRUE(HasProblem(p, "b.txt:6: \"condemn\" = 112 conflicts with a.txt:3 = 111"));
  EXPECT_TRUE(HasProblem(p, "b.txt:7: unknown entry kind"));
  EXPECT_EQ(p.size(), 6u);  // 099 is unknown only with a codebook

  std::string error;
  auto book =
      cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
  ASSERT_NE(book, nullptr) << error;
  p = LintDirectory(dir, book.get(), &fatal);
  EXPECT_TRUE(HasProblem(p, "b.txt:5: unknown CAMEO event code 099"));
}

TEST(LintTest, IssuesNeedNoCapitalAndConflictOnCodeOrCategory) {
  std::string dir = ::testing::TempDir() + "/lint-issues";
  mkdir(dir.c_str(), 0755);
  std::ofstream(dir + "/i.txt") << "issue teacher = TEACHERS in EDUCATION\n"
                                << "issue a head start = not in EDUCATION\n"
                                << "issue teacher = TEACHERS in EDUCATION\n"  // duplicate of 1
                                << "issue a head start = not\n"               // conflicts with 2
                                << "issue teachers = TEACHERS in LABOR\n";    // another phrase
  std::string fatal;
  std::vector<std::string> p = LintDirectory(dir, nullptr, &fatal);
  ASSERT_TRUE(fatal.empty()) << fatal;
  EXPECT_TRUE(HasProblem(p, "i.txt:3: \"teacher\" duplicates i.txt:1"));
  EXPECT_TRUE(
      HasProblem(p, "i.txt:4: \"a head start\" = not conflicts with i.txt:2 = not in EDUCATION"));
  EXPECT_EQ(p.size(), 2u);
}

}  // namespace
}  // namespace khaldun::dict
