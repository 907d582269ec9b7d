// The API against a store built from articles written for these tests:
// filters, pages, one event, time series, actors, coding on the fly, and
// malformed requests, which must get 4xx JSON errors and leave the server up.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <simdjson.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/resources.h"
#include "coder/coder.h"
#include "io/article_reader.h"
#include "serve/api.h"
#include "serve/http_server.h"
#include "serve/rate_limiter.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"
#include "store/event_store.h"
#include "store/from_coder.h"
#include "store/test_store.h"

namespace khaldun::serve {
namespace {

namespace fs = std::filesystem;

// One event each, by the words of the sentence.
const char* kArticles[] = {
    R"({"id": "serve-001", "date": "2024-03-01", "text": "Egypt condemned Israel."})",
    R"({"id": "serve-002", "date": "2024-03-04", "text": "Russia attacked Ukraine."})",
    R"({"id": "serve-003", "date": "2024-04-10", "text": "France praised Ukraine."})",
    R"({"id": "serve-004", "date": "2024-04-16", "text": "Russia threatened Ukraine."})",
    R"({"id": "serve-005", "date": "2024-05-02", "text": "Russia praised Ukraine."})",
};

struct Reply {
  int status = 0;
  std::string content_type;
  std::string body;
};

// A plain HTTP/1.1 client over a socket, so the test sends exactly the bytes it means.
Reply Request(uint16_t port, const std::string& method, const std::string& target,
              const std::string& body = "", const std::string& extra_headers = "") {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  Reply reply;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return reply;
  }
  std::string out = method + " " + target +
                    " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extra_headers;
  if (!body.empty() || method == "POST")
    out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  out += "\r\n" + body;
  for (size_t sent = 0; sent < out.size();) {
    ssize_t n = send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may refuse a huge body before reading it
    sent += static_cast<size_t>(n);
  }
  std::string in;
  char buf[65536];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) in.append(buf, static_cast<size_t>(n));
  close(fd);
  if (in.rfind("HTTP/1.1 ", 0) != 0) return reply;
  reply.status = std::stoi(in.substr(9, 3));
  size_t head_end = in.find("\r\n\r\n");
  std::string head = in.substr(0, head_end);
  size_t ct = head.find("Content-Type: ");
  if (ct != std::string::npos)
    reply.content_type = head.substr(ct + 14, head.find("\r\n", ct) - ct - 14);
  reply.body = head_end == std::string::npos ? "" : in.substr(head_end + 4);
  return reply;
}

// Sends bytes and closes the connection without waiting for an answer.
void SendAndHangUp(uint16_t port, const std::string& bytes) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0)
    send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  close(fd);
}

struct Sqlite {
  static constexpr const char* kName = "sqlite";
};
struct Postgres {
  static constexpr const char* kName = "postgres";
};

// The same tests against each backend: one store and one server per backend.
template <typename Backend>
class ServeTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    test_store_ = store::TestStore::Make(Backend::kName, &skip_).release();
    if (test_store_ == nullptr) return;
    resources_ = cli::LoadResources({}, &error).release();
    ASSERT_NE(resources_, nullptr) << error;
    coder_ = new coder::Coder(resources_->dictionary.get(), resources_->lemmatizer.get());
    std::string db = test_store_->location();
    {
      std::unique_ptr<store::EventStore> s = store::EventStore::Open(db);
      std::vector<store::CodedArticle> batch;
      for (const char* line : kArticles) {
        store::CodedArticle coded;
        ASSERT_TRUE(io::ParseArticleJson(line, &coded.article, &error)) << error;
        const io::Article& a = coded.article;
        for (const coder::Event& e : coder_->Code({a.id, a.date, a.text}))
          coded.events.push_back(store::ToStoredEvent(e, a.text, *resources_->codebook));
        batch.push_back(std::move(coded));
      }
      s->Write(batch);
    }
    stores_ = new StorePool(db);
    api_ = new Api(stores_, resources_->codebook.get(), coder_, {"sesame", 1000});
    ServerOptions options;
    options.port = 0;
    options.max_body_bytes = 4096;
    options.rate_per_second = 0;
    server_ = new HttpServer(options, [](const HttpRequest& r) { return api_->Handle(r); });
    ASSERT_TRUE(server_->Start(&error)) << error;
  }
  static void TearDownTestSuite() {
    delete server_;
    delete api_;
    delete stores_;
    delete coder_;
    delete resources_;
    delete test_store_;
  }
  void SetUp() override {
    if (test_store_ == nullptr) GTEST_SKIP() << skip_;
  }

  static Reply Get(const std::string& target) { return Request(server_->port(), "GET", target); }

  // Parses a reply's body, failing the test when it is not JSON.
  simdjson::dom::element Parse(const Reply& reply) {
    simdjson::dom::element doc;
    auto error = parser_.parse(reply.body).get(doc);
    EXPECT_EQ(error, simdjson::SUCCESS) << reply.body;
    return doc;
  }
  // An error reply: the status, JSON, and the message containing `words`.
  void ExpectError(const Reply& reply, int status, const std::string& words) {
    EXPECT_EQ(reply.status, status) << reply.body;
    EXPECT_EQ(reply.content_type, "application/json");
    std::string_view message;
    ASSERT_EQ(Parse(reply)["error"]["message"].get(message), simdjson::SUCCESS) << reply.body;
    EXPECT_NE(message.find(words), std::string_view::npos) << message;
  }

  simdjson::dom::parser parser_;
  static inline cli::Resources* resources_ = nullptr;
  static inline coder::Coder* coder_ = nullptr;
  static inline store::TestStore* test_store_ = nullptr;
  static inline std::string skip_;
  static inline StorePool* stores_ = nullptr;
  static inline Api* api_ = nullptr;
  static inline HttpServer* server_ = nullptr;
};

