#include "io/article_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace khaldun::io {
namespace {

using Status = JsonLinesReader::Status;

// One result of JsonLinesReader::Next.
struct Item {
  Status status;
  Article article;
  Rejection rejection;
};

// Reads `content` as a whole input through a temporary file.
std::vector<Item> ReadAll(const std::string& content, const std::string& name = "-") {
  std::FILE* file = std::tmpfile();
  EXPECT_NE(file, nullptr);
  EXPECT_EQ(std::fwrite(content.data(), 1, content.size(), file), content.size());
  std::rewind(file);
  JsonLinesReader reader(file, name);
  std::vector<Item> items;
  for (;;) {
    Item item;
    item.status = reader.Next(&item.article, &item.rejection);
    if (item.status == Status::kEnd) break;
    items.push_back(std::move(item));
  }
  Article unused;
  Rejection unused_rejection;
  EXPECT_EQ(reader.Next(&unused, &unused_rejection), Status::kEnd);  // kEnd stays kEnd
  std::fclose(file);
  return items;
}

// Reads a single-record input and expects one rejection at `line` whose reason
// contains `reason_part`.
void ExpectRejected(const std::string& content, uint64_t line, const std::string& reason_part) {
  SCOPED_TRACE(content.size() < 200 ? content : content.substr(0, 200) + "...");
  const std::vector<Item> items = ReadAll(content);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_EQ(items[0].status, Status::kRejected);
  EXPECT_EQ(items[0].rejection.line, line);
  EXPECT_NE(items[0].rejection.reason.find(reason_part), std::string::npos)
      << items[0].rejection.reason;
}

const std::string kGood = R"({"id":"a1","date":"2023-02-28","text":"Police arrested him."})";

TEST(JsonLinesReaderTest, ReadsOneArticle) {
  const std::vector<Item> items =
      ReadAll(R"({"id":"a1","date":"2024-02-29","text":"Caf\u00e9 \"x\"\nline","title":"T",)"
              R"("url":"http://e.com/a","outlet":"AFP","extra":{"nested":[1,2]}})"
              "\n",
              "news.jsonl");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_EQ(items[0].status, Status::kArticle);
  const Article& a = items[0].article;
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, "2024-02-29");
  EXPECT_EQ(a.text, "Caf\xC3\xA9 \"x\"\nline");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.url, "http://e.com/a");
  EXPECT_EQ(a.outlet, "AFP");
  EXPECT_EQ(a.input_name, "news.jsonl");
  EXPECT_EQ(a.line, 1u);
}

TEST(JsonLinesReaderTest, OptionalKeysAbsentNullOrMistypedAreEmpty) {
  const std::vector<Item> items =
      ReadAll(R"({"id":"a","date":"2023-01-01","text":"x","title":"T","url":"U","outlet":"O"})"
              "\n"
              R"({"id":"b","date":"2023-01-01","text":"","title":null,"url":7,"outlet":["O"]})"
              "\n");
  ASSERT_EQ(items.size(), 2u);
  ASSERT_EQ(items[1].status, Status::kArticle);
  // Fresh Items here, but the reader must also clear them in a reused Article.
  EXPECT_EQ(items[1].article.text, "");  // empty text is a valid article
  EXPECT_EQ(items[1].article.title, "");
  EXPECT_EQ(items[1].article.url, "");
  EXPECT_EQ(items[1].article.outlet, "");
}

TEST(JsonLinesReaderTest, ReusedArticleIsFullyOverwritten) {
  const std::string input =
      R"({"id":"a","date":"2023-01-01","text":"x","title":"T","url":"U","outlet":"O"})"
      "\n"
      R"({"id":"b","date":"2023-01-02","text":"y"})"
      "\n";
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  std::fwrite(input.data(), 1, input.size(), file);
  std::rewind(file);
  JsonLinesReader reader(file, "in");
  Article a;
  Rejection r;
  ASSERT_EQ(reader.Next(&a, &r), Status::kArticle);
  ASSERT_EQ(reader.Next(&a, &r), Status::kArticle);
  EXPECT_EQ(a.id, "b");
  EXPECT_EQ(a.text, "y");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.url, "");
  EXPECT_EQ(a.outlet, "");
  EXPECT_EQ(a.line, 2u);
  std::fclose(file);
}

