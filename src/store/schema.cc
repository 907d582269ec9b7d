#include "store/schema.h"

#include <string>
#include <vector>

#include "store/store.h"

namespace khaldun::store {
namespace {

// Written once for both databases; {SERIAL} and {DOUBLE} are the only words
// that differ. Never edit a migration that has shipped: add a new one.
const std::vector<std::string>& Migrations() {
  static const std::vector<std::string> kMigrations = {
      // 1: articles, the sentences events came from, events, their actors and evidence.
      R"(
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE articles (
  seq {SERIAL},
  id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  title TEXT,
  url TEXT,
  outlet TEXT,
  text TEXT NOT NULL,
  event_count INTEGER NOT NULL
);
CREATE TABLE sentences (
  article_id TEXT NOT NULL,
  sentence_index INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, sentence_index)
);
CREATE TABLE events (
  article_id TEXT NOT NULL,
  event_index INTEGER NOT NULL,
  article_seq BIGINT NOT NULL,
  sentence_index INTEGER NOT NULL,
  source TEXT,
  source_country TEXT,
  source_sector TEXT,
  target TEXT,
  target_country TEXT,
  target_sector TEXT,
  source_name TEXT,
  target_name TEXT,
  cameo TEXT NOT NULL,
  root TEXT,
  quad_class INTEGER,
  goldstein {DOUBLE},
  date TEXT NOT NULL,
  week TEXT NOT NULL,
  month TEXT NOT NULL,
  place TEXT,
  latitude {DOUBLE},
  longitude {DOUBLE},
  json TEXT NOT NULL,
  PRIMARY KEY (article_id, event_index)
);
CREATE INDEX events_order ON events (article_seq, event_index);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_dyad ON events (source, target, month, goldstein);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_country_dyad ON events (source_country, target_country, month, goldstein);
CREATE INDEX events_target_country ON events (target_country);
CREATE INDEX events_source_sector ON events (source_sector);
CREATE INDEX events_target_sector ON events (target_sector);
CREATE INDEX events_cameo ON events (cameo);
CREATE TABLE actors (
  article_id TEXT NOT NULL,
  event_index INTEGER NOT NULL,
  role TEXT NOT NULL,
  code TEXT NOT NULL,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  how TEXT NOT NULL,
  PRIMARY KEY (article_id, event_index, role)
);
CREATE TABLE evidence (
  article_id TEXT NOT NULL,
  event_index INTEGER NOT NULL,
  mode TEXT NOT NULL,
  pattern TEXT NOT NULL,
  words TEXT NOT NULL,
  entry_where TEXT NOT NULL,
  date_text TEXT,
  date_from_context INTEGER NOT NULL,
  PRIMARY KEY (article_id, event_index)
);
)",
      // 2: one country on either side, over time (GET /api/events?actor=RUS,
      // GET /api/timeseries?country=RUS, khaldun query --actor RUS): each
      // side's country with the columns those filters and series read.
      R"(
CREATE INDEX events_source_country_time ON events (source_country, date, root, quad_class, week, month, goldstein);
CREATE INDEX events_target_country_time ON events (target_country, date, root, quad_class, week, month, goldstein);
)",
  };
  return kMigrations;
}

std::string ForDialect(std::string sql, Dialect dialect) {
  auto replace = [&](const std::string& word, const std::string& by) {
    for (size_t at = sql.find(word); at != std::string::npos; at = sql.find(word, at))
      sql.replace(at, word.size(), by);
  };
  bool pg = dialect == Dialect::kPostgres;
  replace("{SERIAL}", pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT");
  replace("{DOUBLE}", pg ? "DOUBLE PRECISION" : "REAL");
  return sql;
}

int ReadVersion(SqlConnection* db) {
  int version = 0;
  db->Run("SELECT MAX(version) FROM schema_version", {}, [&](const SqlRow& row) {
    if (row[0]) version = std::stoi(*row[0]);
  });
  return version;
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(Migrations().size()); }

int CurrentSchemaVersion(SqlConnection* db) {
  db->Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)");
  return ReadVersion(db);
}

void Migrate(SqlConnection* db) {
  db->Begin(/*exclusive=*/true);
  try {
    int version = CurrentSchemaVersion(db);
    if (version > LatestSchemaVersion())
      throw StoreError("the store has schema version " + std::to_string(version) +
                       " but this Khaldun knows only up to " +
                       std::to_string(LatestSchemaVersion()) + "; use a newer Khaldun");
    for (int v = version + 1; v <= LatestSchemaVersion(); ++v) {
      db->Execute(ForDialect(Migrations()[v - 1], db->dialect()));
      db->Run("INSERT INTO schema_version (version) VALUES (?)", {Int(v)});
    }
    db->Commit();
  } catch (...) {
    db->Rollback();
    throw;
  }
}

}  // namespace khaldun::store
