#include "text/sentence_splitter.h"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "text/abbreviations.h"
#include "text/unicode_util.h"

namespace khaldun::text {
namespace {

using internal::AbbrevKind;
using internal::DecodeUtf8;
using internal::IsSpace;
using internal::SpaceLenAt;

// Spans are 32-bit: text beyond 4 GiB is ignored.
size_t UsableSize(std::string_view text) {
  return std::min<size_t>(text.size(), std::numeric_limits<uint32_t>::max());
}

char32_t CharAt(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    *len = 0;
    return 0;
  }
  return DecodeUtf8(s, i, len);
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (size_t len = SpaceLenAt(s, i)) i += len;
  return i;
}

// Skips spaces and tabs, no line break: a dateline sits on one line.
size_t SkipInlineSpaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// ---------------------------------------------------------------------------
// Datelines

struct DatelineWord {
  size_t begin = 0;
  size_t end = 0;
  bool all_caps = false;     // has an upper-case letter and no lower-case one
  bool capitalized = false;  // first letter upper-case
};

// A word of a dateline: letters, with inner . - ' ’ before a letter and an
// optional final period ("ST.", "D.C.", "Calif."). Long runs are no place name.
bool ReadDatelineWord(std::string_view s, size_t i, DatelineWord* w) {
  constexpr size_t kMaxWordBytes = 40;
  size_t len;
  char32_t c = CharAt(s, i, &len);
  if (!internal::IsLetter(c)) return false;
  w->begin = i;
  w->capitalized = internal::IsUpper(c);
  bool upper = false, lower = false;
  while (i < s.size() && i - w->begin <= kMaxWordBytes) {
    c = CharAt(s, i, &len);
    if (internal::IsLetter(c) || internal::IsMark(c)) {
      upper = upper || internal::IsUpper(c);
      lower = lower || internal::IsLower(c);
      i += len;
      continue;
    }
    size_t next_len;
    const char32_t next = CharAt(s, i + len, &next_len);
    if ((c == '.' || c == '-' || c == '\'' || c == 0x2019) && internal::IsLetter(next)) {
      i += len;
    } else {
      if (c == '.') i += len;
      break;
    }
  }
  if (i - w->begin > kMaxWordBytes) return false;
  w->end = i;
  w->all_caps = upper && !lower;
  return true;
}

bool IsMonthName(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "January",   "February", "March",    "April",    "May",   "June", "July", "August",
      "September", "October",  "November", "December", "Jan.",  "Feb.", "Mar.", "Apr.",
      "Jun.",      "Jul.",     "Aug.",     "Sep.",     "Sept.", "Oct.", "Nov.", "Dec."};
  return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
}

size_t ReadDigits(std::string_view s, size_t i, size_t max_digits) {
  size_t j = i;
  while (j < s.size() && j - i < max_digits + 1 && internal::IsAsciiDigit(s[j])) ++j;
  return j - i <= max_digits ? j : i;
}

// A date in a dateline: "April 7", "Jan. 5", "April 7, 2023", "7 April",
// "7 April 2023". Returns the end of the date, or `i` when there is none.
size_t ReadDatelineDate(std::string_view s, size_t i) {
  DatelineWord w;
  if (ReadDatelineWord(s, i, &w) && IsMonthName(s.substr(w.begin, w.end - w.begin))) {
    const size_t d = SkipInlineSpaces(s, w.end);
    const size_t day_end = ReadDigits(s, d, 2);
    if (day_end == d || d == w.end) return i;
    if (day_end < s.size() && s[day_end] == ',') {
      const size_t y = SkipInlineSpaces(s, day_end + 1);
      const size_t year_end = ReadDigits(s, y, 4);
      if (year_end == y + 4) return year_end;
    }
    return day_end;
  }
  const size_t day_end = ReadDigits(s, i, 2);
  if (day_end == i) return i;
  const size_t m = SkipInlineSpaces(s, day_end);
  if (m == day_end || !ReadDatelineWord(s, m, &w) ||
      !IsMonthName(s.substr(w.begin, w.end - w.begin))) {
    return i;
  }
  const size_t y = SkipInlineSpaces(s, w.end);
  const size_t year_end = ReadDigits(s, y, 4);
  return y > w.end && year_end == y + 4 ? year_end : w.end;
}