TEST(JsonLinesReaderTest, DuplicateKeysTakeTheFirst) {
  const std::vector<Item> items =
      ReadAll(R"({"id":"first","date":"2023-01-01","text":"one","id":"second","text":7})"
              "\n");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_EQ(items[0].status, Status::kArticle);
  EXPECT_EQ(items[0].article.id, "first");
  EXPECT_EQ(items[0].article.text, "one");
}

TEST(JsonLinesReaderTest, EmptyInputAndBlankLines) {
  EXPECT_TRUE(ReadAll("").empty());
  EXPECT_TRUE(ReadAll("\n\n   \n\t\r\n \r\n\f\v\n").empty());
  EXPECT_TRUE(ReadAll("  ").empty());  // blank last line without newline
}

TEST(JsonLinesReaderTest, RejectsEachBadRecordWithItsReason) {
  ExpectRejected("{\"id\": \"a\", \n", 1, "invalid JSON: ");
  ExpectRejected("{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":\"x\"} trailing\n", 1,
                 "invalid JSON: ");
  ExpectRejected("{}{}\n", 1, "invalid JSON: ");
  ExpectRejected("nul\n", 1, "invalid JSON: ");
  ExpectRejected("{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":\"\\ud800\"}\n", 1,
                 "invalid JSON: ");  // lone surrogate would not be UTF-8
  ExpectRejected(std::string(100000, '[') + "\n", 1, "invalid JSON: ");
  ExpectRejected(std::string(5000, '[') + std::string(5000, ']') + "\n", 1, "invalid JSON: ");
  ExpectRejected("{\"id\":\"a\xFF\",\"date\":\"2023-01-01\",\"text\":\"x\"}\n", 1,
                 "invalid UTF-8 in input line");
  ExpectRejected("{\"id\":\"a\xC0\xAF\"}\n", 1, "invalid UTF-8 in input line");  // overlong
  ExpectRejected("[1,2]\n", 1, "not a JSON object");
  ExpectRejected("42\n", 1, "not a JSON object");
  ExpectRejected("\"string\"\n", 1, "not a JSON object");
  ExpectRejected("null\n", 1, "not a JSON object");
  ExpectRejected("{\"date\":\"2023-01-01\",\"text\":\"x\"}\n", 1, "missing required key \"id\"");
  ExpectRejected("{\"id\":5,\"date\":\"2023-01-01\",\"text\":\"x\"}\n", 1,
                 "\"id\" must be a string");
  ExpectRejected("{\"id\":\"\",\"date\":\"2023-01-01\",\"text\":\"x\"}\n", 1, "empty \"id\"");
  ExpectRejected("{\"id\":\"a\",\"text\":\"x\"}\n", 1, "missing required key \"date\"");
  ExpectRejected("{\"id\":\"a\",\"date\":\"2023-02-30\",\"text\":\"x\"}\n", 1,
                 "\"date\" must be a string in YYYY-MM-DD form, got \"2023-02-30\"");
  ExpectRejected("{\"id\":\"a\",\"date\":20230101,\"text\":\"x\"}\n", 1,
                 "\"date\" must be a string in YYYY-MM-DD form, got 20230101");
  ExpectRejected("{\"id\":\"a\",\"date\":\"\",\"text\":\"x\"}\n", 1, "got \"\"");
  ExpectRejected("{\"id\":\"a\",\"date\":\"2023-01-01\"}\n", 1, "missing required key \"text\"");
  ExpectRejected("{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":null}\n", 1,
                 "\"text\" must be a string");
  ExpectRejected("{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":[\"x\"]}\n", 1,
                 "\"text\" must be a string");
}

