// The JSON API over an event store (docs/api.md): events with filters and
// pages, one event with its evidence, time series, top actors and dyads,
// counts by country, on-the-fly coding of a posted article, and a health
// check. Every handler validates its parameters (unknown ones included)
// and answers errors as JSON; every value reaches SQL as a bound parameter.
#ifndef KHALDUN_SERVE_API_H_
#define KHALDUN_SERVE_API_H_

#include <string>

#include "cameo/codebook.h"
#include "coder/coder.h"
#include "geo/placer.h"
#include "serve/http_server.h"
#include "serve/store_pool.h"

namespace khaldun::serve {

struct ApiOptions {
  // The bearer token write endpoints (POST /api/code) require; empty keeps
  // the server read-only and those endpoints answer 403.
  std::string token;
  int max_page = 1000;  // the largest 'limit' of /api/events
};

class Api {
 public:
  // `coder` may be null: POST /api/code then answers 503. `placer` (may be
  // null) places the coded events as 'khaldun code' does.
  Api(StorePool* stores, const cameo::Codebook* codebook, const coder::Coder* coder,
      ApiOptions options, const geo::Placer* placer = nullptr);

  // Whether `path` is one of the API's (/api/..., /healthz).
  static bool Handles(const std::string& path);
  HttpResponse Handle(const HttpRequest& request);

 private:
  HttpResponse Events(const HttpRequest& request);
  HttpResponse Event(const HttpRequest& request, const std::string& id);
  HttpResponse TimeSeries(const HttpRequest& request);
  HttpResponse Actors(const HttpRequest& request);
  HttpResponse Code(const HttpRequest& request);
  HttpResponse Health();

  StorePool* stores_;
  const cameo::Codebook* codebook_;
  const coder::Coder* coder_;
  ApiOptions options_;
  const geo::Placer* placer_;
};

}  // namespace khaldun::serve

#endif  // KHALDUN_SERVE_API_H_
