// The CAMEO event codebook as Khaldun uses it: names, root codes, Goldstein
// scores, QuadClass and the PLOVER mapping, read from data/cameo/cameo_events.tsv.
#ifndef KHALDUN_CAMEO_CODEBOOK_H_
#define KHALDUN_CAMEO_CODEBOOK_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace khaldun::cameo {

struct EventCode {
  std::string code;  // "111", "0311"
  std::string root;  // "11"
  std::string name;  // "Criticize or denounce"
  double goldstein = 0;
  int quad_class = 0;  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover_event;    // "ACCUSE"; empty where PLOVER has no mapping
  std::string plover_mode;     // "disapprove"; may be empty
  std::string plover_context;  // "military"; may be empty
};

class Codebook {
 public:
  // Reads the TSV table. On failure returns null and sets `*error` ("FILE:LINE: reason").
  static std::unique_ptr<Codebook> Load(const std::string& path, std::string* error);

  // The entry for `code`, or null when the codebook has no such code.
  const EventCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, EventCode> codes_;
};

}  // namespace khaldun::cameo

#endif  // KHALDUN_CAMEO_CODEBOOK_H_
