#include "coder/complement_code.h"

namespace khaldun::coder {
namespace {

// The parallel branches of CAMEO 02, 03, 10 and 12, by their third digit in
// 02 and 10: what is asked for.
enum Topic {
  kMaterialCooperation = 1,  // 061-064 with sub-codes 1-4
  kDiplomaticCooperation = 2,
  kAid = 3,              // 071-074 with sub-codes 1-4
  kPoliticalReform = 4,  // 083x with sub-codes 1-4
  kYield = 5,            // 081, 082, 084, 085, 086, 087 as sub-codes 1-6
  kMeet = 6,
  kSettle = 7,
  kMediation = 8,
};

struct Subject {
  Topic topic;
  int sub = 0;  // 0 for none
};

int Digit(std::string_view code, size_t i) { return i < code.size() ? code[i] - '0' : 0; }

std::optional<Subject> SubjectOf(std::string_view c) {
  if (c.size() < 3 || c[0] != '0') return std::nullopt;
  const int root = Digit(c, 1), third = Digit(c, 2), fourth = Digit(c, 3);
  switch (root) {
    case 4:
      return Subject{third == 5 ? kMediation : kMeet};
    case 5:
      return Subject{third == 7 ? kSettle : kDiplomaticCooperation};
    case 6:
      return Subject{kMaterialCooperation, third};
    case 7:
      return Subject{kAid, third <= 4 ? third : 0};
    case 8:
      switch (third) {
        case 1:
          return Subject{kYield, 1};
        case 2:
          return Subject{kYield, 2};
        case 3:
          return Subject{kPoliticalReform, fourth};
        case 4:
          return Subject{kYield, 3};
        case 5:
          return Subject{kYield, 4};
        case 6:
          return Subject{kYield, 5};
        case 7:
          return Subject{kYield, 6};
        default:
          return Subject{kYield, 0};
      }
    default:
      return std::nullopt;
  }
}

std::string WithSub(std::string code, int sub) {
  if (sub > 0) code += static_cast<char>('0' + sub);
  return code;
}

// Topics that have sub-codes in every family.
bool HasSubCodes(Topic t) {
  return t == kMaterialCooperation || t == kAid || t == kPoliticalReform || t == kYield;
}

std::optional<std::string> Threat(std::string_view c) {
  if (c.size() < 3) return std::nullopt;
  const int root = Digit(c, 0) * 10 + Digit(c, 1), third = Digit(c, 2), fourth = Digit(c, 3);
  switch (root) {
    case 14:
      return "133";
    case 16:
      switch (third) {
        case 1:
          return "1313";
        case 2:
          return "1311";
        case 3:
          return "1312";
        case 4:
          return "134";
        case 5:
          return "135";
        case 6:
          return "136";
        default:
          return "131";
      }
    case 17:
      if (third == 2) return WithSub("132", fourth);
      if (third == 0) return std::nullopt;
      return "137";
    case 18:
      return "1383";
    case 19:
      if (third == 1) return "1381";
      if (third == 2) return "1382";
      return "1384";
    case 20:
      return third == 4 ? "1385" : "138";
    default:
      return std::nullopt;
  }
}

}  // namespace

int CameoRoot(std::string_view code) {
  return code.size() < 2 ? 0 : Digit(code, 0) * 10 + Digit(code, 1);
}

bool TakesComplementAct(std::string_view f) {
  return f == "020" || f == "030" || f == "100" || f == "120" || f == "130";
}

std::optional<std::string> ComplementCode(std::string_view frame, std::string_view complement) {
  if (!TakesComplementAct(frame)) return std::nullopt;
  if (frame == "130") return Threat(complement);
  std::optional<Subject> s = SubjectOf(complement);
  if (!s) return std::nullopt;
  const int sub = HasSubCodes(s->topic) ? s->sub : 0;
  if (frame == "020" || frame == "100") {
    std::string family(frame.substr(0, 2));
    return WithSub(family + static_cast<char>('0' + s->topic), sub);
  }
  if (frame == "030") {
    // 038 is accepting mediation, 039 mediating: to promise mediation is 039.
    if (s->topic == kMediation) return "039";
    return WithSub(std::string("03") + static_cast<char>('0' + s->topic), sub);
  }
  // Rejection (12) orders its branches differently and has no diplomatic one.
  switch (s->topic) {
    case kMaterialCooperation:
      return WithSub("121", sub);
    case kDiplomaticCooperation:
      return "120";
    case kAid:
      return WithSub("122", sub);
    case kPoliticalReform:
      return WithSub("123", sub);
    case kYield:
      return WithSub("124", sub);
    case kMeet:
      return "125";
    case kMediation:
      return "126";
    case kSettle:
      return "127";
  }
  return std::nullopt;
}

}  // namespace khaldun::coder