using Backends = testing::Types<Sqlite, Postgres>;
TYPED_TEST_SUITE(ServeTest, Backends);

TYPED_TEST(ServeTest, HealthAnswersOk) {
  Reply r = this->Get("/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "{\"status\":\"ok\"}\n");
}

TYPED_TEST(ServeTest, EventsListsEveryEventInIngestOrder) {
  auto doc = this->Parse(this->Get("/api/events"));
  simdjson::dom::array events = doc["events"];
  ASSERT_EQ(events.size(), 5u);
  std::vector<std::string> got;
  for (auto e : events)
    got.push_back(std::string(e["source"].get_string().value()) + ">" +
                  std::string(e["target"].get_string().value()) + ":" +
                  std::string(e["cameo"].get_string().value()));
  EXPECT_EQ(got, (std::vector<std::string>{"EGY>ISR:111", "RUS>UKR:190", "FRA>UKR:051",
                                           "RUS>UKR:130", "RUS>UKR:051"}));
  EXPECT_EQ(std::string(events.at(0)["id"].get_string().value()), "serve-001:0");
  EXPECT_TRUE(doc["next_offset"].is_null());
}

TYPED_TEST(ServeTest, EventsFilterByDyadActorRootQuadDateAndText) {
  auto count = [&](const std::string& query) {
    Reply r = this->Get("/api/events?" + query);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    return this->Parse(r)["events"].get_array().size();
  };
  EXPECT_EQ(count("dyad=RUS,UKR"), 3u);
  EXPECT_EQ(count("dyad=UKR,RUS"), 0u);
  EXPECT_EQ(count("actor=UKR"), 4u);
  EXPECT_EQ(count("source=RUS&target=UKR&root=05"), 1u);
  EXPECT_EQ(count("cameo=111"), 1u);
  EXPECT_EQ(count("quad=1"), 2u);
  EXPECT_EQ(count("quad=4"), 1u);
  EXPECT_EQ(count("from=2024-04-01&to=2024-04-30"), 2u);
  EXPECT_EQ(count("q=threatened"), 1u);
  EXPECT_EQ(count("q=THREATENED"), 1u);
  EXPECT_EQ(count("q=50%25"), 0u);     // a LIKE wildcard is a plain character
  EXPECT_EQ(count("place=Kyiv"), 0u);  // no event has a place yet
}

TYPED_TEST(ServeTest, EventsComeInPages) {
  auto first = this->Parse(this->Get("/api/events?limit=2"));
  EXPECT_EQ(first["events"].get_array().size(), 2u);
  EXPECT_EQ(first["next_offset"].get_int64().value(), 2);
  auto last = this->Parse(this->Get("/api/events?limit=2&offset=4"));
  ASSERT_EQ(last["events"].get_array().size(), 1u);
  EXPECT_EQ(std::string(last["events"].at(0)["id"].get_string().value()), "serve-005:0");
  EXPECT_TRUE(last["next_offset"].is_null());
  EXPECT_EQ(this->Parse(this->Get("/api/events?offset=10"))["events"].get_array().size(), 0u);
}

TYPED_TEST(ServeTest, OneEventCarriesItsSentenceAndEvidence) {
  Reply r = this->Get("/api/events/serve-004:0");
  ASSERT_EQ(r.status, 200) << r.body;
  auto e = this->Parse(r);
  EXPECT_EQ(std::string(e["evidence"]["sentence"].get_string().value()),
            "Russia threatened Ukraine.");
  EXPECT_EQ(std::string(e["source_actor"]["text"].get_string().value()), "Russia");
  EXPECT_EQ(std::string(e["target_actor"]["text"].get_string().value()), "Ukraine");
  EXPECT_EQ(e["quad_class"].get_int64().value(), 3);
  // The verb's span: "threatened" is bytes 7..17 of the article.
  auto span = e["evidence"]["spans"].at(0);
  EXPECT_EQ(span.at(0).get_int64().value(), 7);
  EXPECT_EQ(span.at(1).get_int64().value(), 17);
  this->ExpectError(this->Get("/api/events/serve-004:1"), 404, "no event serve-004:1");
  this->ExpectError(this->Get("/api/events/serve-004"), 400, "ARTICLE_ID:EVENT_INDEX");
  this->ExpectError(this->Get("/api/events/serve-004:x"), 400, "ARTICLE_ID:EVENT_INDEX");
  this->ExpectError(this->Get("/api/events/serve-004:0?from=2024-01-01"), 400,
                    "unknown parameter 'from'");
}

TYPED_TEST(ServeTest, TimeSeriesOfADyadByMonthAndWeek) {
  Reply r = this->Get("/api/timeseries?dyad=RUS,UKR&by=month");
  ASSERT_EQ(r.status, 200) << r.body;
  auto ts = this->Parse(r);
  std::vector<std::string> periods;
  for (auto p : ts["periods"].get_array()) periods.push_back(std::string(p.get_string().value()));
  EXPECT_EQ(periods, (std::vector<std::string>{"2024-03", "2024-04", "2024-05"}));
  auto counts = [&](const char* quad) {
    std::vector<int64_t> v;
    for (auto x : ts["events"][quad].get_array()) v.push_back(x.get_int64().value());
    return v;
  };
  EXPECT_EQ(counts("1"), (std::vector<int64_t>{0, 0, 1}));
  EXPECT_EQ(counts("2"), (std::vector<int64_t>{0, 0, 0}));
  EXPECT_EQ(counts("3"), (std::vector<int64_t>{0, 1, 0}));
  EXPECT_EQ(counts("4"), (std::vector<int64_t>{1, 0, 0}));
  // Goldstein: threaten (130) is -4.4, attack (190) -10, praise (051) 3.4.
  EXPECT_DOUBLE_EQ(ts["goldstein_sum"]["3"].at(1).get_double().value(), -4.4);
  EXPECT_DOUBLE_EQ(ts["goldstein_sum"]["4"].at(0).get_double().value(), -10);
  // 2024-03-04 is a Monday; a country counts both sides.
  auto weekly = this->Parse(this->Get("/api/timeseries?country=UKR&by=week"));
  EXPECT_EQ(std::string(weekly["periods"].at(0).get_string().value()), "2024-03-04");
  EXPECT_EQ(weekly["periods"].get_array().size(), 4u);
}

TYPED_TEST(ServeTest, TopActorsDyadsAndCountries) {
  auto actors = this->Parse(this->Get("/api/actors?limit=2"))["actors"];
  ASSERT_EQ(actors.get_array().size(), 2u);
  EXPECT_EQ(std::string(actors.at(0)["code"].get_string().value()), "UKR");
  EXPECT_EQ(actors.at(0)["events"].get_int64().value(), 4);
  EXPECT_EQ(std::string(actors.at(1)["code"].get_string().value()), "RUS");
  EXPECT_EQ(actors.at(1)["events"].get_int64().value(), 3);
  auto dyads = this->Parse(this->Get("/api/actors?by=dyad"))["dyads"];
  ASSERT_EQ(dyads.get_array().size(), 3u);
  EXPECT_EQ(std::string(dyads.at(0)["source"].get_string().value()), "RUS");
  EXPECT_EQ(std::string(dyads.at(0)["target"].get_string().value()), "UKR");
  EXPECT_EQ(dyads.at(0)["events"].get_int64().value(), 3);
  auto countries =
      this->Parse(this->Get("/api/actors?by=country&from=2024-03-01&to=2024-03-31"))["countries"];
  EXPECT_EQ(countries.get_array().size(), 4u);  // EGY, ISR, RUS, UKR
}

TYPED_TEST(ServeTest, CodeNeedsTheTokenAndCodesWithoutStoring) {
  const std::string article =
      R"({"id": "posted", "date": "2024-06-01", "text": "Egypt praised Israel."})";
  uint16_t port = TestFixture::server_->port();
  this->ExpectError(Request(port, "POST", "/api/code", article), 401, "Authorization: Bearer");
  this->ExpectError(Request(port, "POST", "/api/code", article, "Authorization: Bearer wrong\r\n"),
                    401, "Authorization");
  Reply r = Request(port, "POST", "/api/code", article, "Authorization: Bearer sesame\r\n");
  ASSERT_EQ(r.status, 200) << r.body;
  auto events = this->Parse(r).get_array();
  ASSERT_EQ(events.value().size(), 1u);
  auto e = events.at(0);
  EXPECT_EQ(std::string(e["doc_id"].get_string().value()), "posted");
  EXPECT_EQ(std::string(e["source"].get_string().value()), "EGY");
  EXPECT_EQ(std::string(e["target"].get_string().value()), "ISR");
  EXPECT_EQ(std::string(e["cameo"].get_string().value()), "051");
  EXPECT_EQ(std::string(e["date"].get_string().value()), "2024-06-01");
  EXPECT_EQ(this->Parse(this->Get("/api/events"))["events"].get_array().size(), 5u);  // not stored
}

TYPED_TEST(ServeTest, ReadOnlyWithoutAToken) {
  Api read_only(TestFixture::stores_, TestFixture::resources_->codebook.get(), TestFixture::coder_,
                {});
  HttpRequest request;
  request.method = "POST";
  request.path = "/api/code";
  request.body = kArticles[0];
  HttpResponse r = read_only.Handle(request);
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("--token"), std::string::npos);
}

