#include "store/event_store.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <set>

#include "store/schema.h"
#include "when/civil_date.h"

namespace khaldun::store {
namespace {

constexpr int kMaxWriteAttempts = 8;

SqlParam Double(std::optional<double> v) {
  if (!v) return std::nullopt;
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *v);
  return std::string(buf, end);
}

// The country and the first sector of an actor code: "IRNGOV" -> IRN, GOV.
// CAMEO codes are built of three-character blocks, the first one the country
// (or a region, an IGO, "---" for unknown).
std::string CountryOf(const std::string& code) { return code.size() >= 3 ? code.substr(0, 3) : ""; }
std::string SectorOf(const std::string& code) { return code.size() >= 6 ? code.substr(3, 3) : ""; }

// The Monday of the date's week, "YYYY-MM-DD", and its month "YYYY-MM".
std::string WeekOf(const std::string& date) {
  std::optional<when::CivilDate> d = when::CivilDate::Parse(date);
  if (!d) return date;
  return d->AddDays(-d->Weekday()).ToString();
}
std::string MonthOf(const std::string& date) { return date.substr(0, 7); }

// Inserts many rows with few statements: one INSERT per chunk of rows.
// `suffix` follows the VALUES (ON CONFLICT ..., RETURNING ...), and `on_row`
// receives what RETURNING gives.
void InsertRows(SqlConnection* db, const std::string& table,
                const std::vector<std::string>& columns,
                const std::vector<std::vector<SqlParam>>& rows, const std::string& suffix = "",
                const std::function<void(const SqlRow&)>& on_row = nullptr) {
  if (rows.empty()) return;
  const size_t per_statement = std::max<size_t>(1, std::min<size_t>(256, 30000 / columns.size()));
  std::string head = "INSERT INTO " + table + " (";
  std::string tuple = "(";
  for (size_t c = 0; c < columns.size(); ++c) {
    head += (c ? ", " : "") + columns[c];
    tuple += c ? ", ?" : "?";
  }
  head += ") VALUES ";
  tuple += ")";
  for (size_t begin = 0; begin < rows.size(); begin += per_statement) {
    size_t end = std::min(rows.size(), begin + per_statement);
    std::string sql = head;
    std::vector<SqlParam> params;
    params.reserve((end - begin) * columns.size());
    for (size_t r = begin; r < end; ++r) {
      sql += (r > begin ? ", " : "") + tuple;
      params.insert(params.end(), rows[r].begin(), rows[r].end());
    }
    db->Run(sql + suffix, params, on_row);
  }
}

// CAMEO's role (sector) codes, the second block of an actor code. IGO, NGO,
// IMG and MNC open codes ("IGOUNO") and are matched as their first block.
bool IsSectorCode(const std::string& code) {
  static const std::set<std::string> kSectors = {
      "GOV", "MIL", "REB", "OPP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU", "HLH",
      "REF", "SPY", "LAB", "ELI", "COP", "INS", "UAF", "PTY", "AGR", "CRM", "DEV",
      "ENV", "HRI", "PKO", "REL", "SEP", "MOD", "RAD", "SET", "AMN"};
  return kSectors.count(code) > 0;
}

// The WHERE clause of a filter over events aliased `e`, and its parameters.
std::string WhereClause(const Filter& f, std::vector<SqlParam>* params) {
  std::string where = "1 = 1";
  auto add = [&](const std::string& condition, const std::string& value, int times = 1) {
    where += condition;
    for (int i = 0; i < times; ++i) params->push_back(value);
  };
  if (!f.from.empty()) add(" AND e.date >= ?", f.from);
  if (!f.to.empty()) add(" AND e.date <= ?", f.to);
  // An actor matches a side by its full code, country or sector. Countries
  // and sectors are three characters: a CAMEO role code ("GOV", "MIL") is
  // looked up among sectors, any other among countries, and a longer value
  // among full codes. One column per condition, so the covering indexes
  // serve a dyad ("IRN" to "ISR") without scanning.
  auto side = [](const std::string& value, const char* side) {
    std::string s = side;
    if (value.size() != 3) return "e." + s + " = ?";
    return "e." + s + (IsSectorCode(value) ? "_sector = ?" : "_country = ?");
  };
  auto times = [](const std::string&) { return 1; };
  if (!f.actor.empty())
    add((" AND (" + side(f.actor, "source") + " OR " + side(f.actor, "target") + ")"), f.actor,
        2 * times(f.actor));
  if (!f.source.empty()) add(" AND " + side(f.source, "source"), f.source, times(f.source));
  if (!f.target.empty()) add(" AND " + side(f.target, "target"), f.target, times(f.target));
  if (!f.cameo.empty()) add(" AND e.cameo = ?", f.cameo);
  if (!f.root.empty()) add(" AND e.root = ?", f.root);
  if (f.quad_class != 0) add(" AND e.quad_class = ?", std::to_string(f.quad_class));
  if (!f.place.empty()) add(" AND e.place = ?", f.place);
  if (!f.article_id.empty()) add(" AND e.article_id = ?", f.article_id);
  if (!f.text.empty()) {
    // A substring of the event's JSON line (sentence, actor words), with the
    // LIKE wildcards of the user's words escaped.
    std::string pattern = "%";
    for (char c : f.text) {
      if (c == '%' || c == '_' || c == '\\') pattern += '\\';
      pattern += c;
    }
    add(" AND LOWER(e.json) LIKE LOWER(?) ESCAPE '\\'", pattern + "%");
  }
  return where;
}

// The filtered events with a `mentions` column, after the de-duplication
// filter: the first event (in ingest order) of each group, counting the group.
std::string FilteredEvents(const Filter& f, Dedup dedup, std::vector<SqlParam>* params) {
  std::string where = WhereClause(f, params);
  if (dedup == Dedup::kNone) return "SELECT e.*, 1 AS mentions FROM events e WHERE " + where;
  std::string key = dedup == Dedup::kStory ? "e.article_id, e.source, e.target, e.cameo"
                                           : "e.date, e.source, e.target, e.cameo";
  return "SELECT * FROM (SELECT e.*, ROW_NUMBER() OVER (PARTITION BY " + key +
         " ORDER BY e.article_seq, e.event_index) AS rn, COUNT(*) OVER (PARTITION BY " + key +
         ") AS mentions FROM events e WHERE " + where + ") d WHERE d.rn = 1";
}

std::string Or(const std::optional<std::string>& v) { return v ? *v : std::string(); }
int64_t ToInt(const std::optional<std::string>& v) { return v ? std::stoll(*v) : 0; }

std::string FormatNumber(const std::optional<std::string>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", std::stod(*v));
  return buf;
}

}  // namespace

