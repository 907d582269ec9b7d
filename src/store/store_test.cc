// The store's behaviour, the same cases against SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/event_store.h"
#include "store/export.h"
#include "store/schema.h"
#include "store/test_store.h"

namespace khaldun::store {
namespace {

// An event written by hand: root, QuadClass and Goldstein as the CAMEO table
// has them for the codes used (111 criticize: 11, 3, -2; 036 express intent
// to meet: 03, 1, 4; 190 use conventional force: 19, 4, -10).
StoredEvent Ev(const std::string& source, const std::string& target, const std::string& cameo,
               const std::string& date, int sentence = 0) {
  StoredEvent e;
  e.sentence_index = sentence;
  e.sentence_start = 0;
  e.sentence_end = 10;
  e.sentence_text = "Sentence " + std::to_string(sentence);
  e.source = {source, source + " words", 0, 5, "dictionary"};
  if (!target.empty()) e.target = {target, target + " words", 6, 9, "dictionary"};
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.quad_class = cameo == "111" ? 3 : cameo == "036" ? 1 : 4;
  e.goldstein = cameo == "111" ? -2.0 : cameo == "036" ? 4.0 : -10.0;
  e.date = date;
  e.mode = "verb";
  e.pattern = "condemn";
  e.words = "condemned";
  e.entry_where = "verbs.txt:1";
  e.json = "{\"src\":\"" + source + "\",\"cameo\":\"" + cameo + "\",\"date\":\"" + date + "\"}";
  return e;
}

CodedArticle Art(const std::string& id, std::vector<StoredEvent> events,
                 const std::string& url = "") {
  CodedArticle a;
  a.article.id = id;
  a.article.date = "2023-04-08";
  a.article.text = "Text of " + id;
  a.article.url = url;
  a.events = std::move(events);
  return a;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string skip;
    test_store_ = TestStore::Make(GetParam(), &skip);
    if (!test_store_) GTEST_SKIP() << skip;
    store_ = EventStore::Open(test_store_->location());
  }

  std::vector<EventRecord> Read(const Filter& f = {}, Dedup dedup = Dedup::kNone) {
    std::vector<EventRecord> out;
    store_->ForEachEvent(f, dedup, [&](const EventRecord& e) { out.push_back(e); });
    return out;
  }

  // "doc:source>target:cameo" for each event read, a compact form to compare.
  std::vector<std::string> Keys(const Filter& f = {}, Dedup dedup = Dedup::kNone) {
    std::vector<std::string> out;
    for (const EventRecord& e : Read(f, dedup))
      out.push_back(e.article_id + ":" + e.source + ">" + e.target + ":" + e.cameo +
                    (dedup == Dedup::kNone ? "" : "x" + std::to_string(e.mentions)));
    return out;
  }

  std::unique_ptr<TestStore> test_store_;
  std::unique_ptr<EventStore> store_;
};

TEST_P(StoreTest, OpensAtTheLatestSchemaVersionAndReopens) {
  // Version 1 made the tables, version 2 added the country-over-time indexes.
  EXPECT_EQ(CurrentSchemaVersion(store_->connection()), 2);
  EXPECT_EQ(LatestSchemaVersion(), 2);
  store_.reset();
  store_ = EventStore::Open(test_store_->location());  // nothing left to migrate
  EXPECT_EQ(CurrentSchemaVersion(store_->connection()), 2);
  EXPECT_EQ(store_->CountEvents(), 0);
}

TEST_P(StoreTest, RefusesAStoreFromANewerKhaldun) {
  store_->connection()->Run("INSERT INTO schema_version (version) VALUES (?)", {Int(99)});
  store_.reset();
  try {
    EventStore::Open(test_store_->location());
    FAIL() << "opened a store of schema version 99";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("schema version 99"), std::string::npos) << e.what();
  }
}

