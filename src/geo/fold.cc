#include "geo/fold.h"

namespace khaldun::geo {
namespace {

// The base letter of U+00C0..U+017F, or '?' for a character without one.
constexpr std::string_view kLatin1 =
    "aaaaaaaceeeeiiiidnooooo?ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo?ouuuuyty";
constexpr std::string_view kLatinExtendedA =
    "aaaaaacccccccc"
    "ddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijj"
    "kkkllllllllllnnnnnnnnnoooooooorrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";

void AppendSpace(std::string* out) {
  if (!out->empty() && out->back() != ' ') out->push_back(' ');
}

}  // namespace

std::string FoldKey(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  size_t i = 0;
  while (i < name.size()) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') {
        out.push_back(static_cast<char>(c - 'A' + 'a'));
      } else if (c == ' ' || c == '-' || c == '\t' || c == '_' || c == '/' || c == ',') {
        AppendSpace(&out);
      } else if (c == '\'' || c == '.' || c == '`' || c == '"') {
        // dropped: "Sana'a", "St. Louis"
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    // Decode one UTF-8 sequence; an invalid lead or continuation byte is
    // copied alone.
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > name.size()) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    char32_t cp = c & (0x7F >> len);
    bool valid = true;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(name[i + k]);
      if ((cc & 0xC0) != 0x80) valid = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!valid) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    std::string_view seq = name.substr(i, len);
    i += len;
    char base = '?';
    if (cp >= 0xC0 && cp < 0x100) {
      base = kLatin1[cp - 0xC0];
    } else if (cp >= 0x100 && cp < 0x180) {
      base = kLatinExtendedA[cp - 0x100];
    } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BB || cp == 0x02BC || cp == 0x02BF ||
               cp == 0x02BE) {
      continue;  // apostrophes and ayn/hamza marks
    } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014 || cp == 0xA0) {
      AppendSpace(&out);
      continue;
    }
    if (base == '?') {
      // Other scripts, and Latin letters outside the two tables ("Rafaḩ"),
      // stay as written; GeoNames also lists the ASCII form of such names.
      out.append(seq);
    } else {
      out.push_back(base);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace khaldun::geo
