#include "store/export.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "io/json_writer.h"
#include "when/civil_date.h"

namespace khaldun::store {
namespace {

// Tabs and line breaks would break a tab-separated row: they become spaces.
std::string TsvSafe(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string Block(const std::string& code, size_t index) {
  return code.size() >= 3 * (index + 1) ? code.substr(3 * index, 3) : "";
}

// Codes that start with an organisation type rather than a country
// (international, non-governmental, multinational organisations).
bool IsOrganisationBlock(const std::string& block) {
  return block == "IGO" || block == "NGO" || block == "MNC" || block == "NGM";
}

// A CAMEO country block is three letters; "---" (unknown) is no country.
std::string Country(const std::string& country) {
  if (country.size() != 3 || IsOrganisationBlock(country)) return "";
  for (char c : country)
    if (c < 'A' || c > 'Z') return "";
  return country;
}

std::string FormatDouble(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(const std::string& name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "gdelt") return ExportFormat::kGdelt;
  return std::nullopt;
}

std::optional<TableFormat> ParseTableFormat(const std::string& name) {
  if (name == "table") return TableFormat::kText;
  if (name == "csv") return TableFormat::kCsv;
  if (name == "json") return TableFormat::kJson;
  return std::nullopt;
}

void AppendCsvField(const std::string& field, std::string* line) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) {
    *line += field;
    return;
  }
  *line += '"';
  for (char c : field) {
    if (c == '"') *line += '"';
    *line += c;
  }
  *line += '"';
}

std::string GdeltRow(const EventRecord& e, Dedup dedup, uint64_t global_id) {
  std::vector<std::string> f(61);
  std::optional<when::CivilDate> d = when::CivilDate::Parse(e.date);
  std::string ymd =
      e.date.size() == 10 ? e.date.substr(0, 4) + e.date.substr(5, 2) + e.date.substr(8, 2) : "";
  f[0] = std::to_string(global_id);
  f[1] = ymd;
  f[2] = ymd.substr(0, std::min<size_t>(6, ymd.size()));
  f[3] = ymd.substr(0, std::min<size_t>(4, ymd.size()));
  if (d) {
    long day_of_year = d->DaysSinceEpoch() - when::CivilDate{d->year, 1, 1}.DaysSinceEpoch() + 1;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", d->year + day_of_year / 365.0);
    f[4] = buf;
  }
  // Actor1 (5-14) is the source, Actor2 (15-24) the target.
  const std::string* codes[2] = {&e.source, &e.target};
  const std::string* names[2] = {&e.source_name, &e.target_name};
  for (int side = 0; side < 2; ++side) {
    const std::string& code = *codes[side];
    int base = 5 + side * 10;
    f[base] = code;
    f[base + 1] = TsvSafe(*names[side]);
    f[base + 2] = Country(Block(code, 0));
    // 8 KnownGroup, 9 Ethnic, 10-11 Religion: Khaldun's codes do not separate them.
    // Type codes follow the country; an organisation's code is all types (IGOUNO).
    size_t first_type = IsOrganisationBlock(Block(code, 0)) ? 0 : 1;
    for (int t = 0; t < 3; ++t) f[base + 7 + t] = Block(code, first_type + t);
  }
  f[25] = e.sentence_index == 0 ? "1" : "0";
  f[26] = e.cameo;
  f[27] = e.cameo.substr(0, std::min<size_t>(3, e.cameo.size()));
  f[28] = e.root;
  f[29] = e.quad_class ? std::to_string(e.quad_class) : "";
  f[30] = e.goldstein ? FormatDouble(*e.goldstein) : "";
  f[31] = std::to_string(e.mentions);
  f[32] = "1";
  f[33] = dedup == Dedup::kDay ? std::to_string(e.mentions) : "1";
  // 34 AvgTone and the geography (35-58) are not coded; ActionGeo_FullName is
  // the place when one is stored.
  f[52] = TsvSafe(e.place);
  f[59] = ymd.empty() ? "" : ymd + "000000";
  f[60] = TsvSafe(e.url.empty() ? e.article_id : e.url);
  std::string row;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) row += '\t';
    row += f[i];
  }
  return row;
}

