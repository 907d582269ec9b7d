// Requests per second per client address, as token buckets: each client may
// burst up to `burst` requests and then `rate` a second. Thread-safe.
#ifndef KHALDUN_SERVE_RATE_LIMITER_H_
#define KHALDUN_SERVE_RATE_LIMITER_H_

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace khaldun::serve {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  // rate 0 allows everything.
  RateLimiter(double rate, double burst) : rate_(rate), burst_(burst) {}

  // Takes one token from `client`'s bucket; false when it is empty.
  bool Allow(const std::string& client, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  const double rate_, burst_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace khaldun::serve

#endif  // KHALDUN_SERVE_RATE_LIMITER_H_
