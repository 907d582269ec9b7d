#include "serve/static_files.h"

#include <sys/stat.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace khaldun::serve {
namespace {

constexpr off_t kMaxFileBytes = 16 << 20;

std::string ContentType(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e = ext;
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return "application/octet-stream";
}

std::string RealPath(const std::string& path) {
  char buf[PATH_MAX];
  return realpath(path.c_str(), buf) ? std::string(buf) : std::string();
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) : root_(RealPath(root)) {}

bool StaticFiles::IsPlainPath(const std::string& path) {
  if (path.empty() || path[0] != '/') return false;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end == start || path[start] == '.') return false;  // empty, ".", "..", hidden
    for (size_t i = start; i < end; ++i) {
      char c = path[i];
      bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '.' || c == '_' || c == '-';
      if (!plain) return false;
    }
    start = end + 1;
  }
  return true;
}

HttpResponse StaticFiles::Handle(const HttpRequest& request) const {
  if (request.method != "GET" && request.method != "HEAD") {
    HttpResponse r = JsonError(
        405, request.method + " is not allowed on " + request.path.substr(0, 100) + "; use GET");
    r.headers.emplace_back("Allow", "GET");
    return r;
  }
  std::string path = request.path == "/" ? "/index.html" : request.path;
  if (!IsPlainPath(path)) return JsonError(404, "no such file");
  if (root_.empty()) return JsonError(404, "this server has no dashboard folder");
  std::string real = RealPath(root_ + path);
  struct stat st;
  if (real.empty() || real.compare(0, root_.size() + 1, root_ + "/") != 0 ||
      stat(real.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > kMaxFileBytes)
    return JsonError(404, "no such file");
  std::ifstream in(real, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  HttpResponse r;
  r.content_type = ContentType(real);
  r.body = content.str();
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

}  // namespace khaldun::serve