// "(AP)", "(Reuters)", "(Xinhua)", "(AFP)", "(Al Jazeera)", "(dpa)": a short
// run of letters and spaces in parentheses. Returns the end, or `i`.
size_t ReadAgency(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '(') return i;
  size_t j = i + 1;
  size_t letters = 0;
  while (j < s.size() && j - i < 40) {
    size_t len;
    const char32_t c = CharAt(s, j, &len);
    if (c == ')') return letters > 0 && internal::IsLetter(CharAt(s, i + 1, &len)) ? j + 1 : i;
    if (internal::IsLetter(c)) {
      ++letters;
    } else if (c != ' ' && c != '-' && c != '&' && c != '.' && c != '/') {
      return i;
    }
    j += len;
  }
  return i;
}

// The dash or colon that ends a dateline, its end in `*end`.
bool ReadDatelineDash(std::string_view s, size_t i, bool space_before, size_t* end) {
  if (i >= s.size()) return false;
  size_t len;
  const char32_t c = CharAt(s, i, &len);
  const auto space_or_end_at = [&](size_t k) { return k >= s.size() || SpaceLenAt(s, k) > 0; };
  if (c == '-') {
    size_t j = i;
    while (j < s.size() && s[j] == '-' && j - i < 3) ++j;
    // "TEHRAN -Iran" is fine, "TEHRAN-based" is not a dateline.
    if (!space_before && !space_or_end_at(j)) return false;
    *end = j;
    return true;
  }
  if (c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212) {
    *end = i + len;
    return true;
  }
  if (c == ':' && space_or_end_at(i + 1)) {
    *end = i + 1;
    return true;
  }
  return false;
}

// All-caps openings that are labels, not places.
bool IsLabelWord(std::string_view w) {
  static constexpr std::string_view kLabels[] = {
      "BREAKING",  "UPDATE",  "UPDATED",   "EXCLUSIVE", "WATCH",  "ANALYSIS", "OPINION",
      "EDITORIAL", "FACTBOX", "EXPLAINER", "CORRECTED", "URGENT", "FLASH",    "PHOTOS",
      "VIDEO",     "LIVE",    "REFILE",    "INSIGHT",   "NOTE",   "WARNING",  "ALERT"};
  return std::find(std::begin(kLabels), std::end(kLabels), w) != std::end(kLabels);
}

// ---------------------------------------------------------------------------
// Sentence ends

// The ASCII letters of the word at i, after any opening quotes or brackets.
std::string_view NextWord(std::string_view s, size_t i) {
  size_t len;
  while (i < s.size() && internal::IsOpeningPunct(CharAt(s, i, &len))) i += len;
  size_t j = i;
  // Sentence starters are short; a longer word is returned cut, and is none.
  while (j < s.size() && j - i < 16 && internal::IsAsciiAlpha(s[j])) ++j;
  return s.substr(i, j - i);
}

// True when the word at i is a single capital initial: "A. Smith".
bool NextIsInitial(std::string_view s, size_t i) {
  size_t len;
  const char32_t c = CharAt(s, i, &len);
  return internal::IsUpper(c) && i + len < s.size() && s[i + len] == '.';
}

