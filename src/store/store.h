// The event store: coded articles and their events kept in a SQL database
// (SQLite by default, PostgreSQL for several machines), with the query and
// export layer analysts and the HTTP server build on. See docs/store.md.
//
// Writes are idempotent per article id: writing an article replaces every
// row it had before, inside one transaction per batch, so an interrupted
// ingest leaves whole articles or nothing, and running it again converges to
// the same store.
#ifndef KHALDUN_STORE_STORE_H_
#define KHALDUN_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "io/article.h"

namespace khaldun::store {

// Every failure of the store (connection, SQL, schema) is thrown as this.
class StoreError : public std::runtime_error {
 public:
  explicit StoreError(const std::string& what, bool retryable = false)
      : std::runtime_error(what), retryable_(retryable) {}
  // True for a deadlock or a serialisation failure: the transaction may be retried.
  bool retryable() const { return retryable_; }

 private:
  bool retryable_;
};

// One actor of an event, normalised. An empty code means none (no target).
struct StoredActor {
  std::string code;  // "IRNGOV"
  std::string text;  // the words as written
  int start = 0, end = 0;
  std::string how;  // "dictionary", "composed", "memory", "pronoun"
};

// One event as stored: the normalised columns, and the events-out JSON line
// exactly as 'khaldun code' prints it (without the newline), so export gives
// it back byte for byte.
struct StoredEvent {
  int sentence_index = 0;
  int sentence_start = 0, sentence_end = 0;
  std::string sentence_text;
  StoredActor source, target;
  std::string cameo;   // "111"
  std::string root;    // "11"; empty when the codebook lacks the code
  int quad_class = 0;  // 0 when unknown
  std::optional<double> goldstein;
  std::string date;  // "YYYY-MM-DD"
  std::string mode, pattern, words, entry_where, date_text;
  bool date_from_context = false;
  std::string place;  // the resolved place name, empty when the event has none
  std::optional<double> latitude, longitude;
  std::string json;
};

struct CodedArticle {
  io::Article article;
  std::vector<StoredEvent> events;
};

// A query's rows: column names and values as text (null as nullopt).
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_STORE_H_
