// Writes an event as one line of the events-out contract
// (docs/events.md): the required keys, then the codebook's facts about the
// code and the evidence that produced the event.
#ifndef KHALDUN_OUTPUT_EVENT_JSON_H_
#define KHALDUN_OUTPUT_EVENT_JSON_H_

#include <string>
#include <string_view>

#include "cameo/codebook.h"
#include "coder/event.h"

namespace khaldun::output {

// Appends the event as a JSON object and a newline to `*out`. `article_text`
// is the text the event's offsets point into (for the evidence sentence).
void AppendEventJson(const coder::Event& event, std::string_view article_text,
                     const cameo::Codebook& codebook, std::string* out);

}  // namespace khaldun::output

#endif  // KHALDUN_OUTPUT_EVENT_JSON_H_
