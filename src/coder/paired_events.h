// CAMEO's paired consultation events. The codebook (1.1b3, notes to
// 041-046) codes some acts twice: a phone call and a negotiation go both
// ways ("Two 046 events are coded with actors reversed"); a visit comes
// with its hosting, and hosting with the visit ("042 ... and 043 with
// actors reversed"); and when negotiation or mediation is reported, it
// takes precedence over unspecified meetings and visits between the same
// parties.
#ifndef KHALDUN_CODER_PAIRED_EVENTS_H_
#define KHALDUN_CODER_PAIRED_EVENTS_H_

#include <cstddef>
#include <vector>

#include "coder/event.h"

namespace khaldun::coder {

// Applies the rules above to the events of one sentence, `events[first..]`:
// drops the meetings and visits (040, 042-044) between two actors who
// negotiate or mediate (045, 046) in the sentence, and adds after each 041
// or 046 its reverse (mode "reciprocal") and after each 042 or 043 the other
// one, reversed (mode "linked"), unless the sentence already has it. The
// added events keep the evidence of the event they come from.
void ApplyPairedEvents(std::vector<Event>* events, size_t first);

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_PAIRED_EVENTS_H_