TYPED_TEST(ServeTest, MalformedRequestsGetJsonErrorsAndTheServerStaysUp) {
  uint16_t port = TestFixture::server_->port();
  const std::string auth = "Authorization: Bearer sesame\r\n";
  this->ExpectError(Request(port, "POST", "/api/code", "{\"id\": \"x\", \"date\":", auth), 400,
                    "not an article");
  this->ExpectError(Request(port, "POST", "/api/code", "[1, 2]", auth), 400, "not an article");
  this->ExpectError(
      Request(port, "POST", "/api/code",
              R"({"id": "x", "date": "2024-02-30", "text": "Egypt praised Israel."})", auth),
      400, "not an article");
  this->ExpectError(Request(port, "POST", "/api/code", std::string(5000, 'x'), auth), 413,
                    "larger than 4096 bytes");
  this->ExpectError(Request(port, "POST", "/api/code", "\xff\xfe{}", auth), 400, "not an article");
  this->ExpectError(this->Get("/api/events?colour=red"), 400, "unknown parameter 'colour'");
  this->ExpectError(this->Get("/api/events?actor=RUS&actor=UKR"), 400, "more than once");
  this->ExpectError(this->Get("/api/events?from=2024-13-01"), 400, "from must be a real day");
  this->ExpectError(this->Get("/api/events?from=2024-05-01&to=2024-04-01"), 400, "before from");
  this->ExpectError(this->Get("/api/events?from=yesterday"), 400, "from must be a real day");
  this->ExpectError(this->Get("/api/events?actor=rus%27%3B--"), 400,
                    "actor must be a CAMEO actor code");
  this->ExpectError(this->Get("/api/events?limit=0"), 400,
                    "limit must be a whole number from 1 to 1000");
  this->ExpectError(this->Get("/api/events?limit=99999999999999999999"), 400, "limit must be");
  this->ExpectError(this->Get("/api/events?offset=-1"), 400, "offset must be");
  this->ExpectError(this->Get("/api/events?quad=5"), 400, "quad must be");
  this->ExpectError(this->Get("/api/events?root=21"), 400, "root must be");
  this->ExpectError(this->Get("/api/events?cameo=999"), 400, "unknown CAMEO event code");
  this->ExpectError(this->Get("/api/events?dyad=RUS"), 400, "dyad must be SOURCE,TARGET");
  this->ExpectError(this->Get("/api/events?dedup=often"), 400, "dedup must be");
  this->ExpectError(this->Get("/api/events?q=" + std::string(300, 'a')), 400,
                    "longer than 200 bytes");
  this->ExpectError(this->Get("/api/timeseries?by=year"), 400, "by must be day, week or month");
  this->ExpectError(this->Get("/api/timeseries?country=Russia"), 400, "country must be");
  this->ExpectError(this->Get("/api/actors?by=verb"), 400, "by must be actor, dyad or country");
  this->ExpectError(this->Get("/api/nothing"), 404, "no endpoint /api/nothing");
  this->ExpectError(Request(port, "DELETE", "/api/events"), 405, "DELETE is not allowed");
  this->ExpectError(this->Get("/api/code"), 405, "use POST");
  EXPECT_EQ(this->Get("/healthz").status, 200);
  // Half a request, then the connection drops: the server carries on.
  SendAndHangUp(port, "POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n" + auth +
                          "\r\n{\"id\":");
  SendAndHangUp(port, "GET /api/events?from=\xff\x00 HTTP/1.1\r\n\r\n");
  SendAndHangUp(port, "NONSENSE\r\n\r\n");
  EXPECT_EQ(this->Get("/healthz").status, 200);
}