TEST_P(StoreTest, ReadsBackEventsInIngestOrderWithActorParts) {
  store_->Write(
      {Art("b",
           {Ev("IRNGOV", "ISR", "111", "2023-04-08"), Ev("USA", "IRNMIL", "036", "2023-04-07", 2)},
           "https://example.org/b"),
       Art("a", {Ev("ISRMIL", "PSE", "190", "2023-04-09")})});
  std::vector<EventRecord> events = Read();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].article_id, "b");
  EXPECT_EQ(events[0].source, "IRNGOV");
  EXPECT_EQ(events[0].source_country, "IRN");
  EXPECT_EQ(events[0].source_sector, "GOV");
  EXPECT_EQ(events[0].source_name, "IRNGOV words");
  EXPECT_EQ(events[0].target_country, "ISR");
  EXPECT_EQ(events[0].target_sector, "");
  EXPECT_EQ(events[0].root, "11");
  EXPECT_EQ(events[0].quad_class, 3);
  EXPECT_EQ(events[0].goldstein, -2.0);
  EXPECT_EQ(events[0].url, "https://example.org/b");
  EXPECT_EQ(events[0].json, R"({"src":"IRNGOV","cameo":"111","date":"2023-04-08"})");
  EXPECT_EQ(events[1].sentence_index, 2);
  EXPECT_EQ(events[1].event_index, 1);
  EXPECT_EQ(events[2].article_id, "a");  // ingest order, not id order
  EXPECT_EQ(store_->CountArticles(), 2);
}

TEST_P(StoreTest, RewritingAnArticleReplacesItsEventsAndKeepsItsPlace) {
  store_->Write(
      {Art("a", {Ev("IRN", "ISR", "111", "2023-04-08"), Ev("ISR", "IRN", "111", "2023-04-08")}),
       Art("b", {Ev("USA", "IRN", "036", "2023-04-08")})});
  store_->Write({Art("a", {Ev("IRN", "USA", "036", "2023-04-08")})});
  store_->Write({Art("a", {Ev("IRN", "USA", "036", "2023-04-08")})});
  EXPECT_EQ(Keys(), (std::vector<std::string>{"a:IRN>USA:036", "b:USA>IRN:036"}));
  EXPECT_EQ(store_->CountArticles(), 2);
  int64_t actors = 0;
  store_->connection()->Run("SELECT COUNT(*) FROM actors WHERE article_id = ?", {Text("a")},
                            [&](const SqlRow& r) { actors = std::stoll(*r[0]); });
  EXPECT_EQ(actors, 2);  // one source and one target, the old ones gone
}

TEST_P(StoreTest, AnArticleWithoutEventsIsStoredAndClearsOldEvents) {
  store_->Write({Art("a", {Ev("IRN", "ISR", "111", "2023-04-08")})});
  store_->Write({Art("a", {})});
  EXPECT_EQ(store_->CountArticles(), 1);
  EXPECT_EQ(store_->CountEvents(), 0);
}

// Two articles repeating one event: a story keeps one per article, a day one per date.
void WriteRepeats(EventStore* store) {
  store->Write(
      {Art("a",
           {Ev("IRN", "ISR", "111", "2023-04-08"), Ev("IRN", "ISR", "111", "2023-04-08", 1),
            Ev("IRN", "ISR", "190", "2023-04-08", 1), Ev("ISR", "IRN", "111", "2023-04-09", 2)}),
       Art("b",
           {Ev("IRN", "ISR", "111", "2023-04-08"), Ev("IRN", "ISR", "111", "2023-04-10", 3)})});
}

TEST_P(StoreTest, StoryFilterKeepsOneEventPerArticleDyadAndCode) {
  WriteRepeats(store_.get());
  EXPECT_EQ(Keys({}, Dedup::kStory),
            (std::vector<std::string>{"a:IRN>ISR:111x2", "a:IRN>ISR:190x1", "a:ISR>IRN:111x1",
                                      "b:IRN>ISR:111x2"}));
  std::vector<EventRecord> kept = Read({}, Dedup::kStory);
  EXPECT_EQ(kept[0].sentence_index, 0);  // the first mention is the one kept
  EXPECT_EQ(store_->CountEvents(), 6);   // raw events stay stored
}

TEST_P(StoreTest, DayFilterKeepsOneEventPerDateDyadAndCodeAcrossArticles) {
  WriteRepeats(store_.get());
  EXPECT_EQ(Keys({}, Dedup::kDay),
            (std::vector<std::string>{"a:IRN>ISR:111x3", "a:IRN>ISR:190x1", "a:ISR>IRN:111x1",
                                      "b:IRN>ISR:111x1"}));
}

TEST_P(StoreTest, DedupCountsOnlyTheFilteredEvents) {
  WriteRepeats(store_.get());
  Filter f;
  f.article_id = "b";
  EXPECT_EQ(Keys(f, Dedup::kDay), (std::vector<std::string>{"b:IRN>ISR:111x1", "b:IRN>ISR:111x1"}));
}

void WriteSectors(EventStore* store) {
  store->Write({Art(
      "c", {Ev("IRNGOV", "ISRMIL", "111", "2023-04-08"), Ev("USAGOV", "IRN", "036", "2023-04-09"),
            Ev("ISRMIL", "PSE", "190", "2023-04-10")})});
}

