// Turns the coder's events into the store's rows.
#ifndef KHALDUN_STORE_FROM_CODER_H_
#define KHALDUN_STORE_FROM_CODER_H_

#include <string_view>

#include "cameo/codebook.h"
#include "coder/event.h"
#include "store/store.h"

namespace khaldun::store {

// The stored form of `event`: its normalised columns, its evidence, and its
// events-out JSON line as 'khaldun code' prints it (output::AppendEventJson).
StoredEvent ToStoredEvent(const coder::Event& event, std::string_view article_text,
                          const cameo::Codebook& codebook);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_FROM_CODER_H_
