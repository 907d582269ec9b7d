#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "io/article_reader.h"
#include "io/json_writer.h"
#include "output/event_json.h"
#include "store/query.h"

namespace khaldun::serve {
namespace {

constexpr size_t kMaxParamBytes = 200;

// The filter parameters every read endpoint takes.
const std::vector<std::string> kFilterParams = {"from",   "to",    "actor", "source",
                                                "target", "dyad",  "cameo", "root",
                                                "quad",   "place", "q",     "dedup"};

// Rejects parameters the endpoint does not know, repeated ones and huge ones.
bool CheckParams(const HttpRequest& request, const std::vector<std::string>& allowed,
                 std::string* error, bool filters = true) {
  std::set<std::string> seen;
  for (const auto& [key, value] : request.query) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end() &&
        (!filters ||
         std::find(kFilterParams.begin(), kFilterParams.end(), key) == kFilterParams.end())) {
      *error = "unknown parameter '" + key.substr(0, 40) + "' for " + request.path;
      return false;
    }
    if (!seen.insert(key).second) {
      *error = "parameter '" + key + "' given more than once";
      return false;
    }
    if (value.size() > kMaxParamBytes) {
      *error =
          "parameter '" + key + "' is longer than " + std::to_string(kMaxParamBytes) + " bytes";
      return false;
    }
  }
  return true;
}

// The store's messages name command-line options ("--from"); the API's
// parameters are the same words without the dashes.
std::string WithoutDashes(std::string message) {
  for (size_t at = message.find("--"); at != std::string::npos; at = message.find("--", at)) {
    if (at + 2 < message.size() && message[at + 2] >= 'a' && message[at + 2] <= 'z')
      message.erase(at, 2);
    else
      at += 2;
  }
  return message;
}

bool ParseInt(const std::string& text, int64_t min, int64_t max, const std::string& name,
              int64_t* value, std::string* error) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || v < min || v > max) {
    *error = name + " must be a whole number from " + std::to_string(min) + " to " +
             std::to_string(max) + ", got '" + text.substr(0, 40) + "'";
    return false;
  }
  *value = v;
  return true;
}

// Reads the filter parameters into `*filter` and checks them.
bool ReadFilter(const HttpRequest& r, const cameo::Codebook& codebook, store::Filter* filter,
                std::string* error) {
  filter->from = r.Param("from");
  filter->to = r.Param("to");
  filter->actor = r.Param("actor");
  filter->source = r.Param("source");
  filter->target = r.Param("target");
  filter->cameo = r.Param("cameo");
  filter->root = r.Param("root");
  filter->place = r.Param("place");
  filter->text = r.Param("q");
  std::string dyad = r.Param("dyad");
  if (!dyad.empty()) {
    size_t comma = dyad.find(',');
    if (comma == std::string::npos || !filter->source.empty() || !filter->target.empty()) {
      *error = "dyad must be SOURCE,TARGET (two actor codes), without source or target";
      return false;
    }
    filter->source = dyad.substr(0, comma);
    filter->target = dyad.substr(comma + 1);
  }
  std::string quad = r.Param("quad");
  if (!quad.empty()) {
    int64_t q = 0;
    if (!ParseInt(quad, 1, 4, "quad", &q, error)) return false;
    filter->quad_class = static_cast<int>(q);
  }
  if (!store::ValidateFilter(*filter, codebook, error)) {
    *error = WithoutDashes(*error);
    return false;
  }
  return true;
}

// The de-duplication the request asks for, else the store's setting.
bool ReadDedup(const HttpRequest& r, store::EventStore* store, store::Dedup* dedup,
               std::string* error) {
  std::string name = r.Param("dedup");
  if (name.empty()) name = store->Setting("dedup");
  if (name.empty()) name = "none";
  std::optional<store::Dedup> d = store::ParseDedup(name);
  if (!d) {
    *error = "dedup must be none, story or day, got '" + name.substr(0, 40) + "'";
    return false;
  }
  *dedup = *d;
  return true;
}