TEST_P(StoreTest, FiltersByActorCountrySectorDyadCodeRootQuadAndDate) {
  WriteSectors(store_.get());
  auto keys = [&](auto set) {
    Filter f;
    set(&f);
    return Keys(f);
  };
  const std::string c0 = "c:IRNGOV>ISRMIL:111", c1 = "c:USAGOV>IRN:036", c2 = "c:ISRMIL>PSE:190";
  using V = std::vector<std::string>;
  EXPECT_EQ(keys([](Filter* f) { f->actor = "GOV"; }), (V{c0, c1}));
  EXPECT_EQ(keys([](Filter* f) { f->actor = "MIL"; }), (V{c0, c2}));
  EXPECT_EQ(keys([](Filter* f) { f->actor = "IRN"; }), (V{c0, c1}));
  EXPECT_EQ(keys([](Filter* f) { f->actor = "ISRMIL"; }), (V{c0, c2}));
  EXPECT_EQ(keys([](Filter* f) { f->actor = "PSE"; }), (V{c2}));
  EXPECT_EQ(keys([](Filter* f) { f->source = "ISR"; }), (V{c2}));
  EXPECT_EQ(keys([](Filter* f) { f->target = "IRN"; }), (V{c1}));
  EXPECT_EQ(keys([](Filter* f) {
              f->source = "IRN";
              f->target = "ISR";
            }),
            (V{c0}));
  EXPECT_EQ(keys([](Filter* f) { f->cameo = "036"; }), (V{c1}));
  EXPECT_EQ(keys([](Filter* f) { f->root = "19"; }), (V{c2}));
  EXPECT_EQ(keys([](Filter* f) { f->quad_class = 3; }), (V{c0}));
  EXPECT_EQ(keys([](Filter* f) { f->from = "2023-04-09"; }), (V{c1, c2}));
  EXPECT_EQ(keys([](Filter* f) { f->to = "2023-04-09"; }), (V{c0, c1}));
  EXPECT_EQ(keys([](Filter* f) {
              f->from = "2023-04-09";
              f->to = "2023-04-09";
            }),
            (V{c1}));
  EXPECT_EQ(keys([](Filter* f) { f->place = "Tehran"; }), V{});
}

TEST_P(StoreTest, ValuesWithSqlMetacharactersAreDataNotSql) {
  const std::string id = "x'); DROP TABLE events; --";
  store_->Write({Art(id, {Ev("IRN", "ISR", "111", "2023-04-08")})});
  Filter f;
  f.article_id = id;
  EXPECT_EQ(Keys(f), (std::vector<std::string>{id + ":IRN>ISR:111"}));
  f = Filter();
  f.actor = "IRN' OR '1'='1";  // never valid, but even unchecked it matches nothing
  EXPECT_TRUE(Keys(f).empty());
  EXPECT_EQ(store_->CountEvents(), 1);
}

void WriteMonths(EventStore* store) {
  store->Write(
      {Art("a", {Ev("IRN", "ISR", "111", "2023-04-08"), Ev("IRN", "ISR", "190", "2023-04-20"),
                 Ev("ISR", "IRN", "036", "2023-05-02")}),
       Art("b", {Ev("IRN", "ISR", "111", "2023-05-03"), Ev("IRN", "ISR", "036", "2023-05-04")})});
}

using Rows = std::vector<std::vector<std::optional<std::string>>>;

TEST_P(StoreTest, AggregatesDyadsByMonth) {
  WriteMonths(store_.get());
  Table t = store_->Aggregate({}, Dedup::kNone, {Period::kMonth, Group::kDyad});
  EXPECT_EQ(t.columns, (std::vector<std::string>{"period", "source", "target", "events", "mentions",
                                                 "goldstein_sum", "goldstein_mean"}));
  EXPECT_EQ(t.rows, (Rows{{"2023-04", "IRN", "ISR", "2", "2", "-12.000", "-6.000"},
                          {"2023-05", "IRN", "ISR", "2", "2", "2.000", "1.000"},
                          {"2023-05", "ISR", "IRN", "1", "1", "4.000", "4.000"}}));
}

