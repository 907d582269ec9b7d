// A small HTTP/1.1 server over GNU libmicrohttpd: a thread pool answers
// requests through one handler function. The server enforces the limits every
// endpoint shares before the handler runs: request body size, requests per
// second per client address, and open connections.
#ifndef KHALDUN_SERVE_HTTP_SERVER_H_
#define KHALDUN_SERVE_HTTP_SERVER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace khaldun::serve {

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // percent-decoded, without the query string
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::string body;
  std::string authorization;  // the Authorization header, or empty
  std::string client;         // the client's address, e.g. "127.0.0.1"

  // The value of query parameter `name`, or empty.
  std::string Param(const std::string& name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (see HttpServer::port)
  int threads = 4;
  size_t max_body_bytes = 1 << 20;
  double rate_per_second = 50;  // per client address; 0: unlimited
  double rate_burst = 100;
  unsigned max_connections = 256;
};

// A JSON error body: {"error": {"status": 404, "message": "..."}}.
HttpResponse JsonError(int status, const std::string& message);

class HttpServer {
 public:
  HttpServer(ServerOptions options, HttpHandler handler);
  ~HttpServer();  // stops the server
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts answering. Returns false with `*error` set when the
  // address cannot be bound.
  bool Start(std::string* error);
  void Stop();
  uint16_t port() const;  // the bound port

  struct Impl;  // public for the C callbacks in http_server.cc

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace khaldun::serve

#endif  // KHALDUN_SERVE_HTTP_SERVER_H_
