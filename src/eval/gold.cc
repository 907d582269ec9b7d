#include "eval/gold.h"

#include <simdjson.h>

#include <fstream>

#include "when/civil_date.h"

namespace khaldun::eval {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string::npos ? at : at - start));
    if (at == std::string::npos) return out;
    start = at + 1;
  }
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// "USA|CHN|042 ; BRA|USA|031" -> events.
bool ParseGsrEvents(const std::string& field, std::vector<GoldEvent>* events) {
  for (const std::string& part : Split(field, ';')) {
    std::string event = Trim(part);
    if (event.empty()) continue;
    std::vector<std::string> f = Split(event, '|');
    if (f.size() < 3) return false;
    events->push_back(GoldEvent{Trim(f[0]), Trim(f[1]), Trim(f[2])});
  }
  return true;
}

}  // namespace

GoldFormat GuessFormat(const std::string& path) {
  if (path.size() >= 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0)
    return GoldFormat::kJsonl;
  if (path.find("cameo_manual_examples") != std::string::npos) return GoldFormat::kCameoExamples;
  return GoldFormat::kGsr;
}

bool ReadGold(const std::string& path, GoldFormat format, const std::string& default_date,
              std::vector<GoldRecord>* records, std::vector<std::string>* errors) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  int number = 0;
  simdjson::dom::parser parser;
  auto bad = [&](const std::string& why) {
    errors->push_back(path + ":" + std::to_string(number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty()) continue;
    GoldRecord r;
    r.date = default_date;
    if (format == GoldFormat::kJsonl) {
      simdjson::dom::element doc;
      if (parser.parse(line).get(doc) != simdjson::SUCCESS) {
        bad("invalid JSON");
        continue;
      }
      std::string_view v;
      if (doc["id"].get(v) == simdjson::SUCCESS) r.id = v;
      if (doc["pub_date"].get(v) == simdjson::SUCCESS) r.date = v;
      if (doc["context"].get(v) == simdjson::SUCCESS) r.context = v;
      if (doc["text"].get(v) != simdjson::SUCCESS) {
        bad("missing \"text\"");
        continue;
      }
      r.text = v;
      simdjson::dom::array events;
      if (doc["events"].get(events) == simdjson::SUCCESS) {
        for (simdjson::dom::element e : events) {
          GoldEvent g;
          if (e["source"].get(v) == simdjson::SUCCESS) g.source = v;
          if (e["target"].get(v) == simdjson::SUCCESS) g.target = v;
          if (e["cameo"].get(v) == simdjson::SUCCESS) g.cameo = v;
          r.events.push_back(std::move(g));
        }
      }
    } else {
      std::vector<std::string> f = Split(line, '\t');
      if (number == 1 && (f[0] == "id" || f[0] == "cameo_code")) continue;  // the header
      if (format == GoldFormat::kCameoExamples) {
        if (f.size() < 3) {
          bad("expected cameo_code, example_no, sentence");
          continue;
        }
        r.id = f[0] + "-" + f[1];
        r.text = f[2];
        r.events.push_back(GoldEvent{"", "", f[0]});
      } else {
        if (f.size() < 6) {
          bad("expected 6 tab-separated fields");
          continue;
        }
        r.id = f[0];
        // YYYYMMDD, or TABARI's YYMMDD (years 00-30 are 20xx, as the
        // peers read them).
        std::string digits = f[2];
        if (digits.size() == 6) digits = (digits.substr(0, 2) <= "30" ? "20" : "19") + digits;
        if (digits.size() == 8) {
          std::string iso =
              digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
          if (when::CivilDate::Parse(iso)) r.date = iso;
        }
        r.text = f[5];
        if (!ParseGsrEvents(f[3], &r.events)) {
          bad("malformed expected events \"" + f[3] + "\"");
          continue;
        }
      }
    }
    if (!when::CivilDate::Parse(r.date)) {
      bad("bad date \"" + r.date + "\"");
      continue;
    }
    records->push_back(std::move(r));
  }
  return true;
}

}  // namespace khaldun::eval
