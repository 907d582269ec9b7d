// khaldun serve: the event store as a JSON API and a web dashboard.
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "cli/coding_options.h"
#include "cli/commands.h"
#include "cli/resources.h"
#include "coder/coder.h"
#include "serve/api.h"
#include "serve/http_server.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"

namespace khaldun::cli {
namespace {

const char* kServeHelp = R"(khaldun serve - the event store as a JSON API and a web dashboard

Usage: khaldun serve --store STORE [OPTIONS]

Serves GET /api/events, /api/events/{id}, /api/timeseries, /api/actors,
/healthz, POST /api/code (see docs/api.md) and the dashboard at /.
Runs until interrupted (Ctrl-C or SIGTERM).

Options:
  --store STORE        a SQLite file or a postgresql:// URL (required)
  --host ADDRESS       address to listen on (default 127.0.0.1, loopback only)
  --port N             port (default 8080; 0 picks a free one, printed at start)
  --token TOKEN        allow the write endpoints (POST /api/code) to requests
                       with 'Authorization: Bearer TOKEN' (or $KHALDUN_SERVE_TOKEN);
                       without one the server is read-only
  --threads N          worker threads (default 4)
  --rate N             requests per second per client address (default 50,
                       bursts of 2N; 0 = unlimited)
  --max-body BYTES     largest request body (default 1048576)
  --web DIR            dashboard folder (default: the web/ folder Khaldun was built with)
  --gazetteer FILE, --no-geo
                       as for 'khaldun code': POST /api/code places its events
  --data DIR, --dict DIR, --issues FILE, --wordnet DIR
                       the coder's resources, as for 'khaldun code'
  --keep-negated, --allow-missing-target
                       the coder's options, as for 'khaldun code'
  -h, --help           this text
)";

int Usage(const std::string& message) {
  std::fprintf(stderr, "khaldun: %s\nTry 'khaldun serve --help'.\n", message.c_str());
  return 2;
}

bool ParseNumber(const char* text, long min, long max, long* value) {
  char* end = nullptr;
  long v = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || v < min || v > max) return false;
  *value = v;
  return true;
}

}  // namespace

int RunServe(int argc, char** argv) {
  std::string location, web = KHALDUN_WEB_DIR, error;
  serve::ServerOptions server;
  serve::ApiOptions api_options;
  if (const char* token = std::getenv("KHALDUN_SERVE_TOKEN")) api_options.token = token;
  CodingOptions coding;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    long n = 0;
    if (arg == "-h" || arg == "--help") {
      std::fputs(kServeHelp, stdout);
      return 0;
    } else if (std::string error; TakeCodingOption(argc, argv, &i, &coding, &error)) {
      if (!error.empty()) return Usage(error);
    } else if (i + 1 >= argc) {
      return Usage(arg[0] == '-' ? arg + " needs a value or is unknown" : "unexpected " + arg);
    } else if (arg == "--store") {
      location = argv[++i];
    } else if (arg == "--host") {
      server.host = argv[++i];
    } else if (arg == "--port") {
      if (!ParseNumber(argv[++i], 0, 65535, &n)) return Usage("--port must be 0 to 65535");
      server.port = static_cast<uint16_t>(n);
    } else if (arg == "--token") {
      api_options.token = argv[++i];
    } else if (arg == "--threads") {
      if (!ParseNumber(argv[++i], 1, 256, &n)) return Usage("--threads must be 1 to 256");
      server.threads = static_cast<int>(n);
    } else if (arg == "--rate") {
      if (!ParseNumber(argv[++i], 0, 1000000, &n)) return Usage("--rate must be 0 to 1000000");
      server.rate_per_second = static_cast<double>(n);
      server.rate_burst = 2.0 * static_cast<double>(n);
    } else if (arg == "--max-body") {
      if (!ParseNumber(argv[++i], 1, 1L << 30, &n)) return Usage("--max-body must be 1 to 2^30");
      server.max_body_bytes = static_cast<size_t>(n);
    } else if (arg == "--web") {
      web = argv[++i];
    } else {
      return Usage("unknown option " + arg + " for 'khaldun serve'");
    }
  }
  if (location.empty()) return Usage("'khaldun serve' needs --store FILE or postgresql://...");
  std::unique_ptr<Resources> resources = LoadResources(coding.paths, &error);
  if (!resources) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  coder::Coder coder(resources->dictionary.get(), resources->lemmatizer.get(), coding.coder);
  // POST /api/code places events as 'khaldun code' does.
  Places places;
  if (!LoadPlaces(coding.gazetteer, coding.no_geo, &places, &error)) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  std::unique_ptr<serve::StorePool> stores;
  try {
    stores = std::make_unique<serve::StorePool>(location);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "khaldun: %s\n", e.what());
    return 1;
  }
  serve::Api api(stores.get(), resources->codebook.get(), &coder, api_options, places.placer.get());
  serve::StaticFiles files(web);
  if (!files.ok())
    std::fprintf(stderr, "khaldun: no dashboard folder %s; serving the API only\n", web.c_str());
  serve::HttpServer http(server, [&](const serve::HttpRequest& request) {
    return serve::Api::Handles(request.path) ? api.Handle(request) : files.Handle(request);
  });
  // Wait for the signal in this thread: block it before the server's threads start.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);
  if (!http.Start(&error)) {
    std::fprintf(stderr, "khaldun: %s\n", error.c_str());
    return 1;
  }
  std::fprintf(stderr, "khaldun serve: listening on http://%s:%u/ (%s)\n", server.host.c_str(),
               static_cast<unsigned>(http.port()),
               api_options.token.empty() ? "read-only" : "write endpoints need the token");
  std::fflush(stderr);
  int signal_number = 0;
  sigwait(&stop, &signal_number);
  http.Stop();
  return 0;
}

}  // namespace khaldun::cli