uint64_t ExportEvents(EventStore* store, const Filter& filter, Dedup dedup, ExportFormat format,
                      std::FILE* out) {
  uint64_t n = 0;
  std::string line;
  if (format == ExportFormat::kCsv) {
    std::fputs(
        "doc_id,event_index,sentence_index,date,source,source_name,source_country,"
        "source_sector,target,target_name,target_country,target_sector,cameo,root,quad_class,"
        "goldstein,place,mentions,url\n",
        out);
  }
  store->ForEachEvent(filter, dedup, [&](const EventRecord& e) {
    ++n;
    line.clear();
    switch (format) {
      case ExportFormat::kJsonl:
        line = e.json;
        if (dedup != Dedup::kNone && !line.empty() && line.back() == '}') {
          line.pop_back();
          line += ",\"mentions\":" + std::to_string(e.mentions) + "}";
        }
        break;
      case ExportFormat::kGdelt:
        line = GdeltRow(e, dedup, n);
        break;
      case ExportFormat::kCsv: {
        const std::string fields[] = {e.article_id,
                                      std::to_string(e.event_index),
                                      std::to_string(e.sentence_index),
                                      e.date,
                                      e.source,
                                      e.source_name,
                                      e.source_country,
                                      e.source_sector,
                                      e.target,
                                      e.target_name,
                                      e.target_country,
                                      e.target_sector,
                                      e.cameo,
                                      e.root,
                                      e.quad_class ? std::to_string(e.quad_class) : "",
                                      e.goldstein ? FormatDouble(*e.goldstein) : "",
                                      e.place,
                                      std::to_string(e.mentions),
                                      e.url};
        bool first = true;
        for (const std::string& field : fields) {
          if (!first) line += ',';
          first = false;
          AppendCsvField(field, &line);
        }
        break;
      }
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), out);
  });
  return n;
}

void WriteTable(const Table& table, TableFormat format, std::FILE* out) {
  std::string text;
  auto cell = [](const std::optional<std::string>& v) { return v ? *v : std::string(); };
  if (format == TableFormat::kJson) {
    io::JsonWriter w(&text);
    w.BeginArray();
    for (const auto& row : table.rows) {
      w.BeginObject();
      for (size_t c = 0; c < table.columns.size(); ++c) {
        const std::string& name = table.columns[c];
        w.Key(name);
        bool number = name == "events" || name == "mentions" || name == "goldstein_sum" ||
                      name == "goldstein_mean" || name == "goldstein" || name == "quad_class";
        if (!row[c] || row[c]->empty()) {
          w.Null();
        } else if (number) {
          w.Double(std::stod(*row[c]));
        } else {
          w.String(*row[c]);
        }
      }
      w.EndObject();
    }
    w.EndArray();
    text += '\n';
  } else if (format == TableFormat::kCsv) {
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (c) text += ',';
      AppendCsvField(table.columns[c], &text);
    }
    text += '\n';
    for (const auto& row : table.rows) {
      for (size_t c = 0; c < row.size(); ++c) {
        if (c) text += ',';
        AppendCsvField(cell(row[c]), &text);
      }
      text += '\n';
    }
  } else {
    std::vector<size_t> width(table.columns.size());
    for (size_t c = 0; c < width.size(); ++c) width[c] = table.columns[c].size();
    for (const auto& row : table.rows)
      for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], cell(row[c]).size());
    auto add_row = [&](auto get) {
      for (size_t c = 0; c < width.size(); ++c) {
        std::string v = get(c);
        text += v;
        if (c + 1 < width.size()) text += std::string(width[c] - v.size() + 2, ' ');
      }
      text += '\n';
    };
    add_row([&](size_t c) { return table.columns[c]; });
    for (const auto& row : table.rows) add_row([&](size_t c) { return cell(row[c]); });
  }
  std::fwrite(text.data(), 1, text.size(), out);
}

}  // namespace khaldun::store