HttpResponse Json(std::string body) {
  HttpResponse r;
  r.body = std::move(body);
  r.body += '\n';
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

std::string EventId(const store::EventRecord& e) {
  return e.article_id + ":" + std::to_string(e.event_index);
}

// The event's stored JSON object with "id" and "mentions" in front (and the
// article's url when known).
void AppendEvent(const store::EventRecord& e, std::string* out) {
  std::string head;
  io::JsonWriter w(&head);
  w.BeginObject();
  w.Key("id");
  w.String(EventId(e));
  w.Key("mentions");
  w.Int(e.mentions);
  if (!e.url.empty()) {
    w.Key("url");
    w.String(e.url);
  }
  // The stored line is a whole object: splice its members after ours.
  head.push_back(',');
  *out += head;
  *out += std::string_view(e.json).substr(1);
}

// Constant-time comparison, so a wrong token's timing says nothing.
bool SameToken(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= a[i] ^ b[i % std::max<size_t>(1, b.size())];
  return diff == 0 && !b.empty();
}

}  // namespace

Api::Api(StorePool* stores, const cameo::Codebook* codebook, const coder::Coder* coder,
         ApiOptions options, const geo::Placer* placer)
    : stores_(stores),
      codebook_(codebook),
      coder_(coder),
      options_(std::move(options)),
      placer_(placer) {}

bool Api::Handles(const std::string& path) {
  return path == "/healthz" || path == "/api" || path.rfind("/api/", 0) == 0;
}

HttpResponse Api::Handle(const HttpRequest& request) {
  const std::string& path = request.path;
  const bool get = request.method == "GET" || request.method == "HEAD";
  auto only = [&](const char* method) {
    HttpResponse r =
        JsonError(405, request.method + " is not allowed on " + path + "; use " + method);
    r.headers.emplace_back("Allow", method);
    return r;
  };
  try {
    if (path == "/healthz") return get ? Health() : only("GET");
    if (path == "/api/events") return get ? Events(request) : only("GET");
    if (path.rfind("/api/events/", 0) == 0)
      return get ? Event(request, path.substr(12)) : only("GET");
    if (path == "/api/timeseries") return get ? TimeSeries(request) : only("GET");
    if (path == "/api/actors") return get ? Actors(request) : only("GET");
    if (path == "/api/code") return request.method == "POST" ? Code(request) : only("POST");
  } catch (const store::StoreError& e) {
    return JsonError(503, std::string("the store failed: ") + e.what());
  }
  return JsonError(404, "no endpoint " + path.substr(0, 100) + " (see docs/api.md)");
}

HttpResponse Api::Health() {
  StorePool::Lease store = stores_->Borrow();
  store->Setting("dedup");  // proves the store answers
  return Json(R"({"status":"ok"})");
}