TEST(JsonLinesReaderTest, RejectsDatesThatAreNotRealDays) {
  for (const char* date : {"2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10",
                           "2023-01-00", "2023-1-01", "2023-01-1", "23-01-01", "2023/01/01",
                           " 2023-01-01", "2023-01-01 ", "2023-01-01T00:00", "２０２３-01-01"}) {
    SCOPED_TRACE(date);
    ExpectRejected(std::string("{\"id\":\"a\",\"date\":\"") + date + "\",\"text\":\"x\"}\n", 1,
                   "\"date\" must be a string in YYYY-MM-DD form");
  }
  for (const char* date : {"2024-02-29", "2000-02-29", "2023-12-31", "1999-01-01"}) {
    SCOPED_TRACE(date);
    const auto items =
        ReadAll(std::string("{\"id\":\"a\",\"date\":\"") + date + "\",\"text\":\"x\"}");
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].status, Status::kArticle);
  }
}

TEST(JsonLinesReaderTest, LongBadDateIsCutInTheReason) {
  const std::string date(100, '9');
  const auto items = ReadAll("{\"id\":\"a\",\"date\":\"" + date + "\",\"text\":\"x\"}\n");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].rejection.reason,
            "\"date\" must be a string in YYYY-MM-DD form, got \"" + date.substr(0, 40) + "...\"");
}

TEST(JsonLinesReaderTest, NulBytesInsideTheLine) {
  using namespace std::string_literals;  // "..."s keeps the NUL bytes
  ExpectRejected("{\"id\":\"a\0b\",\"date\":\"2023-01-01\",\"text\":\"x\"}\n"s, 1,
                 "invalid JSON: ");
  ExpectRejected("{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":\"x\"}\0\n"s, 1, "invalid JSON: ");
  ExpectRejected("\0\n"s, 1, "invalid JSON: ");
  // An escaped NUL is valid JSON and valid UTF-8.
  const auto items = ReadAll("{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":\"x\\u0000y\"}\n");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_EQ(items[0].status, Status::kArticle);
  EXPECT_EQ(items[0].article.text, std::string("x\0y", 3));
}

TEST(JsonLinesReaderTest, LineNumbersCountEveryLine) {
  const auto items = ReadAll("\n" + kGood + "\n   \n{\"id\":\"b\"}\n\n\nbad\n" + kGood + "\n");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].status, Status::kArticle);
  EXPECT_EQ(items[0].article.line, 2u);
  EXPECT_EQ(items[1].status, Status::kRejected);
  EXPECT_EQ(items[1].rejection.line, 4u);
  EXPECT_EQ(items[1].rejection.Message(), "-:4: missing required key \"date\"");
  EXPECT_EQ(items[1].rejection.raw, "{\"id\":\"b\"}");
  EXPECT_EQ(items[2].status, Status::kRejected);
  EXPECT_EQ(items[2].rejection.line, 7u);
  EXPECT_EQ(items[2].rejection.raw, "bad");
  EXPECT_EQ(items[3].status, Status::kArticle);
  EXPECT_EQ(items[3].article.line, 8u);
}

TEST(JsonLinesReaderTest, MixedGoodAndBadLinesKeepAllGoodOnesInOrder) {
  std::string input;
  std::vector<std::string> expected_ids;
  for (int i = 0; i < 200; ++i) {
    if (i % 3 == 1) {
      input += "{\"id\":\"x" + std::to_string(i) + "\",\"date\":\"2023-02-31\",\"text\":\"t\"}\n";
    } else if (i % 7 == 2) {
      input += "{\"id\":\"broken\n";
    } else {
      expected_ids.push_back("id" + std::to_string(i));
      input += "{\"id\":\"" + expected_ids.back() + "\",\"date\":\"2023-03-01\",\"text\":\"t\"}\n";
    }
  }
  std::vector<std::string> ids;
  size_t rejected = 0;
  for (const Item& item : ReadAll(input)) {
    if (item.status == Status::kArticle) {
      ids.push_back(item.article.id);
    } else {
      ++rejected;
    }
  }
  EXPECT_EQ(ids, expected_ids);
  EXPECT_EQ(rejected + ids.size(), 200u);
}