std::unique_ptr<EventStore> EventStore::Open(const std::string& location) {
  if (location.empty()) throw StoreError("no store given (--store PATH or postgresql://...)");
  bool pg = location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
  std::unique_ptr<SqlConnection> db = pg ? OpenPostgres(location) : OpenSqlite(location);
  Migrate(db.get());
  return std::make_unique<EventStore>(std::move(db));
}

EventStore::EventStore(std::unique_ptr<SqlConnection> db) : db_(std::move(db)) {}

void EventStore::Write(const std::vector<CodedArticle>& batch) {
  // Runs of distinct ids: an id met twice in one batch is written twice, in
  // order, the later replacing the earlier as in separate batches.
  std::vector<std::vector<const CodedArticle*>> groups(1);
  std::set<std::string> ids;
  for (const CodedArticle& a : batch) {
    if (!ids.insert(a.article.id).second) {
      groups.emplace_back();
      ids = {a.article.id};
    }
    groups.back().push_back(&a);
  }
  for (int attempt = 1;; ++attempt) {
    try {
      db_->Begin(/*exclusive=*/false);
      for (const auto& group : groups) WriteArticles(group);
      db_->Commit();
      return;
    } catch (const StoreError& e) {
      db_->Rollback();
      if (!e.retryable() || attempt == kMaxWriteAttempts) throw;
    }
  }
}