HttpResponse Api::Events(const HttpRequest& request) {
  std::string error;
  store::Filter filter;
  int64_t limit = 50, offset = 0;
  if (!CheckParams(request, {"limit", "offset"}, &error) ||
      !ReadFilter(request, *codebook_, &filter, &error) ||
      (!request.Param("limit").empty() &&
       !ParseInt(request.Param("limit"), 1, options_.max_page, "limit", &limit, &error)) ||
      (!request.Param("offset").empty() &&
       !ParseInt(request.Param("offset"), 0, 1'000'000'000, "offset", &offset, &error)))
    return JsonError(400, error);
  StorePool::Lease store = stores_->Borrow();
  store::Dedup dedup;
  if (!ReadDedup(request, store.get(), &dedup, &error)) return JsonError(400, error);
  std::string body;
  io::JsonWriter w(&body);
  w.BeginObject();
  w.Key("offset");
  w.Int(offset);
  w.Key("limit");
  w.Int(limit);
  w.Key("events");
  body += '[';
  int64_t n = 0;
  // One more than asked tells whether there is a next page.
  store->ForEachEventPage(filter, dedup, offset, limit + 1, [&](const store::EventRecord& e) {
    if (n++ == limit) return;
    if (n > 1) body += ',';
    AppendEvent(e, &body);
  });
  body += "],\"next_offset\":";
  body += n > limit ? std::to_string(offset + limit) : "null";
  body += '}';
  return Json(std::move(body));
}

HttpResponse Api::Event(const HttpRequest& request, const std::string& id) {
  std::string error;
  if (!CheckParams(request, {}, &error, /*filters=*/false)) return JsonError(400, error);
  // ARTICLE_ID:EVENT_INDEX; an article id may itself hold ':'.
  size_t colon = id.rfind(':');
  int64_t index = 0;
  if (colon == std::string::npos || colon == 0 ||
      !ParseInt(id.substr(colon + 1), 0, 1'000'000, "the event index", &index, &error))
    return JsonError(400, "an event id is ARTICLE_ID:EVENT_INDEX, got '" + id.substr(0, 100) + "'" +
                              (error.empty() ? "" : ": " + error));
  store::Filter filter;
  filter.article_id = id.substr(0, colon);
  std::string body;
  StorePool::Lease store = stores_->Borrow();
  store->ForEachEvent(filter, store::Dedup::kNone, [&](const store::EventRecord& e) {
    if (e.event_index == index) AppendEvent(e, &body);
  });
  if (body.empty()) return JsonError(404, "no event " + id.substr(0, 100));
  return Json(std::move(body));
}

HttpResponse Api::TimeSeries(const HttpRequest& request) {
  std::string error;
  store::Filter filter;
  if (!CheckParams(request, {"by", "country"}, &error) ||
      !ReadFilter(request, *codebook_, &filter, &error))
    return JsonError(400, error);
  std::string by = request.Param("by").empty() ? "month" : request.Param("by");
  std::optional<store::Period> period = store::ParsePeriod(by);
  if (!period || *period == store::Period::kNone)
    return JsonError(400, "by must be day, week or month, got '" + by.substr(0, 40) + "'");
  std::string country = request.Param("country");
  if (!country.empty()) {
    if (country.size() != 3 || !store::IsActorCode(country) || !filter.actor.empty())
      return JsonError(400,
                       "country must be a three-letter actor country code (ISR), "
                       "without actor");
    filter.actor = country;
  }
  StorePool::Lease store = stores_->Borrow();
  store::Dedup dedup;
  if (!ReadDedup(request, store.get(), &dedup, &error)) return JsonError(400, error);
  store::Table table = store->Aggregate(filter, dedup, {*period, store::Group::kQuadClass});
  // Rows come sorted by period then QuadClass: pivot them into one column
  // per QuadClass, zero where a period has none of that class.
  std::vector<std::string> periods;
  std::map<int, std::vector<int64_t>> counts;
  std::map<int, std::vector<double>> goldstein;
  for (int q = 0; q <= 4; ++q) counts[q], goldstein[q];
  for (const auto& row : table.rows) {
    const std::string p = row[0].value_or("");
    if (periods.empty() || periods.back() != p) {
      periods.push_back(p);
      for (auto& [q, c] : counts) c.push_back(0);
      for (auto& [q, g] : goldstein) g.push_back(0);
    }
    int q = row[1] ? std::stoi(*row[1]) : 0;
    if (q < 0 || q > 4) q = 0;
    counts[q].back() += std::stoll(row[2].value_or("0"));
    goldstein[q].back() += row[4] ? std::stod(*row[4]) : 0;
  }
  std::string body;
  io::JsonWriter w(&body);
  w.BeginObject();
  w.Key("by");
  w.String(by);
  w.Key("periods");
  w.BeginArray();
  for (const std::string& p : periods) w.String(p);
  w.EndArray();
  for (const char* what : {"events", "goldstein_sum"}) {
    w.Key(what);
    w.BeginObject();
    for (int q = 1; q <= 4; ++q) {
      w.Key(std::to_string(q));
      w.BeginArray();
      for (size_t i = 0; i < periods.size(); ++i) {
        if (what[0] == 'e')
          w.Int(counts[q][i]);
        else
          w.Double(std::round(goldstein[q][i] * 1000) / 1000);
      }
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndObject();
  return Json(std::move(body));
}

HttpResponse Api::Actors(const HttpRequest& request) {
  std::string error;
  store::Filter filter;
  int64_t limit = 20;
  if (!CheckParams(request, {"by", "limit"}, &error) ||
      !ReadFilter(request, *codebook_, &filter, &error) ||
      (!request.Param("limit").empty() &&
       !ParseInt(request.Param("limit"), 1, 300, "limit", &limit, &error)))
    return JsonError(400, error);
  std::string by = request.Param("by").empty() ? "actor" : request.Param("by");
  if (by != "actor" && by != "dyad" && by != "country")
    return JsonError(400, "by must be actor, dyad or country, got '" + by.substr(0, 40) + "'");
  StorePool::Lease store = stores_->Borrow();
  store::Dedup dedup;
  if (!ReadDedup(request, store.get(), &dedup, &error)) return JsonError(400, error);
  store::Table table = store->Aggregate(filter, dedup, {store::Period::kNone, store::Group::kDyad});
  // One row per (source, target): an actor's or a country's events are the
  // dyads it is either side of, an event between two of its own counted once.
  struct Count {
    std::string key;
    int64_t events = 0;
    double goldstein = 0;
  };
  std::map<std::string, Count> counts;
  for (const auto& row : table.rows) {
    std::string source = row[0].value_or(""), target = row[1].value_or("");
    int64_t events = std::stoll(row[2].value_or("0"));
    double goldstein = row[4] ? std::stod(*row[4]) : 0;
    std::vector<std::string> keys;
    if (by == "dyad") {
      keys.push_back(source + "," + target);
    } else if (by == "actor") {
      keys.push_back(source);
      if (!target.empty() && target != source) keys.push_back(target);
    } else {
      keys.push_back(source.substr(0, 3));
      if (target.size() >= 3 && target.substr(0, 3) != keys[0]) keys.push_back(target.substr(0, 3));
    }
    for (const std::string& k : keys) {
      Count& c = counts[k];
      c.key = k;
      c.events += events;
      c.goldstein += goldstein;
    }
  }
  std::vector<Count> ranked;
  for (auto& [k, c] : counts) ranked.push_back(c);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Count& a, const Count& b) { return a.events > b.events; });
  if (by != "country" && static_cast<int64_t>(ranked.size()) > limit) ranked.resize(limit);
  std::string body;
  io::JsonWriter w(&body);
  w.BeginObject();
  w.Key("by");
  w.String(by);
  w.Key(by == "actor" ? "actors" : by == "dyad" ? "dyads" : "countries");
  w.BeginArray();
  for (const Count& c : ranked) {
    w.BeginObject();
    if (by == "dyad") {
      size_t comma = c.key.find(',');
      w.Key("source");
      w.String(c.key.substr(0, comma));
      w.Key("target");
      if (comma + 1 < c.key.size())
        w.String(c.key.substr(comma + 1));
      else
        w.Null();
    } else {
      w.Key("code");
      w.String(c.key);
    }
    w.Key("events");
    w.Int(c.events);
    w.Key("goldstein_sum");
    w.Double(std::round(c.goldstein * 1000) / 1000);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Json(std::move(body));
}

HttpResponse Api::Code(const HttpRequest& request) {
  if (options_.token.empty())
    return JsonError(403,
                     "write endpoints are disabled: start khaldun serve with --token "
                     "(or KHALDUN_SERVE_TOKEN) to allow POST /api/code");
  if (!SameToken(request.authorization, "Bearer " + options_.token))
    return JsonError(401, "POST /api/code needs the header 'Authorization: Bearer TOKEN'");
  if (!request.query.empty()) return JsonError(400, "POST /api/code takes no parameters");
  if (coder_ == nullptr) return JsonError(503, "this server was started without a coder");
  io::Article article;
  std::string reason;
  if (!io::ParseArticleJson(request.body, &article, &reason))
    return JsonError(400, "the body is not an article (articles-in JSON object): " + reason);
  std::vector<coder::Event> events =
      coder_->Code(coder::ArticleInput{article.id, article.date, article.text});
  if (placer_ != nullptr) placer_->PlaceEvents(article.text, &events);
  std::string body = "[";
  for (const coder::Event& e : events) {
    if (body.size() > 1) body += ',';
    output::AppendEventJson(e, article.text, *codebook_, &body);
    if (body.back() == '\n') body.pop_back();
  }
  body += ']';
  return Json(std::move(body));
}

}  // namespace khaldun::serve
