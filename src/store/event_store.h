// EventStore: the store's operations over one SqlConnection, the same SQL
// for SQLite and PostgreSQL.
#ifndef KHALDUN_STORE_EVENT_STORE_H_
#define KHALDUN_STORE_EVENT_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace khaldun::store {

// One event read back: the normalised columns, its JSON line, and for a
// de-duplicated read how many raw events it stands for.
struct EventRecord {
  std::string article_id;
  int event_index = 0;
  int sentence_index = 0;
  std::string source, source_country, source_sector, source_name;
  std::string target, target_country, target_sector, target_name;
  std::string cameo, root;
  int quad_class = 0;
  std::optional<double> goldstein;
  std::string date;
  std::string place;
  std::string url;
  std::string json;
  int64_t mentions = 1;
};

class EventStore {
 public:
  // Opens (creating and migrating as needed) the store at `location`: a
  // postgresql:// (or postgres://) URL, else a SQLite file path. Throws StoreError.
  static std::unique_ptr<EventStore> Open(const std::string& location);

  explicit EventStore(std::unique_ptr<SqlConnection> db);

  // Writes the articles and their events in one transaction; an article id
  // already stored has all its rows replaced (it keeps its place in ingest
  // order). Retries a transaction PostgreSQL aborted for a deadlock.
  void Write(const std::vector<CodedArticle>& batch);

  // A store-wide setting ("dedup"), or empty.
  std::string Setting(const std::string& key);
  void SetSetting(const std::string& key, const std::string& value);

  // Calls `on_event` for every event passing `filter`, in ingest order
  // (article, then event order within it), after the `dedup` filter.
  void ForEachEvent(const Filter& filter, Dedup dedup,
                    const std::function<void(const EventRecord&)>& on_event);
  // The same for one page: at most `limit` events after skipping `offset`.
  void ForEachEventPage(const Filter& filter, Dedup dedup, int64_t offset, int64_t limit,
                        const std::function<void(const EventRecord&)>& on_event);

  // Counts and Goldstein sum and mean of the events passing `filter` (after
  // `dedup`), grouped as `aggregation` asks. Columns: period (if any), the
  // group's columns, events, mentions, goldstein_sum, goldstein_mean.
  Table Aggregate(const Filter& filter, Dedup dedup, const Aggregation& aggregation);

  int64_t CountArticles();
  int64_t CountEvents();

  SqlConnection* connection() { return db_.get(); }

 private:
  // Writes articles of distinct ids (inside the caller's transaction).
  void WriteArticles(const std::vector<const CodedArticle*>& articles);

  std::unique_ptr<SqlConnection> db_;
};

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_EVENT_STORE_H_