TEST_P(StoreTest, AggregatesByWeekStartingMondayAndByDay) {
  WriteMonths(store_.get());
  Table t = store_->Aggregate({}, Dedup::kNone, {Period::kWeek, Group::kNone});
  EXPECT_EQ(t.rows, (Rows{{"2023-04-03", "1", "1", "-2.000", "-2.000"},
                          {"2023-04-17", "1", "1", "-10.000", "-10.000"},
                          {"2023-05-01", "3", "3", "6.000", "2.000"}}));
  Filter f;
  f.from = "2023-05-03";
  t = store_->Aggregate(f, Dedup::kNone, {Period::kDay, Group::kRoot});
  EXPECT_EQ(t.rows, (Rows{{"2023-05-03", "11", "1", "1", "-2.000", "-2.000"},
                          {"2023-05-04", "03", "1", "1", "4.000", "4.000"}}));
}

TEST_P(StoreTest, AggregatesAfterTheDedupFilter) {
  WriteRepeats(store_.get());
  Table t = store_->Aggregate({}, Dedup::kStory, {Period::kNone, Group::kCameo});
  // Story filter: 111 kept three times (standing for 5 events), 190 once.
  EXPECT_EQ(t.rows,
            (Rows{{"111", "3", "5", "-6.000", "-2.000"}, {"190", "1", "1", "-10.000", "-10.000"}}));
  t = store_->Aggregate({}, Dedup::kNone, {Period::kNone, Group::kQuadClass});
  EXPECT_EQ(t.rows,
            (Rows{{"3", "5", "5", "-10.000", "-2.000"}, {"4", "1", "1", "-10.000", "-10.000"}}));
}

TEST_P(StoreTest, ExportsGdeltRows) {
  store_->Write({Art("c",
                     {Ev("IRNGOV", "ISRMIL", "111", "2023-04-08"),
                      Ev("USAGOVMIL", "IRN", "0311", "2023-05-04", 2)},
                     "https://example.org/c")});
  std::vector<EventRecord> events = Read();
  ASSERT_EQ(events.size(), 2u);
  auto fields = [](const std::string& row) {
    std::vector<std::string> out(1);
    for (char c : row) {
      if (c == '\t') {
        out.emplace_back();
      } else {
        out.back() += c;
      }
    }
    return out;
  };
  std::vector<std::string> f = fields(GdeltRow(events[0], Dedup::kNone, 7));
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[0], "7");
  EXPECT_EQ(f[1], "20230408");
  EXPECT_EQ(f[2], "202304");
  EXPECT_EQ(f[3], "2023");
  EXPECT_EQ(f[4], "2023.2685");  // day 98 of 365
  EXPECT_EQ(f[5], "IRNGOV");
  EXPECT_EQ(f[6], "IRNGOV words");
  EXPECT_EQ(f[7], "IRN");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[15], "ISRMIL");
  EXPECT_EQ(f[17], "ISR");
  EXPECT_EQ(f[22], "MIL");
  EXPECT_EQ(f[25], "1");  // the lead sentence
  EXPECT_EQ(f[26], "111");
  EXPECT_EQ(f[27], "111");
  EXPECT_EQ(f[28], "11");
  EXPECT_EQ(f[29], "3");
  EXPECT_EQ(f[30], "-2");
  EXPECT_EQ(f[31], "1");
  EXPECT_EQ(f[34], "");  // no tone
  EXPECT_EQ(f[59], "20230408000000");
  EXPECT_EQ(f[60], "https://example.org/c");
  f = fields(GdeltRow(events[1], Dedup::kNone, 8));
  EXPECT_EQ(f[7], "USA");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[13], "MIL");
  EXPECT_EQ(f[25], "0");
  EXPECT_EQ(f[26], "0311");
  EXPECT_EQ(f[27], "031");
  EXPECT_EQ(f[28], "03");
  EXPECT_EQ(f[15], "IRN");
  EXPECT_EQ(f[17], "IRN");
  EXPECT_EQ(f[22], "");
  store_->Write({Art("d", {Ev("IGOUNO", "---REB", "111", "2023-04-08")})});
  f = fields(GdeltRow(Read()[2], Dedup::kNone, 9));
  EXPECT_EQ(f[7], "");  // an organisation, no country
  EXPECT_EQ(f[12], "IGO");
  EXPECT_EQ(f[13], "UNO");
  EXPECT_EQ(f[17], "");  // unknown country
  EXPECT_EQ(f[22], "REB");
}

