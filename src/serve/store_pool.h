// A small pool of store connections for the server's threads: a request
// borrows one connection for its duration, so no connection is ever used by
// two threads at once. Connections are opened on demand and kept.
#ifndef KHALDUN_SERVE_STORE_POOL_H_
#define KHALDUN_SERVE_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/event_store.h"

namespace khaldun::serve {

class StorePool {
 public:
  // Opens one connection now, so a bad location fails at start (StoreError).
  explicit StorePool(std::string location);

  // A borrowed connection, returned to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::EventStore> store)
        : pool_(pool), store_(std::move(store)) {}
    ~Lease() { pool_->Return(std::move(store_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    store::EventStore* operator->() { return store_.get(); }
    store::EventStore* get() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::EventStore> store_;
  };

  Lease Borrow();  // throws StoreError when a new connection cannot be opened

 private:
  void Return(std::unique_ptr<store::EventStore> store);

  const std::string location_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<store::EventStore>> idle_;
};

}  // namespace khaldun::serve

#endif  // KHALDUN_SERVE_STORE_POOL_H_
