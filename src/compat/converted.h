// A peer dictionary (TABARI or PETRARCH) translated into lines of Khaldun's
// own dictionary format (docs/dictionaries.md), each remembering the peer
// file and line it came from. The lines compile into a dict::Dictionary like
// any Khaldun dictionary, and `khaldun dict convert` writes them out.
#ifndef KHALDUN_COMPAT_CONVERTED_H_
#define KHALDUN_COMPAT_CONVERTED_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "compat/gapped_names.h"
#include "dict/dictionary.h"

namespace khaldun::compat {

struct ConvertedLine {
  std::string text;  // "actor Arnor = ARN"
  std::string file;  // the peer file
  int line = 0;      // its line
};

// One position of a peer verb pattern: the verb ('*'), an actor's place
// ('$' source, '+' target, '%' both, '^' skipped), or a choice of word
// sequences ("in", "golden goblin galleons"; " * " inside one marks a gap),
// joined to the previous position directly ('_' in the peers) or across a gap.
struct PeerSlot {
  bool verb = false;
  char marker = 0;
  bool adjacent = false;
  bool synset = false;  // from an &SYNSET: less specific than a literal word
  std::vector<std::string> choices;
};

// A peer verb pattern kept whole, for the compat coder (peer_coder.h): it
// keeps what Khaldun's own entries cannot say (words before the verb, actor
// places, paired and null codes).
struct PeerPattern {
  std::vector<std::string> heads;  // verb forms, lower case ("give", "gave", "turn down")
  std::vector<PeerSlot> before;    // slots before the verb, in text order
  std::vector<PeerSlot> after;     // slots after it
  bool verb_adjacent = false;      // '_' right before the '*'
  std::string code, paired_code;   // [code] or [code:paired_code]
  enum class Special { kNone, kNull, kDiscard, kComplex } special = Special::kNone;
  int words = 0;      // pattern words, for "most specific first"
  bool root = false;  // the verb's own code, tried after its patterns
  std::string file;
  int line = 0;
};

struct Conversion {
  std::vector<PeerPattern> patterns;  // verb roots and patterns, in file order
  std::set<std::string> actor_stems;
  // TABARI <NOUN> and <ADJECTIVE> words, lower case, '_' kept at the end of
  // an exact word (compound_phrases.h).
  std::set<std::string> nouns, adjectives;
  // TABARI actor phrases with blanks between words ("PRINCE DOL_AMROTH"):
  // other words may come between their parts (gapped_names.h).
  std::vector<GappedName> gapped_names;
  // TABARI verb roots written without a closing '_' ("RESUM"): stems that
  // match any word they begin ("resumption"), lower case.
  std::set<std::string> verb_stems;
  // TABARI words closed by '=' ("MOUSE=", "BAN="): no regular endings, they
  // match only as written (manual 5.2.3), lower case.
  std::set<std::string> unending_words;
  // TABARI actors with dated codes and a [###] ("ONODOHER [ONO <911226]
  // [###]"): outside their dates they discard the sentence. Lower case.
  std::vector<std::string> dated_discards;
  // Prefix agents, whose code goes before the actor's ([NGO~]: "MSF Arnor"
  // is NGOARN), by entry ("FILE:LINE"); Khaldun's line appends it like any
  // agent.
  std::set<std::string> prefix_agents;
  // TABARI compound actor codes ([FRO/BIL/SAM]) by entry ("FILE:LINE"):
  // Khaldun's entry holds the first code, the compat coder expands them all.
  // Also codes outside blocks of three ("ITHTV"), which it keeps whole.
  std::map<std::string, std::vector<std::string>> compound_codes;
  // PETRARCH agents with a {PLURALS} block ("POLICE {}"): only the forms
  // written match, no regular plural ("polices"), by entry ("FILE:LINE").
  std::set<std::string> exact_agents;
  std::vector<std::string> options;  // TABARI .options commands, for PeerSettings::Apply  //
                                     // lower-case last words of actor phrases that are stems
  std::vector<ConvertedLine> lines;
  // Malformed peer lines: "FILE:LINE: reason". The rest of the file loads.
  std::vector<std::string> errors;
  // Well-formed peer constructs Khaldun cannot express, counted by kind
  // ("pattern words before the verb", "paired event code", ...).
  std::map<std::string, int> unsupported;

  void Add(std::string text, const std::string& file, int line) {
    lines.push_back({std::move(text), file, line});
  }
  void Error(const std::string& file, int line, const std::string& reason) {
    errors.push_back(file + ":" + std::to_string(line) + ": " + reason);
  }
};

// Compiles the lines into `dictionary`; lines Khaldun's parser rejects are
// added to `conversion->errors` under the peer's file and line.
void AddToDictionary(Conversion* conversion, dict::Dictionary* dictionary);

// Writes the lines as one Khaldun dictionary file, each preceded by nothing
// but followed by a comment naming its origin ("# FILE:LINE").
std::string FormatConversion(const Conversion& conversion);

// Helpers shared by the readers.
// "ARNOR_" / "GOLDEN_GOBLIN" -> words; '_' and blanks both separate words.
std::vector<std::string> PeerWords(std::string_view phrase);
// "arnor", "minas tirith" -> "Arnor", "Minas Tirith" (names show a capital).
std::string TitleCase(const std::vector<std::string>& words);
std::string LowerJoin(const std::vector<std::string>& words);
// A TABARI/PETRARCH date (YYMMDD or YYYYMMDD) as YYYY-MM-DD; false if malformed.
bool PeerDate(std::string_view digits, std::string* iso);
std::string Trim(std::string_view s);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_CONVERTED_H_
