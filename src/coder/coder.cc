#include "coder/coder.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

#include "coder/complement_code.h"
#include "coder/document_memory.h"
#include "coder/event_finder.h"
#include "coder/issue_finder.h"
#include "coder/mention_finder.h"
#include "coder/paired_events.h"
#include "coder/sentence.h"
#include "coder/word_classes.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "when/date_resolver.h"

namespace khaldun::coder {

const char* ActorSourceName(ActorSource source) {
  switch (source) {
    case ActorSource::kDictionary:
      return "dictionary";
    case ActorSource::kComposed:
      return "composed";
    case ActorSource::kMemory:
      return "memory";
    case ActorSource::kPronoun:
      return "pronoun";
    case ActorSource::kPlace:
      return "place";
  }
  return "?";
}

namespace {

// The date an event takes: a time expression of its own sentence (the one
// nearest the event words), else the last one of an earlier sentence (a
// statement "on Friday" goes on in the next sentences), else the
// publication date.
struct DateChoice {
  std::string date;
  std::string text;
  bool from_context = false;
};

DateChoice ChooseDate(const Sentence& s, const std::vector<when::DateMention>& dates,
                      uint32_t anchor, const DateChoice& carried) {
  const when::DateMention* best = nullptr;
  long best_distance = 0;
  for (const when::DateMention& d : dates) {
    long distance = anchor < d.first_token ? long{d.first_token} - anchor
                                           : long{anchor} - long{d.end_token} + 1;
    if (best == nullptr || distance < best_distance) {
      best = &d;
      best_distance = distance;
    }
  }
  if (best == nullptr) return carried;
  return DateChoice{best->date.ToString(), std::string(s.Words(best->first_token, best->end_token)),
                    false};
}

// Agreeing, meeting, negotiating and cooperating go both ways (CAMEO roots
// 03, 05, 06 and consultations), and so does a truce. Visiting, hosting and mediating do not:
// "Egypt and Qatar mediated" is no mediation between Egypt and Qatar.
bool IsMutual(const std::string& cameo) {
  if (cameo == "0871") return true;  // "Armenia and Azerbaijan signed a ceasefire"
  if (cameo.size() < 3 || cameo[0] != '0') return false;
  if (cameo[1] == '4') return cameo == "040" || cameo == "041" || cameo == "044" || cameo == "046";
  return cameo[1] == '3' || cameo[1] == '5' || cameo[1] == '6';
}

// Whether an act with no named counterpart takes the country it happened in
// as its target, as CAMEO codes domestic events: "protesters rioted in
// northern Israel", "imposed a curfew in Cizre in southeastern Turkey",
// "called for a ceasefire in Liberia". Acts done in or to a place: appeals
// and demands (02, 10), aid (07), yielding (08), threats and protest (13,
// 14), force posture to mass violence (15-20). Not statements, meetings or
// cooperation (01, 03-06: talks held in Geneva are not talks with
// Switzerland), nor criticism or rejection (11, 12), whose object is what
// they are about.
bool TakesPlaceAsTarget(const std::string& cameo) {
  // Claiming an attack and condoling a loss are statements about where it
  // happened: "claimed responsibility for an attack at a mall in Kenya's
  // capital", "expressed sorrow for the shootings in South Carolina".
  if (cameo == "015" || cameo == "018") return true;
  const int root = CameoRoot(cameo);
  return root == 2 || root == 7 || root == 8 || root == 10 || root >= 13;
}

// Police, troops, courts and governments coerce their own people: "Hong
// Kong police arrested dozens of protesters" are Hong Kong's protesters
// (HKGCVL). A target role with no country (---CVL) takes the country of a
// state source when the act is coercion (CAMEO 17: arrests, detentions,
// crackdowns), where the victims are nearly always the state's own.
void TakeTheStatesCountry(const std::string& source, const std::string& cameo, ActorRef* target) {
  if (CameoRoot(cameo) != 17 || !target->code.starts_with("---") || source.size() < 6 ||
      !IsCountryCode(source))
    return;
  const std::string sector = source.substr(3, 3);
  if (sector != "COP" && sector != "MIL" && sector != "GOV" && sector != "JUD" && sector != "SPY")
    return;
  target->code.replace(0, 3, source.substr(0, 3));
  target->source = ActorSource::kComposed;
}

ActorRef MakeActorRef(const Sentence& s, const Mention& m, const dict::Dictionary& d) {
  ActorRef ref;
  ref.code = m.code;
  ref.span = text::Span{s.tokens[m.begin].span.begin, s.tokens[m.end - 1].span.end};
  ref.text = std::string(s.Words(m.begin, m.end));
  ref.source = m.source;
  for (uint32_t id : m.entries) {
    const dict::Entry& e = d.entry(id);
    ref.entries.push_back(
        DictionaryRef{std::string(dict::EntryKindName(e.kind)), e.phrases, e.Where()});
  }
  return ref;
}

// The country of a dateline's place words ("KABUL, Afghanistan", "GAZA
// CITY"): the last name in them that stands for a country.
std::string DatelineCountry(const ArticleInput& article, const text::Dateline& dateline,
                            const dict::Dictionary& d, const text::Lemmatizer* lemmatizer,
                            const when::CivilDate& published) {
  std::vector<text::Token> tokens = text::Tokenize(article.text, dateline.place, lemmatizer);
  std::vector<dict::TokenKeys> keys;
  for (const text::Token& t : tokens) keys.push_back(d.KeysOf(t));
  std::string country;
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const dict::PhraseMatch& m : d.MatchPhrases(dict::Family::kName, keys, i)) {
      for (uint32_t id : *m.entries) {
        std::string_view code = d.entry(id).CodeOn(published);
        if (d.entry(id).kind != dict::EntryKind::kPerson && IsCountryCode(code))
          country = std::string(code.substr(0, 3));
      }
    }
  }
  return country;
}

}  // namespace