void EventStore::WriteArticles(const std::vector<const CodedArticle*>& articles) {
  if (articles.empty()) return;
  // Insert or update in place: a re-ingested article keeps its ingest order.
  // In PostgreSQL the row lock this takes serialises concurrent writers of
  // the same article id until commit, so the deletes below always see (and
  // remove) the other writer's rows: an article's events are never doubled.
  // A few statements per batch rather than per article: with a server, each
  // statement is a round trip.
  std::map<std::string, int64_t> seqs;
  std::vector<std::vector<SqlParam>> rows;
  for (const CodedArticle* coded : articles) {
    const io::Article& a = coded->article;
    rows.push_back({Text(a.id), Text(a.date), TextOrNull(a.title), TextOrNull(a.url),
                    TextOrNull(a.outlet), Text(a.text),
                    Int(static_cast<int64_t>(coded->events.size()))});
  }
  InsertRows(db_.get(), "articles", {"id", "date", "title", "url", "outlet", "text", "event_count"},
             rows,
             " ON CONFLICT (id) DO UPDATE SET date = excluded.date, title = excluded.title,"
             " url = excluded.url, outlet = excluded.outlet, text = excluded.text,"
             " event_count = excluded.event_count RETURNING id, seq",
             [&](const SqlRow& row) { seqs[Or(row[0])] = ToInt(row[1]); });
  for (const char* table : {"events", "actors", "evidence", "sentences"}) {
    for (size_t begin = 0; begin < articles.size(); begin += 500) {
      size_t end = std::min(articles.size(), begin + 500);
      std::string sql = std::string("DELETE FROM ") + table + " WHERE article_id IN (";
      std::vector<SqlParam> params;
      for (size_t i = begin; i < end; ++i) {
        sql += i > begin ? ", ?" : "?";
        params.push_back(Text(articles[i]->article.id));
      }
      db_->Run(sql + ")", params);
    }
  }

  std::vector<std::vector<SqlParam>> events, actors, evidence, sentences;
  for (const CodedArticle* coded : articles) {
    const io::Article& a = coded->article;
    auto found = seqs.find(a.id);
    if (found == seqs.end()) throw StoreError("article " + a.id + " was not stored");
    const int64_t seq = found->second;
    std::set<int> sentence_seen;
    for (size_t i = 0; i < coded->events.size(); ++i) {
      const StoredEvent& e = coded->events[i];
      const SqlParam index = Int(static_cast<int64_t>(i));
      events.push_back({Text(a.id),
                        index,
                        Int(seq),
                        Int(e.sentence_index),
                        TextOrNull(e.source.code),
                        TextOrNull(CountryOf(e.source.code)),
                        TextOrNull(SectorOf(e.source.code)),
                        TextOrNull(e.target.code),
                        TextOrNull(CountryOf(e.target.code)),
                        TextOrNull(SectorOf(e.target.code)),
                        TextOrNull(e.source.text),
                        TextOrNull(e.target.text),
                        Text(e.cameo),
                        TextOrNull(e.root),
                        e.quad_class ? Int(e.quad_class) : std::nullopt,
                        Double(e.goldstein),
                        Text(e.date),
                        Text(WeekOf(e.date)),
                        Text(MonthOf(e.date)),
                        TextOrNull(e.place),
                        Double(e.latitude),
                        Double(e.longitude),
                        Text(e.json)});
      for (const auto& [role, actor] : {std::pair{"source", &e.source}, {"target", &e.target}}) {
        if (actor->code.empty()) continue;
        actors.push_back({Text(a.id), index, Text(role), Text(actor->code), Text(actor->text),
                          Int(actor->start), Int(actor->end), Text(actor->how)});
      }
      evidence.push_back({Text(a.id), index, Text(e.mode), Text(e.pattern), Text(e.words),
                          Text(e.entry_where), TextOrNull(e.date_text),
                          Int(e.date_from_context ? 1 : 0)});
      if (sentence_seen.insert(e.sentence_index).second)
        sentences.push_back({Text(a.id), Int(e.sentence_index), Int(e.sentence_start),
                             Int(e.sentence_end), Text(e.sentence_text)});
    }
  }
  InsertRows(db_.get(), "events",
             {"article_id",     "event_index",   "article_seq", "sentence_index", "source",
              "source_country", "source_sector", "target",      "target_country", "target_sector",
              "source_name",    "target_name",   "cameo",       "root",           "quad_class",
              "goldstein",      "date",          "week",        "month",          "place",
              "latitude",       "longitude",     "json"},
             events);
  InsertRows(
      db_.get(), "actors",
      {"article_id", "event_index", "role", "code", "text", "start_offset", "end_offset", "how"},
      actors);
  InsertRows(db_.get(), "evidence",
             {"article_id", "event_index", "mode", "pattern", "words", "entry_where", "date_text",
              "date_from_context"},
             evidence);
  InsertRows(db_.get(), "sentences",
             {"article_id", "sentence_index", "start_offset", "end_offset", "text"}, sentences);
}

std::string EventStore::Setting(const std::string& key) {
  std::string value;
  db_->Run("SELECT value FROM settings WHERE key = ?", {Text(key)},
           [&](const SqlRow& row) { value = Or(row[0]); });
  return value;
}