TEST(RateLimiterTest, BurstThenRate) {
  RateLimiter limiter(/*rate=*/2, /*burst=*/3);
  auto t0 = RateLimiter::Clock::now();
  EXPECT_TRUE(limiter.Allow("a", t0));
  EXPECT_TRUE(limiter.Allow("a", t0));
  EXPECT_TRUE(limiter.Allow("a", t0));
  EXPECT_FALSE(limiter.Allow("a", t0));
  EXPECT_TRUE(limiter.Allow("b", t0));  // another client has its own bucket
  EXPECT_TRUE(limiter.Allow("a", t0 + std::chrono::milliseconds(500)));  // one token back
  EXPECT_FALSE(limiter.Allow("a", t0 + std::chrono::milliseconds(500)));
  RateLimiter unlimited(0, 0);
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(unlimited.Allow("a", t0));
}

TEST(HttpServerTest, TooManyRequestsFromOneClientGet429) {
  ServerOptions options;
  options.port = 0;
  options.rate_per_second = 1;
  options.rate_burst = 2;
  HttpServer server(options, [](const HttpRequest&) {
    HttpResponse r;
    r.body = "{}";
    return r;
  });
  std::string error;
  ASSERT_TRUE(server.Start(&error)) << error;
  EXPECT_EQ(Request(server.port(), "GET", "/").status, 200);
  EXPECT_EQ(Request(server.port(), "GET", "/").status, 200);
  Reply refused = Request(server.port(), "GET", "/");
  EXPECT_EQ(refused.status, 429);
  EXPECT_NE(refused.body.find("too many requests"), std::string::npos);
}