// Decides whether the terminator run text[i, j) ends the sentence, given that
// whitespace follows it (and its closing quotes) and the next sentence would
// start at m. `seg_start` is where the current sentence began.
bool EndsSentence(std::string_view s, size_t seg_start, size_t i, size_t j, size_t m) {
  size_t len;
  const char32_t next = CharAt(s, m, &len);
  const bool upper = internal::IsUpper(next);
  const bool digit = internal::IsDigit(next);
  const bool opening = internal::IsOpeningPunct(next);

  const std::string_view run = s.substr(i, j - i);
  if (run.find_first_of("!?") != std::string_view::npos) return upper || digit || opening;
  if (run.size() > 1) return upper || opening;  // an ellipsis ("..." or "…")
  if (!upper && !digit && !opening) return false;

  // A single period: look at the word it ends (one longer than any
  // abbreviation is none).
  constexpr size_t kMaxAbbreviationBytes = 32;
  size_t w = i;
  while (w > seg_start) {
    if (i - w > kMaxAbbreviationBytes) return true;
    const size_t p = internal::PrevCharStart(s, w);
    const char32_t c = CharAt(s, p, &len);
    if (IsSpace(c) || internal::IsOpeningPunct(c)) break;
    w = p;
  }
  const std::string_view word = s.substr(w, i - w);
  if (word.empty()) return true;
  switch (internal::ClassifyAbbreviation(word)) {
    case AbbrevKind::kTitle:
    case AbbrevKind::kVersus:
      return false;
    case AbbrevKind::kMonth:
    case AbbrevKind::kNumero:
      return !digit && internal::IsSentenceStarter(NextWord(s, m));
    case AbbrevKind::kName:
      return internal::IsSentenceStarter(NextWord(s, m));
    case AbbrevKind::kOrdinary:
      return true;
    case AbbrevKind::kNone:
      break;
  }
  if (internal::IsDottedAcronym(word)) return internal::IsSentenceStarter(NextWord(s, m));
  // A capital initial: "George W. Bush", "W. A. Mozart"; but "Plan B. The".
  const char32_t first = CharAt(s, w, &len);
  if (w + len == i && internal::IsUpper(first)) {
    return !NextIsInitial(s, m) && internal::IsSentenceStarter(NextWord(s, m));
  }
  return true;
}

// Length of the sentence terminator (. ! ? or …) at i, or 0.
size_t TerminatorLenAt(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == '.' || c == '!' || c == '?') return 1;
  if (s.substr(i, 3) == "\xE2\x80\xA6") return 3;  // … horizontal ellipsis
  return 0;
}

// A paragraph break starting at the line break at i: a second line break
// after only blanks, or U+2029. Returns its end, or i.
size_t ParagraphBreakEnd(std::string_view s, size_t i) {
  if (s.substr(i, 3) == "\xE2\x80\xA9") return SkipSpaces(s, i + 3);
  if (s[i] != '\n') return i;
  size_t j = i + 1;
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\f')) ++j;
  if (j < s.size() && s[j] == '\n') return SkipSpaces(s, j);
  return i;
}

}  // namespace

