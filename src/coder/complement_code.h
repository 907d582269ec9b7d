// CAMEO codes appeals, intentions, demands, rejections and threats by what
// is asked, promised, refused or threatened: "urged Iran to release the
// detainees" is 0253 (appeal for release of persons), "refused to lift the
// sanctions" 1244, "threatened to attack" 1384. The frame verb gives the
// family (02, 03, 10, 12, 13) and the act in its infinitive complement gives
// the subject matter, which CAMEO arranges in parallel branches. This maps
// one onto the other, so the dictionary needs no pattern per pair.
#ifndef KHALDUN_CODER_COMPLEMENT_CODE_H_
#define KHALDUN_CODER_COMPLEMENT_CODE_H_

#include <optional>
#include <string>
#include <string_view>

namespace khaldun::coder {

// Whether `frame_code` is a generic code of a family that takes an act as
// its complement: 020, 030, 100, 120 or 130 (not the specific sub-codes a
// dictionary pattern may already give, such as 0241).
bool TakesComplementAct(std::string_view frame_code);

// A CAMEO code's root as a number ("0253" -> 2, "190" -> 19); 0 for a code
// shorter than two digits.
int CameoRoot(std::string_view code);

// The code of `frame_code`'s family whose subject matter is the act
// `complement_code`, e.g. ("020", "0841") -> "0253", ("130", "190") ->
// "1384", ("120", "085") -> "1244"; nothing when CAMEO has no such branch
// (an appeal to criticise, say).
std::optional<std::string> ComplementCode(std::string_view frame_code,
                                          std::string_view complement_code);

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_COMPLEMENT_CODE_H_
