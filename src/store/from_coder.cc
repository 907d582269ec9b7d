#include "store/from_coder.h"

#include "output/event_json.h"

namespace khaldun::store {
namespace {

StoredActor ToStoredActor(const coder::ActorRef& actor) {
  StoredActor out;
  out.code = actor.code;
  if (actor.code.empty()) return out;
  out.text = actor.text;
  out.start = static_cast<int>(actor.span.begin);
  out.end = static_cast<int>(actor.span.end);
  out.how = coder::ActorSourceName(actor.source);
  return out;
}

}  // namespace

StoredEvent ToStoredEvent(const coder::Event& e, std::string_view article_text,
                          const cameo::Codebook& codebook) {
  StoredEvent out;
  out.sentence_index = e.sentence_index;
  out.sentence_start = static_cast<int>(e.sentence.begin);
  out.sentence_end = static_cast<int>(e.sentence.end);
  if (e.sentence.begin <= e.sentence.end && e.sentence.end <= article_text.size())
    out.sentence_text = std::string(article_text.substr(e.sentence.begin, e.sentence.size()));
  out.source = ToStoredActor(e.source);
  out.target = ToStoredActor(e.target);
  out.cameo = e.cameo;
  if (const cameo::EventCode* code = codebook.Find(e.cameo)) {
    out.root = code->root;
    out.quad_class = code->quad_class;
    out.goldstein = code->goldstein;
  }
  out.date = e.date;
  out.mode = e.mode;
  out.pattern = e.pattern;
  out.words = e.event_text;
  out.entry_where = e.event_entry.where;
  out.date_text = e.date_text;
  out.date_from_context = e.date_from_context;
  if (e.location) {
    out.place = e.location->name;
    out.latitude = e.location->lat;
    out.longitude = e.location->lon;
  }
  output::AppendEventJson(e, article_text, codebook, &out.json);
  if (!out.json.empty() && out.json.back() == '\n') out.json.pop_back();
  return out;
}

}  // namespace khaldun::store
