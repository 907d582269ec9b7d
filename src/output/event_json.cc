#include "output/event_json.h"

#include "io/json_writer.h"

namespace khaldun::output {
namespace {

void WriteEntry(io::JsonWriter* w, const coder::DictionaryRef& ref) {
  w->BeginObject();
  w->Key("kind");
  w->String(ref.kind);
  w->Key("phrases");
  w->String(ref.phrases);
  w->Key("where");
  w->String(ref.where);
  w->EndObject();
}

void WriteActor(io::JsonWriter* w, const coder::ActorRef& actor) {
  w->BeginObject();
  w->Key("code");
  w->String(actor.code);
  w->Key("text");
  w->String(actor.text);
  w->Key("start");
  w->Int(actor.span.begin);
  w->Key("end");
  w->Int(actor.span.end);
  w->Key("how");
  w->String(coder::ActorSourceName(actor.source));
  w->Key("entries");
  w->BeginArray();
  for (const coder::DictionaryRef& e : actor.entries) WriteEntry(w, e);
  w->EndArray();
  w->EndObject();
}

void StringOrNull(io::JsonWriter* w, const std::string& s) {
  if (s.empty()) {
    w->Null();
  } else {
    w->String(s);
  }
}

// The event's place (docs/events.md, docs/geography.md), or null.
void WriteLocation(io::JsonWriter* w, const std::optional<coder::EventLocation>& location) {
  if (!location) {
    w->Null();
    return;
  }
  const coder::EventLocation& l = *location;
  w->BeginObject();
  w->Key("text");
  w->String(l.text);
  w->Key("name");
  w->String(l.name);
  w->Key("feature");
  w->String(l.feature);
  w->Key("country");
  StringOrNull(w, l.country);
  w->Key("admin1");
  StringOrNull(w, l.admin1);
  w->Key("lat");
  w->Double(l.lat);
  w->Key("lon");
  w->Double(l.lon);
  w->Key("geonames_id");
  if (l.geonames_id != 0) {
    w->Int(l.geonames_id);
  } else {
    w->Null();
  }
  w->Key("start");
  w->Int(l.span.begin);
  w->Key("end");
  w->Int(l.span.end);
  w->EndObject();
}

}  // namespace

void AppendEventJson(const coder::Event& e, std::string_view article_text,
                     const cameo::Codebook& codebook, std::string* out) {
  io::JsonWriter w(out);
  const bool has_target = !e.target.code.empty();
  w.BeginObject();
  // The required keys of the contract.
  w.Key("doc_id");
  w.String(e.doc_id);
  w.Key("sentence_index");
  w.Int(e.sentence_index);
  w.Key("sentence_start");
  w.Int(e.sentence.begin);
  w.Key("sentence_end");
  w.Int(e.sentence.end);
  w.Key("source");
  StringOrNull(&w, e.source.code);
  w.Key("target");
  StringOrNull(&w, e.target.code);
  w.Key("cameo");
  w.String(e.cameo);
  w.Key("date");
  w.String(e.date);
  w.Key("location");
  WriteLocation(&w, e.location);

  // What the codebook says of the code.
  const cameo::EventCode* code = codebook.Find(e.cameo);
  w.Key("root");
  StringOrNull(&w, code ? code->root : std::string());
  w.Key("cameo_name");
  StringOrNull(&w, code ? code->name : std::string());
  w.Key("quad_class");
  if (code) {
    w.Int(code->quad_class);
  } else {
    w.Null();
  }
  w.Key("goldstein");
  if (code) {
    w.Double(code->goldstein);
  } else {
    w.Null();
  }
  w.Key("plover");
  if (code && !code->plover_event.empty()) {
    w.BeginObject();
    w.Key("event");
    w.String(code->plover_event);
    w.Key("mode");
    StringOrNull(&w, code->plover_mode);
    w.Key("context");
    StringOrNull(&w, code->plover_context);
    w.EndObject();
  } else {
    w.Null();
  }

  // Who, as written.
  w.Key("source_text");
  w.String(e.source.text);
  w.Key("target_text");
  StringOrNull(&w, has_target ? e.target.text : std::string());
  w.Key("source_actor");
  WriteActor(&w, e.source);
  w.Key("target_actor");
  if (has_target) {
    WriteActor(&w, e.target);
  } else {
    w.Null();
  }

  // Why: the sentence, the event words and the entries that coded them.
  w.Key("evidence");
  w.BeginObject();
  w.Key("sentence");
  if (e.sentence.end <= article_text.size() && e.sentence.begin <= e.sentence.end) {
    w.String(article_text.substr(e.sentence.begin, e.sentence.size()));
  } else {
    w.Null();
  }
  w.Key("mode");
  w.String(e.mode);
  w.Key("pattern");
  w.String(e.pattern);
  w.Key("words");
  w.String(e.event_text);
  w.Key("spans");
  w.BeginArray();
  for (const text::Span& span : e.event_spans) {
    w.BeginArray();
    w.Int(span.begin);
    w.Int(span.end);
    w.EndArray();
  }
  w.EndArray();
  w.Key("entry");
  WriteEntry(&w, e.event_entry);
  w.Key("date_text");
  StringOrNull(&w, e.date_text);
  w.Key("date_from_context");
  w.Bool(e.date_from_context);
  w.EndObject();

  // The issues of the sentence (docs/events.md): always an array, empty
  // when no issue entry matched or none is loaded.
  w.Key("issues");
  w.BeginArray();
  for (const coder::IssueMatch& issue : e.issues) {
    w.BeginObject();
    w.Key("code");
    w.String(issue.code);
    w.Key("category");
    StringOrNull(&w, issue.category);
    w.Key("text");
    w.String(issue.text);
    w.Key("start");
    w.Int(issue.span.begin);
    w.Key("end");
    w.Int(issue.span.end);
    w.EndObject();
  }
  w.EndArray();

  w.EndObject();
  out->push_back('\n');
}

}  // namespace khaldun::output