TEST(HttpServerTest, RefusesAnAddressItCannotParse) {
  ServerOptions options;
  options.host = "example.org";
  HttpServer server(options, [](const HttpRequest&) { return HttpResponse(); });
  std::string error;
  EXPECT_FALSE(server.Start(&error));
  EXPECT_NE(error.find("--host must be an IPv4 or IPv6 address"), std::string::npos);
}

TEST(StaticFilesTest, PlainPathsOnly) {
  EXPECT_TRUE(StaticFiles::IsPlainPath("/index.html"));
  EXPECT_TRUE(StaticFiles::IsPlainPath("/node_modules/uplot/dist/uPlot.iife.min.js"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("/../etc/passwd"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("/a/../../etc/passwd"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("/./index.html"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("/.git/config"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("//etc/passwd"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("/a\\..\\b"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("/dir/"));
  EXPECT_FALSE(StaticFiles::IsPlainPath("relative.html"));
}

TEST(StaticFilesTest, ServesFilesInsideTheFolderOnly) {
  fs::path dir = fs::temp_directory_path() / ("khaldun-static-test-" + std::to_string(getpid()));
  fs::create_directories(dir / "web" / "js");
  std::ofstream(dir / "web" / "index.html") << "<p>hello</p>";
  std::ofstream(dir / "web" / "js" / "app.js") << "let x = 1;";
  std::ofstream(dir / "secret.txt") << "secret";
  fs::create_symlink(dir / "secret.txt", dir / "web" / "link.txt");
  StaticFiles files((dir / "web").string());
  auto get = [&](const std::string& path) {
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    return files.Handle(request);
  };
  HttpResponse index = get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.body, "<p>hello</p>");
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(get("/js/app.js").content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(get("/../secret.txt").status, 404);
  EXPECT_EQ(get("/link.txt").status, 404);  // a link out of the folder
  EXPECT_EQ(get("/js").status, 404);        // a folder
  EXPECT_EQ(get("/missing.js").status, 404);
  HttpRequest post;
  post.method = "POST";
  post.path = "/index.html";
  EXPECT_EQ(files.Handle(post).status, 405);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace khaldun::serve