TEST(JsonLinesReaderTest, CrLfLineEnds) {
  const auto items = ReadAll(kGood + "\r\n\r\n{\"id\":1}\r\n" + kGood + "\r");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].status, Status::kArticle);
  EXPECT_EQ(items[0].article.text, "Police arrested him.");
  EXPECT_EQ(items[1].status, Status::kRejected);
  EXPECT_EQ(items[1].rejection.line, 3u);
  EXPECT_EQ(items[1].rejection.raw, "{\"id\":1}");  // without the "\r"
  EXPECT_EQ(items[2].status, Status::kArticle);
  EXPECT_EQ(items[2].article.line, 4u);
}

TEST(JsonLinesReaderTest, ByteOrderMarkOnTheFirstLine) {
  const auto items = ReadAll("\xEF\xBB\xBF" + kGood + "\n");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].status, Status::kArticle);
}

TEST(JsonLinesReaderTest, LastLineWithoutNewline) {
  // Complete: accepted.
  auto items = ReadAll(kGood + "\n" + kGood);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].status, Status::kArticle);
  EXPECT_EQ(items[1].article.line, 2u);

  // Cut short: a truncated record.
  items = ReadAll(kGood + "\n" + kGood.substr(0, 30));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].status, Status::kArticle);
  ASSERT_EQ(items[1].status, Status::kRejected);
  EXPECT_EQ(items[1].rejection.line, 2u);
  EXPECT_EQ(items[1].rejection.raw, kGood.substr(0, 30));
  EXPECT_EQ(items[1].rejection.reason.rfind("truncated record at end of input: invalid JSON: ", 0),
            0u)
      << items[1].rejection.reason;

  // Cut in the middle of a multi-byte character.
  ExpectRejected("{\"id\":\"a\",\"text\":\"\xD8\xA7\xD8", 1,
                 "truncated record at end of input: incomplete UTF-8 character");

  // Malformed but complete, or complete but missing a key: not "truncated".
  items = ReadAll("{\"id\": x}");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].rejection.reason.rfind("invalid JSON: ", 0), 0u);
  items = ReadAll("{\"id\":\"a\"}");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].rejection.reason, "missing required key \"date\"");

  // The same cut record followed by a newline is plain invalid JSON.
  items = ReadAll(kGood.substr(0, 30) + "\n");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].rejection.reason.rfind("invalid JSON: ", 0), 0u);
}

TEST(JsonLinesReaderTest, FiftyMegabyteLines) {
  constexpr size_t kSize = 50u << 20;
  std::string big_text(kSize, 'a');
  for (size_t i = 0; i < kSize; i += 80) big_text[i] = ' ';
  const std::string big_article =
      "{\"id\":\"big\",\"date\":\"2023-01-01\",\"text\":\"" + big_text + "\"}\n";
  std::string garbage(kSize, '{');
  for (size_t i = 0; i < kSize; i += 3) garbage[i] = '"';

  const auto start = std::chrono::steady_clock::now();
  const auto items = ReadAll(big_article + garbage + "\n" + kGood + "\n" + big_article);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(items.size(), 4u);
  ASSERT_EQ(items[0].status, Status::kArticle);
  EXPECT_EQ(items[0].article.text, big_text);
  ASSERT_EQ(items[1].status, Status::kRejected);
  EXPECT_EQ(items[1].rejection.line, 2u);
  EXPECT_EQ(items[1].rejection.raw.size(), kSize);
  EXPECT_EQ(items[1].rejection.reason.rfind("invalid JSON: ", 0), 0u);
  ASSERT_EQ(items[2].status, Status::kArticle);
  EXPECT_EQ(items[2].article.id, "a1");
  EXPECT_EQ(items[2].article.line, 3u);
  ASSERT_EQ(items[3].status, Status::kArticle);
  EXPECT_EQ(items[3].article.line, 4u);
  RecordProperty("seconds", std::to_string(seconds));
  EXPECT_LT(seconds, 60.0);  // generous: linear time even under sanitizers
}

TEST(JsonLinesReaderTest, ReadErrorIsReportedOnceThenEnd) {
  std::FILE* file = std::fopen("/dev/null", "w");  // reading a write-only stream fails
  ASSERT_NE(file, nullptr);
  JsonLinesReader reader(file, "out");
  Article article;
  Rejection rejection;
  ASSERT_EQ(reader.Next(&article, &rejection), Status::kRejected);
  EXPECT_EQ(rejection.line, 1u);
  EXPECT_EQ(rejection.reason.rfind("read error: ", 0), 0u) << rejection.reason;
  EXPECT_EQ(reader.Next(&article, &rejection), Status::kEnd);
  std::fclose(file);
}

