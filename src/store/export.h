// Writes what the store holds for other tools: events as JSON Lines (the
// events-out contract), CSV, or the GDELT 2.0 event table; and a query's
// Table as an aligned text table, CSV or JSON.
#ifndef KHALDUN_STORE_EXPORT_H_
#define KHALDUN_STORE_EXPORT_H_

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "store/event_store.h"

namespace khaldun::store {

enum class ExportFormat { kJsonl, kCsv, kGdelt };
std::optional<ExportFormat> ParseExportFormat(const std::string& name);

// Writes every event passing `filter` after `dedup`, in ingest order, to
// `out`. Returns the number of events written.
//   jsonl: each event's line as 'khaldun code' printed it; with a dedup
//          filter a "mentions" key is added at the end.
//   csv:   a header and the normalised columns (docs/store.md).
//   gdelt: the 61 tab-separated columns of the GDELT 2.0 event table, no header.
uint64_t ExportEvents(EventStore* store, const Filter& filter, Dedup dedup, ExportFormat format,
                      std::FILE* out);

// The GDELT 2.0 row (61 fields, tab-separated, no newline) of one event.
// `global_id` fills GLOBALEVENTID.
std::string GdeltRow(const EventRecord& event, Dedup dedup, uint64_t global_id);

// Appends `field` to `*line` as one CSV field (RFC 4180 quoting).
void AppendCsvField(const std::string& field, std::string* line);

enum class TableFormat { kText, kCsv, kJson };
std::optional<TableFormat> ParseTableFormat(const std::string& name);  // table, csv, json

// Prints a query result. In JSON, an array of objects; the counts and
// Goldstein figures are numbers, the rest strings, nulls null.
void WriteTable(const Table& table, TableFormat format, std::FILE* out);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_EXPORT_H_