std::optional<Dateline> FindDateline(std::string_view text) {
  const std::string_view s = text.substr(0, UsableSize(text));
  const size_t start = SkipSpaces(s, 0);

  // The place: 1 to 4 all-caps words ("GAZA CITY"), or capitalised words
  // that must then be followed by an agency ("Washington (AP) -").
  DatelineWord w;
  if (!ReadDatelineWord(s, start, &w)) return std::nullopt;
  const bool caps_form = w.all_caps;
  if (!caps_form && !w.capitalized) return std::nullopt;
  size_t place_end = w.end;
  size_t letters = w.end - w.begin;
  for (int words = 1;; ++words) {
    if (caps_form && IsLabelWord(s.substr(w.begin, w.end - w.begin))) return std::nullopt;
    if (words == 4) break;
    const size_t next = SkipInlineSpaces(s, place_end);
    DatelineWord v;
    if (next == place_end || !ReadDatelineWord(s, next, &v)) break;
    if (caps_form ? !v.all_caps : !v.capitalized) break;
    w = v;
    place_end = v.end;
    letters += v.end - v.begin;
  }
  if (letters < 2) return std::nullopt;

  // ", Region", ", Date", ", Region, Date", ", Region Date".
  size_t p = place_end;
  size_t region_end = place_end;
  if (p < s.size() && s[p] == ',') {
    const size_t q = SkipInlineSpaces(s, p + 1);
    const size_t date_end = ReadDatelineDate(s, q);
    if (date_end > q) {
      p = date_end;
    } else {
      size_t r = q;
      for (int words = 0; words < 3; ++words) {
        DatelineWord v;
        if (!ReadDatelineWord(s, r, &v) || !v.capitalized ||
            IsMonthName(s.substr(v.begin, v.end - v.begin))) {
          break;
        }
        region_end = v.end;
        r = SkipInlineSpaces(s, v.end);
      }
      if (region_end == place_end) return std::nullopt;
      p = region_end;
      size_t d = p < s.size() && s[p] == ',' ? p + 1 : p;
      d = SkipInlineSpaces(s, d);
      if (const size_t e = ReadDatelineDate(s, d); e > d) p = e;
    }
  }

  size_t q = SkipInlineSpaces(s, p);
  const size_t agency_end = ReadAgency(s, q);
  const bool has_agency = agency_end > q;
  if (has_agency) {
    p = agency_end;
    q = SkipInlineSpaces(s, p);
  }
  if (!caps_form && !has_agency) return std::nullopt;

  size_t dash_end;
  if (!ReadDatelineDash(s, q, q > p, &dash_end)) return std::nullopt;
  Dateline d;
  d.place = {static_cast<uint32_t>(start), static_cast<uint32_t>(region_end)};
  d.body = static_cast<uint32_t>(SkipSpaces(s, dash_end));
  return d;
}

std::vector<Span> SplitSentences(std::string_view text) {
  const std::string_view s = text.substr(0, UsableSize(text));
  std::vector<Span> out;
  out.reserve(s.size() / 100 + 1);

  // Adds the trimmed s[b, e) unless it is blank.
  const auto emit = [&](size_t b, size_t e) {
    b = SkipSpaces(s, b);
    while (e > b) {
      const size_t p = internal::PrevCharStart(s, e);
      if (SpaceLenAt(s, p) != e - p) break;
      e = p;
    }
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };

  // Nothing inside a dateline ends a sentence ("WASHINGTON, D.C. (AP) -").
  const std::optional<Dateline> dateline = FindDateline(s);
  const size_t no_split_before = dateline ? dateline->body : 0;

  size_t seg_start = 0;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n' || c == 0xE2) {
      if (const size_t para_end = ParagraphBreakEnd(s, i); para_end > i) {
        emit(seg_start, i);
        seg_start = i = para_end;
        continue;
      }
    }
    const size_t tlen = TerminatorLenAt(s, i);
    if (tlen == 0) {
      ++i;  // continuation bytes never look like ASCII or a lead byte of …
      continue;
    }
    // The run of terminators ("?!", "..."), then closing quotes and brackets.
    size_t j = i + tlen;
    while (j < s.size()) {
      const size_t l = TerminatorLenAt(s, j);
      if (l == 0) break;
      j += l;
    }
    size_t k = j;
    while (k < s.size()) {
      size_t len;
      if (!internal::IsClosingPunct(CharAt(s, k, &len))) break;
      k += len;
    }
    // No space after: "3.5", "U.S.", "www.irna.ir", "?!)x".
    if (SpaceLenAt(s, k) == 0 || j <= no_split_before) {
      i = j;
      continue;
    }
    const size_t m = SkipSpaces(s, k);
    if (m < s.size() && EndsSentence(s, seg_start, i, j, m)) {
      emit(seg_start, k);
      seg_start = i = m;
      continue;
    }
    i = j;
  }
  emit(seg_start, s.size());
  return out;
}

}  // namespace khaldun::text