Coder::Coder(const dict::Dictionary* dictionary, const text::Lemmatizer* lemmatizer,
             CoderOptions options)
    : dictionary_(dictionary), lemmatizer_(lemmatizer), options_(options) {}

std::vector<Event> Coder::Code(const ArticleInput& article) const {
  std::vector<Event> events;
  std::optional<when::CivilDate> published = when::CivilDate::Parse(article.date);
  if (!published) return events;
  const dict::Dictionary& d = *dictionary_;

  std::optional<text::Dateline> dateline = text::FindDateline(article.text);
  std::vector<text::Span> spans = text::SplitSentences(article.text);
  DocumentMemory memory;
  if (dateline)
    memory.SetHomeCountry(DatelineCountry(article, *dateline, d, lemmatizer_, *published));
  DateChoice carried{published->ToString(), "", false};

  for (size_t index = 0; index < spans.size(); ++index) {
    Sentence s;
    s.article = article.text;
    s.published = *published;
    s.lemmatizer = lemmatizer_;
    s.tokens = text::Tokenize(article.text, spans[index], lemmatizer_);
    if (dateline) {
      // "TEHRAN –" names where the story was filed, not an actor.
      size_t skip = 0;
      while (skip < s.tokens.size() && s.tokens[skip].span.begin < dateline->body) ++skip;
      if (skip > 0) {
        s.tokens.erase(s.tokens.begin(), s.tokens.begin() + static_cast<long>(skip));
        if (!s.tokens.empty()) s.tokens.front().sentence_initial = true;
      }
    }
    if (s.tokens.empty()) continue;
    s.keys.reserve(s.tokens.size());
    for (const text::Token& t : s.tokens) s.keys.push_back(d.KeysOf(t));

    std::vector<when::DateMention> dates = when::FindDates(s.tokens, *published);
    std::vector<Mention> mentions = FindMentions(s, d, &memory);

    bool discarded = false;
    for (size_t t = 0; t < s.tokens.size() && !discarded; ++t)
      discarded = !d.MatchPhrases(dict::Family::kDiscard, s.keys, t).empty();

    const size_t first_event = events.size();
    if (!discarded) {
      std::set<std::tuple<std::string, std::string, std::string>> seen;
      for (const FoundEvent& found : FindEvents(s, mentions, d)) {
        const dict::Entry& entry = d.entry(found.entry);
        std::string cameo(EventCode(found, d, *published));
        if (found.negated && !options_.keep_negated) {
          // Refusing a cooperative act is CAMEO's rejection of it: "will not
          // accept refugees", "would not provide support" (12x). Other
          // negations ("did not attack", "may attack") code nothing, nor do
          // refused appeals or threats, which have no rejection branch.
          std::optional<std::string> rejection;
          if (found.refused) rejection = ComplementCode("120", cameo);
          if (!rejection) continue;
          cameo = *rejection;
        }
        const int source_group = mentions[found.source].group;
        // "Iran and Syria met", "Biden and Xi agreed ...": a compound subject
        // of a mutual act with no object acts on each other.
        bool has_target = found.has_target && (!found.target_is_place || TakesPlaceAsTarget(cameo));
        int target_group = has_target ? mentions[found.target].group : -1;
        if (!has_target && found.mode == "verb" && IsMutual(cameo) &&
            std::count_if(mentions.begin(), mentions.end(),
                          [&](const Mention& m) { return m.group == source_group; }) >= 2)
          target_group = source_group;
        if (target_group < 0 && !options_.allow_missing_target) continue;
        DateChoice date = ChooseDate(s, dates, found.anchor, carried);
        for (const Mention& src : mentions) {
          if (src.group != source_group) continue;
          for (const Mention& tgt : mentions) {
            bool no_target = target_group < 0;
            if (!no_target && tgt.group != target_group) continue;
            if (!no_target && (&src == &tgt || src.code == tgt.code)) continue;
            if (!seen.emplace(src.code, no_target ? "" : tgt.code, cameo).second) continue;
            Event e;
            e.doc_id = article.id;
            e.sentence_index = static_cast<int>(index);
            e.sentence = spans[index];
            e.source = MakeActorRef(s, src, d);
            if (!no_target) e.target = MakeActorRef(s, tgt, d);
            if (has_target && found.target_is_place) {
              // "rioted in northern Israel": the country, not its government.
              e.target.code.resize(3);
              e.target.source = ActorSource::kPlace;
              if (e.target.code == src.code) continue;
            }
            if (!no_target) TakeTheStatesCountry(e.source.code, cameo, &e.target);
            e.cameo = cameo;
            e.date = date.date;
            e.date_text = date.text;
            e.date_from_context = date.from_context;
            e.mode = found.mode;
            e.pattern = found.pattern;
            for (uint32_t w : found.words) {
              e.event_spans.push_back(s.tokens[w].span);
              if (!e.event_text.empty()) e.event_text += ' ';
              e.event_text += s.tokens[w].surface;
            }
            e.event_entry = DictionaryRef{std::string(dict::EntryKindName(entry.kind)),
                                          entry.phrases, entry.Where()};
            events.push_back(std::move(e));
            if (no_target) break;
          }
        }
        // The subject of the sentence is who "he" most likely means next.
        const Mention& subject = mentions[found.source];
        if (subject.person)
          memory.SetLastPerson(subject.code, std::string(s.Words(subject.begin, subject.end)));
      }
      ApplyPairedEvents(&events, first_event);
    }
    // Issues belong to the sentence: matched only when it coded an event.
    if (events.size() > first_event && d.HasIssues()) {
      std::vector<IssueMatch> issues = FindIssues(s, d);
      for (size_t i = first_event; i < events.size(); ++i) events[i].issues = issues;
    }
    if (!dates.empty()) {
      const when::DateMention& last = dates.back();
      carried = DateChoice{last.date.ToString(),
                           std::string(s.Words(last.first_token, last.end_token)), true};
    }
  }
  return events;
}

}  // namespace khaldun::coder
