// SqlConnection over SQLite: WAL journal so readers never block the writer,
// a busy timeout so concurrent ingests into one file wait their turn, and a
// cache of prepared statements (the store runs the same few many times).
#include <sqlite3.h>

#include <unordered_map>

#include "store/sql_connection.h"
#include "store/store.h"

namespace khaldun::store {
namespace {

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(const std::string& path) {
    int rc =
        sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
      std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close(db_);
      db_ = nullptr;
      throw StoreError("cannot open SQLite store " + path + ": " + message);
    }
    sqlite3_busy_timeout(db_, 60000);
    Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  }

  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  void Execute(const std::string& sql) override {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "unknown error";
      sqlite3_free(error);
      throw StoreError("SQLite: " + message);
    }
  }

  void Run(const std::string& sql, const std::vector<SqlParam>& params,
           const std::function<void(const SqlRow&)>& on_row) override {
    sqlite3_stmt* stmt = Prepare(sql);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      int rc = params[i] ? sqlite3_bind_text(stmt, static_cast<int>(i + 1), params[i]->data(),
                                             static_cast<int>(params[i]->size()), SQLITE_TRANSIENT)
                         : sqlite3_bind_null(stmt, static_cast<int>(i + 1));
      if (rc != SQLITE_OK) Fail("bind");
    }
    SqlRow row;
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        sqlite3_reset(stmt);
        Fail("step");
      }
      if (!on_row) continue;
      int n = sqlite3_column_count(stmt);
      row.assign(n, std::nullopt);
      for (int c = 0; c < n; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) continue;
        const unsigned char* text = sqlite3_column_text(stmt, c);
        row[c] = std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(stmt, c));
      }
      on_row(row);
    }
    sqlite3_reset(stmt);
  }

  void Begin(bool) override { Execute("BEGIN IMMEDIATE"); }
  void Commit() override { Execute("COMMIT"); }
  void Rollback() override {
    if (!sqlite3_get_autocommit(db_)) Execute("ROLLBACK");
  }

 private:
  sqlite3_stmt* Prepare(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK)
      Fail("prepare");
    if (cache_.size() > 256) {
      for (auto& [s, st] : cache_) sqlite3_finalize(st);
      cache_.clear();
    }
    cache_.emplace(sql, stmt);
    return stmt;
  }

  [[noreturn]] void Fail(const char* step) {
    int code = sqlite3_errcode(db_);
    throw StoreError(std::string("SQLite ") + step + ": " + sqlite3_errmsg(db_),
                     code == SQLITE_BUSY || code == SQLITE_LOCKED);
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

std::unique_ptr<SqlConnection> OpenSqlite(const std::string& path) {
  return std::make_unique<SqliteConnection>(path);
}

}  // namespace khaldun::store
