// Serves the dashboard's files from one folder. A path is served only when
// every segment is a plain name (letters, digits, '.', '_', '-', not starting
// with '.') and the file it names resolves, links followed, inside the folder:
// no "..", no hidden files, no escape through a symbolic link.
#ifndef KHALDUN_SERVE_STATIC_FILES_H_
#define KHALDUN_SERVE_STATIC_FILES_H_

#include <string>

#include "serve/http_server.h"

namespace khaldun::serve {

class StaticFiles {
 public:
  explicit StaticFiles(const std::string& root);  // "/" serves ROOT/index.html

  // Whether the folder exists (else every request answers 404).
  bool ok() const { return !root_.empty(); }
  HttpResponse Handle(const HttpRequest& request) const;

  // Whether `path` ("/a/b.js") is made only of plain names (see above).
  static bool IsPlainPath(const std::string& path);

 private:
  std::string root_;  // the folder's real path, or empty
};

}  // namespace khaldun::serve

#endif  // KHALDUN_SERVE_STATIC_FILES_H_
