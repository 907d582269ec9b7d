#include "serve/http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>
#include <exception>

#include "io/json_writer.h"
#include "serve/rate_limiter.h"

namespace khaldun::serve {

std::string HttpRequest::Param(const std::string& name) const {
  for (const auto& [key, value] : query)
    if (key == name) return value;
  return "";
}

HttpResponse JsonError(int status, const std::string& message) {
  HttpResponse r;
  r.status = status;
  io::JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("error");
  w.BeginObject();
  w.Key("status");
  w.Int(status);
  w.Key("message");
  w.String(message);
  w.EndObject();
  w.EndObject();
  r.body += '\n';
  return r;
}

struct HttpServer::Impl {
  ServerOptions options;
  HttpHandler handler;
  RateLimiter limiter;
  MHD_Daemon* daemon = nullptr;
  uint16_t port = 0;

  Impl(ServerOptions o, HttpHandler h)
      : options(std::move(o)),
        handler(std::move(h)),
        limiter(options.rate_per_second, options.rate_burst) {}
};

namespace {

// What a connection gathers while its request body arrives.
struct PendingRequest {
  std::string body;
  bool too_large = false;
};

MHD_Result Send(MHD_Connection* connection, const HttpResponse& r) {
  MHD_Response* response =
      MHD_create_response_from_buffer(r.body.size(), (void*)r.body.data(), MHD_RESPMEM_MUST_COPY);
  if (response == nullptr) return MHD_NO;
  MHD_add_response_header(response, "Content-Type", r.content_type.c_str());
  MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
  for (const auto& [name, value] : r.headers)
    MHD_add_response_header(response, name.c_str(), value.c_str());
  MHD_Result ok = MHD_queue_response(connection, static_cast<unsigned>(r.status), response);
  MHD_destroy_response(response);
  return ok;
}

MHD_Result CollectArgument(void* cls, MHD_ValueKind, const char* key, const char* value) {
  auto* query = static_cast<std::vector<std::pair<std::string, std::string>>*>(cls);
  query->emplace_back(key ? key : "", value ? value : "");
  return MHD_YES;
}

std::string ClientAddress(MHD_Connection* connection) {
  const MHD_ConnectionInfo* info =
      MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (info == nullptr || info->client_addr == nullptr) return "unknown";
  char text[INET6_ADDRSTRLEN] = "";
  const sockaddr* sa = info->client_addr;
  if (sa->sa_family == AF_INET)
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, text, sizeof text);
  else if (sa->sa_family == AF_INET6)
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, text, sizeof text);
  return text;
}

MHD_Result Answer(void* cls, MHD_Connection* connection, const char* url, const char* method,
                  const char*, const char* upload_data, size_t* upload_data_size, void** state) {
  auto* impl = static_cast<HttpServer::Impl*>(cls);
  auto* pending = static_cast<PendingRequest*>(*state);
  if (pending == nullptr) {
    // First call: the headers are in. Refuse early what will be refused anyway.
    std::string client = ClientAddress(connection);
    if (!impl->limiter.Allow(client)) {
      HttpResponse r = JsonError(429, "too many requests from " + client + "; slow down");
      r.headers.emplace_back("Retry-After", "1");
      return Send(connection, r);
    }
    const char* length =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (length != nullptr && std::strtoull(length, nullptr, 10) > impl->options.max_body_bytes)
      return Send(connection,
                  JsonError(413, "request body larger than " +
                                     std::to_string(impl->options.max_body_bytes) + " bytes"));
    *state = new PendingRequest;
    return MHD_YES;
  }
  if (*upload_data_size != 0) {
    if (pending->body.size() + *upload_data_size > impl->options.max_body_bytes)
      pending->too_large = true;
    else
      pending->body.append(upload_data, *upload_data_size);
    *upload_data_size = 0;
    return MHD_YES;
  }
  if (pending->too_large)
    return Send(connection,
                JsonError(413, "request body larger than " +
                                   std::to_string(impl->options.max_body_bytes) + " bytes"));
  HttpRequest request;
  request.method = method;
  request.path = url;
  request.body = std::move(pending->body);
  request.client = ClientAddress(connection);
  MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, CollectArgument, &request.query);
  const char* auth =
      MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
  if (auth != nullptr) request.authorization = auth;
  HttpResponse response;
  try {
    response = impl->handler(request);
  } catch (const std::exception& e) {
    response = JsonError(500, std::string("internal error: ") + e.what());
  } catch (...) {
    response = JsonError(500, "internal error");
  }
  return Send(connection, response);
}

void Completed(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode) {
  delete static_cast<PendingRequest*>(*state);
  *state = nullptr;
}

}  // namespace

HttpServer::HttpServer(ServerOptions options, HttpHandler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

HttpServer::~HttpServer() { Stop(); }

bool HttpServer::Start(std::string* error) {
  const ServerOptions& o = impl_->options;
  std::string host = o.host == "localhost" ? "127.0.0.1" : o.host;
  sockaddr_in v4{};
  sockaddr_in6 v6{};
  const sockaddr* address = nullptr;
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO;
  if (inet_pton(AF_INET, host.c_str(), &v4.sin_addr) == 1) {
    v4.sin_family = AF_INET;
    v4.sin_port = htons(o.port);
    address = reinterpret_cast<const sockaddr*>(&v4);
  } else if (inet_pton(AF_INET6, host.c_str(), &v6.sin6_addr) == 1) {
    v6.sin6_family = AF_INET6;
    v6.sin6_port = htons(o.port);
    address = reinterpret_cast<const sockaddr*>(&v6);
    flags |= MHD_USE_IPv6;
  } else {
    *error = "--host must be an IPv4 or IPv6 address (or localhost), not '" + o.host + "'";
    return false;
  }
  impl_->daemon = MHD_start_daemon(
      flags, o.port, nullptr, nullptr, &Answer, impl_.get(), MHD_OPTION_SOCK_ADDR, address,
      MHD_OPTION_THREAD_POOL_SIZE, static_cast<unsigned>(o.threads), MHD_OPTION_CONNECTION_LIMIT,
      o.max_connections, MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_NOTIFY_COMPLETED,
      &Completed, nullptr, MHD_OPTION_END);
  if (impl_->daemon == nullptr) {
    *error = "cannot listen on " + o.host + ":" + std::to_string(o.port) +
             " (address in use, or not this machine's)";
    return false;
  }
  const MHD_DaemonInfo* info = MHD_get_daemon_info(impl_->daemon, MHD_DAEMON_INFO_BIND_PORT);
  impl_->port = info ? info->port : o.port;
  return true;
}

void HttpServer::Stop() {
  if (impl_->daemon != nullptr) MHD_stop_daemon(impl_->daemon);
  impl_->daemon = nullptr;
}

uint16_t HttpServer::port() const { return impl_->port; }

}  // namespace khaldun::serve
