// SqlConnection over PostgreSQL with libpqxx. Transactions are issued as
// plain BEGIN/COMMIT on one long-lived nontransaction, so the store decides
// where they start and end the same way for both databases.
#include <pqxx/pqxx>

#include "store/sql_connection.h"
#include "store/store.h"

namespace khaldun::store {
namespace {

// '?' placeholders become $1, $2, ... (the store's SQL has no '?' in literals).
std::string NumberPlaceholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  for (char c : sql) {
    if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

// The key every exclusive transaction takes (pg_advisory_xact_lock).
constexpr long long kMigrationLock = 0x4b68616c64756eLL;  // "Khaldun"

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(const std::string& url) {
    try {
      conn_ = std::make_unique<pqxx::connection>(url);
      work_ = std::make_unique<pqxx::nontransaction>(*conn_);
      work_->exec("SET client_min_messages = warning");
    } catch (const std::exception& e) {
      throw StoreError("cannot connect to PostgreSQL store: " + std::string(e.what()));
    }
  }

  ~PostgresConnection() override {
    work_.reset();
    conn_.reset();
  }

  Dialect dialect() const override { return Dialect::kPostgres; }

  void Execute(const std::string& sql) override {
    Guard([&] { work_->exec(sql); });
  }

  void Run(const std::string& sql, const std::vector<SqlParam>& params,
           const std::function<void(const SqlRow&)>& on_row) override {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const SqlParam& p : params) values.push_back(p ? p->c_str() : nullptr);
    const bool query = on_row && sql.compare(0, 6, "SELECT") == 0;
    if (!query) {  // a write, perhaps RETURNING a few rows
      Guard([&] {
        pqxx::result result =
            work_->exec_params(NumberPlaceholders(sql), pqxx::prepare::make_dynamic_params(values));
        if (on_row) ForEachRow(result, on_row);
      });
      return;
    }
    // A query's rows come through a cursor, a page at a time: libpq would
    // otherwise hold the whole result (an export of millions of events) in memory.
    const bool own_transaction = !in_transaction_;
    if (own_transaction) Begin(false);
    try {
      Guard([&] {
        work_->exec_params("DECLARE khaldun_rows NO SCROLL CURSOR FOR " + NumberPlaceholders(sql),
                           pqxx::prepare::make_dynamic_params(values));
        while (true) {
          pqxx::result page = work_->exec("FETCH FORWARD 5000 FROM khaldun_rows");
          if (page.empty()) break;
          ForEachRow(page, on_row);
        }
        work_->exec("CLOSE khaldun_rows");
      });
    } catch (...) {
      if (own_transaction) Rollback();
      throw;
    }
    if (own_transaction) Commit();
  }

  void Begin(bool exclusive) override {
    Execute("BEGIN");
    in_transaction_ = true;
    if (exclusive) Execute("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLock) + ")");
  }
  void Commit() override {
    in_transaction_ = false;
    Execute("COMMIT");
  }
  void Rollback() override {
    in_transaction_ = false;
    try {
      work_->exec("ROLLBACK");
    } catch (const std::exception&) {
      // Nothing to roll back, or the connection is gone: either way no transaction is open.
    }
  }

 private:
  static void ForEachRow(const pqxx::result& result,
                         const std::function<void(const SqlRow&)>& on_row) {
    SqlRow row;
    for (const pqxx::row& r : result) {
      row.assign(r.size(), std::nullopt);
      for (pqxx::row::size_type c = 0; c < r.size(); ++c)
        if (!r[c].is_null()) row[c] = std::string(r[c].c_str(), r[c].size());
      on_row(row);
    }
  }

  template <typename F>
  void Guard(F&& f) {
    try {
      f();
    } catch (const pqxx::transaction_rollback& e) {
      // Deadlock or serialisation failure: the caller may retry the transaction.
      throw StoreError("PostgreSQL: " + std::string(e.what()), true);
    } catch (const pqxx::sql_error& e) {
      throw StoreError("PostgreSQL: " + std::string(e.what()));
    } catch (const std::exception& e) {
      throw StoreError("PostgreSQL: " + std::string(e.what()));
    }
  }

  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::nontransaction> work_;
  bool in_transaction_ = false;
};

}  // namespace

std::unique_ptr<SqlConnection> OpenPostgres(const std::string& url) {
  return std::make_unique<PostgresConnection>(url);
}

}  // namespace khaldun::store