void EventStore::SetSetting(const std::string& key, const std::string& value) {
  db_->Run(
      "INSERT INTO settings (key, value) VALUES (?, ?)"
      " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      {Text(key), Text(value)});
}

void EventStore::ForEachEvent(const Filter& filter, Dedup dedup,
                              const std::function<void(const EventRecord&)>& on_event) {
  ForEachEventPage(filter, dedup, 0, -1, on_event);
}

void EventStore::ForEachEventPage(const Filter& filter, Dedup dedup, int64_t offset, int64_t limit,
                                  const std::function<void(const EventRecord&)>& on_event) {
  std::vector<SqlParam> params;
  std::string sql =
      "SELECT x.article_id, x.event_index, x.sentence_index, x.source, x.source_country,"
      " x.source_sector, x.source_name, x.target, x.target_country, x.target_sector,"
      " x.target_name, x.cameo, x.root, x.quad_class, x.goldstein, x.date, x.place, a.url,"
      " x.json, x.mentions FROM (" +
      FilteredEvents(filter, dedup, &params) +
      ") x LEFT JOIN articles a ON a.seq = x.article_seq ORDER BY x.article_seq, x.event_index";
  if (limit >= 0) {
    sql += " LIMIT ? OFFSET ?";
    params.push_back(Int(limit));
    params.push_back(Int(offset));
  }
  EventRecord r;
  db_->Run(sql, params, [&](const SqlRow& row) {
    r.article_id = Or(row[0]);
    r.event_index = static_cast<int>(ToInt(row[1]));
    r.sentence_index = static_cast<int>(ToInt(row[2]));
    r.source = Or(row[3]);
    r.source_country = Or(row[4]);
    r.source_sector = Or(row[5]);
    r.source_name = Or(row[6]);
    r.target = Or(row[7]);
    r.target_country = Or(row[8]);
    r.target_sector = Or(row[9]);
    r.target_name = Or(row[10]);
    r.cameo = Or(row[11]);
    r.root = Or(row[12]);
    r.quad_class = static_cast<int>(ToInt(row[13]));
    r.goldstein = row[14] ? std::optional<double>(std::stod(*row[14])) : std::nullopt;
    r.date = Or(row[15]);
    r.place = Or(row[16]);
    r.url = Or(row[17]);
    r.json = Or(row[18]);
    r.mentions = ToInt(row[19]);
    on_event(r);
  });
}

Table EventStore::Aggregate(const Filter& filter, Dedup dedup, const Aggregation& aggregation) {
  Table table;
  std::vector<std::string> keys;
  switch (aggregation.period) {
    case Period::kDay:
      keys.push_back("date");
      break;
    case Period::kWeek:
      keys.push_back("week");
      break;
    case Period::kMonth:
      keys.push_back("month");
      break;
    case Period::kNone:
      break;
  }
  if (aggregation.period != Period::kNone) table.columns.push_back("period");
  switch (aggregation.group) {
    case Group::kDyad:
      keys.insert(keys.end(), {"source", "target"});
      break;
    case Group::kSource:
      keys.push_back("source");
      break;
    case Group::kTarget:
      keys.push_back("target");
      break;
    case Group::kCameo:
      keys.push_back("cameo");
      break;
    case Group::kRoot:
      keys.push_back("root");
      break;
    case Group::kQuadClass:
      keys.push_back("quad_class");
      break;
    case Group::kNone:
      break;
  }
  for (size_t i = table.columns.size(); i < keys.size(); ++i) table.columns.push_back(keys[i]);
  std::string key_list;
  for (const std::string& k : keys) key_list += (key_list.empty() ? "x." : ", x.") + k;

  std::vector<SqlParam> params;
  std::string sql = "SELECT " + (key_list.empty() ? "" : key_list + ", ") +
                    "COUNT(*), SUM(x.mentions), SUM(x.goldstein), AVG(x.goldstein) FROM (" +
                    FilteredEvents(filter, dedup, &params) + ") x";
  if (!key_list.empty()) sql += " GROUP BY " + key_list;
  for (const char* c : {"events", "mentions", "goldstein_sum", "goldstein_mean"})
    table.columns.push_back(c);
  const size_t n = keys.size();
  db_->Run(sql, params, [&](const SqlRow& row) {
    if (row[n] && *row[n] == "0") return;  // an empty ungrouped count
    std::vector<std::optional<std::string>> out(row.begin(), row.begin() + n + 2);
    out.push_back(row[n + 2] ? std::optional<std::string>(FormatNumber(row[n + 2])) : std::nullopt);
    out.push_back(row[n + 3] ? std::optional<std::string>(FormatNumber(row[n + 3])) : std::nullopt);
    table.rows.push_back(std::move(out));
  });
  // Sorted here, bytewise, rather than with ORDER BY: PostgreSQL would sort
  // by the server's collation, which may ignore the '-' of "---" codes.
  std::sort(table.rows.begin(), table.rows.end(), [n](const auto& a, const auto& b) {
    return std::lexicographical_compare(a.begin(), a.begin() + n, b.begin(), b.begin() + n);
  });
  return table;
}

int64_t EventStore::CountArticles() {
  int64_t n = 0;
  db_->Run("SELECT COUNT(*) FROM articles", {}, [&](const SqlRow& row) { n = ToInt(row[0]); });
  return n;
}

int64_t EventStore::CountEvents() {
  int64_t n = 0;
  db_->Run("SELECT COUNT(*) FROM events", {}, [&](const SqlRow& row) { n = ToInt(row[0]); });
  return n;
}

}  // namespace khaldun::store
