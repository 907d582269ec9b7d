// The thin SQL interface the store is written against, with one
// implementation per database (sqlite_connection.cc, postgres_connection.cc).
// Statements use '?' placeholders and every value is a bound parameter: no
// value is ever spliced into SQL text.
#ifndef KHALDUN_STORE_SQL_CONNECTION_H_
#define KHALDUN_STORE_SQL_CONNECTION_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace khaldun::store {

enum class Dialect { kSqlite, kPostgres };

// A bound parameter: text, or null. Numbers are bound as their decimal text;
// both databases convert them to the column's type.
using SqlParam = std::optional<std::string>;
using SqlRow = std::vector<std::optional<std::string>>;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;
  // Runs statements without parameters (schema changes). Throws StoreError.
  virtual void Execute(const std::string& sql) = 0;
  // Runs one statement with '?' placeholders bound to `params`, calling
  // `on_row` for every result row. Throws StoreError.
  virtual void Run(const std::string& sql, const std::vector<SqlParam>& params,
                   const std::function<void(const SqlRow&)>& on_row = nullptr) = 0;
  // Transactions. `exclusive` also serialises against every other exclusive
  // transaction on the store (schema migrations).
  virtual void Begin(bool exclusive) = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
};

// Opens a SQLite database file (created if absent). Throws StoreError.
std::unique_ptr<SqlConnection> OpenSqlite(const std::string& path);
// Opens a PostgreSQL connection from a postgresql:// URL. Throws StoreError.
std::unique_ptr<SqlConnection> OpenPostgres(const std::string& url);

inline SqlParam Text(const std::string& s) { return s; }
inline SqlParam TextOrNull(const std::string& s) { return s.empty() ? std::nullopt : SqlParam(s); }
inline SqlParam Int(int64_t v) { return std::to_string(v); }

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_SQL_CONNECTION_H_
