#include "serve/store_pool.h"

namespace khaldun::serve {

StorePool::StorePool(std::string location) : location_(std::move(location)) {
  idle_.push_back(store::EventStore::Open(location_));
}

StorePool::Lease StorePool::Borrow() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<store::EventStore> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  return Lease(this, store::EventStore::Open(location_));
}

void StorePool::Return(std::unique_ptr<store::EventStore> store) {
  if (!store) return;
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(store));
}

}  // namespace khaldun::serve