TEST_P(StoreTest, ExportsJsonLinesAsStoredAndMentionsWhenDeduplicated) {
  store_->Write({Art(
      "a", {Ev("IRN", "ISR", "111", "2023-04-08"), Ev("IRN", "ISR", "111", "2023-04-08", 1)})});
  std::FILE* f = std::tmpfile();
  EXPECT_EQ(ExportEvents(store_.get(), {}, Dedup::kNone, ExportFormat::kJsonl, f), 2u);
  EXPECT_EQ(ExportEvents(store_.get(), {}, Dedup::kStory, ExportFormat::kJsonl, f), 1u);
  std::rewind(f);
  std::string text;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  std::fclose(f);
  const std::string line = R"({"src":"IRN","cameo":"111","date":"2023-04-08")";
  EXPECT_EQ(text, line + "}\n" + line + "}\n" + line + ",\"mentions\":2}\n");
}

TEST_P(StoreTest, ReadsBackMoreEventsThanOnePageInOrder) {
  // PostgreSQL reads through a cursor 5,000 rows at a time: 6,000 events take two pages.
  std::vector<CodedArticle> batch;
  for (int a = 0; a < 300; ++a) {
    std::vector<StoredEvent> events;
    for (int i = 0; i < 20; ++i) events.push_back(Ev("IRN", "ISR", "111", "2023-04-08", i));
    batch.push_back(Art("art" + std::to_string(a), std::move(events)));
  }
  store_->Write(batch);
  int n = 0;
  bool in_order = true;
  store_->ForEachEvent({}, Dedup::kNone, [&](const EventRecord& e) {
    in_order =
        in_order && e.article_id == "art" + std::to_string(n / 20) && e.event_index == n % 20;
    ++n;
  });
  EXPECT_EQ(n, 6000);
  EXPECT_TRUE(in_order);
  EXPECT_EQ(Read({}, Dedup::kDay).at(0).mentions, 6000);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(CsvTest, QuotesFieldsWithCommasQuotesAndLineBreaks) {
  std::string line;
  AppendCsvField("plain", &line);
  line += ',';
  AppendCsvField("a,\"b\"", &line);
  line += ',';
  AppendCsvField("two\nlines", &line);
  EXPECT_EQ(line, "plain,\"a,\"\"b\"\"\",\"two\nlines\"");
}

class ValidateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    codebook_ =
        cameo::Codebook::Load(std::string(KHALDUN_DATA_DIR) + "/cameo/cameo_events.tsv", &error);
    ASSERT_NE(codebook_, nullptr) << error;
  }
  std::string Error(const Filter& f) {
    std::string error;
    EXPECT_FALSE(ValidateFilter(f, *codebook_, &error));
    return error;
  }
  std::unique_ptr<cameo::Codebook> codebook_;
};

TEST_F(ValidateTest, AcceptsAGoodFilter) {
  Filter f;
  f.from = "2023-01-01";
  f.to = "2023-12-31";
  f.actor = "IRNGOV";
  f.source = "---";
  f.cameo = "0311";
  f.root = "20";
  f.quad_class = 4;
  std::string error;
  EXPECT_TRUE(ValidateFilter(f, *codebook_, &error)) << error;
}

TEST_F(ValidateTest, NamesTheOptionAndTheBadValue) {
  Filter f;
  f.cameo = "999";
  EXPECT_EQ(Error(f),
            "--cameo: unknown CAMEO event code \"999\" (codes are 2 to 4 digits from the CAMEO "
            "codebook, like 111 or 0311)");
  f = Filter();
  f.from = "2023-02-30";
  EXPECT_EQ(Error(f), "--from must be a real day as YYYY-MM-DD, got \"2023-02-30\"");
  f.from = "2023-1-5";
  EXPECT_EQ(Error(f), "--from must be a real day as YYYY-MM-DD, got \"2023-1-5\"");
  f = Filter();
  f.from = "2023-05-01";
  f.to = "2023-04-01";
  EXPECT_EQ(Error(f), "--to 2023-04-01 is before --from 2023-05-01");
  f = Filter();
  f.actor = "IRN'; DROP TABLE events; --";
  EXPECT_NE(Error(f).find("--actor must be a CAMEO actor code"), std::string::npos);
  f.actor = "irngov";
  EXPECT_NE(Error(f).find("got \"irngov\""), std::string::npos);
  f = Filter();
  f.target = "IRNG";
  EXPECT_NE(Error(f).find("--target must be"), std::string::npos);
  f = Filter();
  f.root = "21";
  EXPECT_EQ(Error(f), "--root must be a CAMEO root code from 01 to 20, got \"21\"");
  f.root = "00";
  EXPECT_FALSE(Error(f).empty());
}

}  // namespace
}  // namespace khaldun::store
