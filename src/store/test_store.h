// For tests: a fresh, empty store of either backend, removed afterwards.
// SQLite is a file in a temporary folder; PostgreSQL is a new database on
// the server named by $KHALDUN_TEST_PG (a postgresql:// URL of an existing
// database, e.g. .../postgres; scripts/with-postgres.sh starts one).
#ifndef KHALDUN_STORE_TEST_STORE_H_
#define KHALDUN_STORE_TEST_STORE_H_

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <pqxx/pqxx>
#include <string>

namespace khaldun::store {

class TestStore {
 public:
  // "sqlite" or "postgres". Returns null with `*skip` set when the backend
  // cannot be tested here (no $KHALDUN_TEST_PG).
  static std::unique_ptr<TestStore> Make(const std::string& backend, std::string* skip) {
    static std::atomic<int> counter{0};
    std::string name = "khaldun_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    auto t = std::unique_ptr<TestStore>(new TestStore);
    if (backend == "sqlite") {
      t->dir_ = std::filesystem::temp_directory_path() / name;
      std::filesystem::remove_all(t->dir_);
      std::filesystem::create_directories(t->dir_);
      t->location_ = (t->dir_ / "store.db").string();
      return t;
    }
    const char* base = std::getenv("KHALDUN_TEST_PG");
    if (base == nullptr || *base == '\0') {
      *skip =
          "KHALDUN_TEST_PG is not set: no PostgreSQL server to test against (run the tests "
          "through scripts/with-postgres.sh, as scripts/test.sh does)";
      return nullptr;
    }
    t->admin_url_ = base;
    size_t scheme = t->admin_url_.find("://");
    size_t slash = t->admin_url_.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    t->location_ = t->admin_url_.substr(0, slash) + "/" + name;
    t->database_ = name;
    pqxx::connection c(t->admin_url_);
    pqxx::nontransaction w(c);
    w.exec("CREATE DATABASE " + name);
    return t;
  }

  ~TestStore() {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (!database_.empty()) {
      try {
        pqxx::connection c(admin_url_);
        pqxx::nontransaction w(c);
        w.exec("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
      } catch (const std::exception&) {
        // The cluster is thrown away at the end of the run anyway.
      }
    }
  }

  const std::string& location() const { return location_; }

 private:
  TestStore() = default;
  std::filesystem::path dir_;
  std::string admin_url_, database_, location_;
};

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_TEST_STORE_H_