TEST(ParseArticleJsonTest, AgreesWithTheReader) {
  const std::vector<std::string> lines = {
      kGood,
      "{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":\"\",\"title\":\"t\"}",
      "{\"id\":\"a\",\"date\":\"2023-02-30\",\"text\":\"x\"}",
      "{\"id\":\"a\"}",
      "[]",
      "{\"id\":\"a\xFF\"}",
      "{\"id\":",
      "{\"date\":\"2023-01-01\",\"text\":\"x\"}",
      "{\"id\":\"\",\"date\":\"2023-01-01\",\"text\":\"x\"}",
      "{\"id\":\"a\",\"date\":\"2023-01-01\",\"text\":1}",
  };
  for (const std::string& line : lines) {
    SCOPED_TRACE(line);
    Article article;
    std::string reason;
    const bool ok = ParseArticleJson(line, &article, &reason);
    const auto items = ReadAll(line + "\n");
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(ok, items[0].status == Status::kArticle);
    if (ok) {
      EXPECT_EQ(article.id, items[0].article.id);
      EXPECT_EQ(article.date, items[0].article.date);
      EXPECT_EQ(article.text, items[0].article.text);
      EXPECT_EQ(article.title, items[0].article.title);
    } else {
      EXPECT_EQ(reason, items[0].rejection.reason);
    }
  }
}

// A file in the temporary folder, removed at the end of the test.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    char name[] = "/tmp/khaldun_io_test_XXXXXX";
    const int fd = mkstemp(name);
    EXPECT_GE(fd, 0);
    path_ = name;
    EXPECT_EQ(write(fd, content.data(), content.size()), static_cast<ssize_t>(content.size()));
    close(fd);
  }
  ~TempFile() { unlink(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(ReadPlainTextArticleTest, ReadsTheWholeFile) {
  const std::string text = "First line.\r\nSecond line, caf\xC3\xA9.\n\nThird.";
  TempFile file(text);
  Article article;
  article.title = "stale";
  std::string reason;
  ASSERT_TRUE(ReadPlainTextArticle(file.path(), "doc1", "2023-05-06", &article, &reason)) << reason;
  EXPECT_EQ(article.id, "doc1");
  EXPECT_EQ(article.date, "2023-05-06");
  EXPECT_EQ(article.text, text);
  EXPECT_EQ(article.title, "");
  EXPECT_EQ(article.input_name, file.path());
  EXPECT_EQ(article.line, 0u);
}

TEST(ReadPlainTextArticleTest, EmptyFileIsAnEmptyArticle) {
  TempFile file("");
  Article article;
  std::string reason;
  ASSERT_TRUE(ReadPlainTextArticle(file.path(), "doc1", "2023-05-06", &article, &reason));
  EXPECT_EQ(article.text, "");
}

TEST(ReadPlainTextArticleTest, Errors) {
  Article article;
  std::string reason;
  EXPECT_FALSE(ReadPlainTextArticle("/nonexistent/x.txt", "d", "2023-01-01", &article, &reason));
  EXPECT_EQ(reason, "cannot open /nonexistent/x.txt: No such file or directory");

  TempFile bad_utf8("Hello \xE2\x82 world");
  EXPECT_FALSE(ReadPlainTextArticle(bad_utf8.path(), "d", "2023-01-01", &article, &reason));
  EXPECT_EQ(reason, bad_utf8.path() + " is not valid UTF-8 (first bad byte at offset 6)");

  TempFile good("text");
  EXPECT_FALSE(ReadPlainTextArticle(good.path(), "d", "2023-02-29", &article, &reason));
  EXPECT_NE(reason.find("got \"2023-02-29\""), std::string::npos) << reason;
  EXPECT_FALSE(ReadPlainTextArticle(good.path(), "", "2023-02-28", &article, &reason));
  EXPECT_EQ(reason, "empty \"id\"");
}

}  // namespace
}  // namespace khaldun::io
