#include "compat/xml_reader.h"

#include <algorithm>
#include <cctype>

namespace khaldun::compat {

std::string DecodeXmlText(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    size_t semi = raw.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += '&';
      continue;
    }
    std::string_view e = raw.substr(i + 1, semi - i - 1);
    if (e == "amp")
      out += '&';
    else if (e == "lt")
      out += '<';
    else if (e == "gt")
      out += '>';
    else if (e == "quot")
      out += '"';
    else if (e == "apos")
      out += '\'';
    else if (e.size() > 1 && e[0] == '#') {
      long v = e[1] == 'x' ? std::strtol(std::string(e.substr(2)).c_str(), nullptr, 16)
                           : std::strtol(std::string(e.substr(1)).c_str(), nullptr, 10);
      out += v > 0 && v < 128 ? static_cast<char>(v) : ' ';
    } else {
      out += '&';
      continue;
    }
    i = semi;
  }
  return out;
}

int XmlReader::LineAt(size_t pos) {
  // Positions only move forward, so count the newlines since the last call.
  counted_line_ +=
      static_cast<int>(std::count(xml_.begin() + counted_pos_, xml_.begin() + pos, '\n'));
  counted_pos_ = pos;
  return counted_line_;
}

XmlReader::Kind XmlReader::Fail(const std::string& why) {
  text_ = why;
  pos_ = xml_.size();
  return Kind::kError;
}

XmlReader::Kind XmlReader::Next() {
  if (pending_end_) {
    pending_end_ = false;
    return Kind::kEnd;
  }
  while (pos_ < xml_.size()) {
    size_t start = pos_;
    line_ = LineAt(start);
    if (xml_[pos_] != '<') {
      size_t lt = xml_.find('<', pos_);
      if (lt == std::string_view::npos) lt = xml_.size();
      text_ = DecodeXmlText(xml_.substr(pos_, lt - pos_));
      pos_ = lt;
      return Kind::kText;
    }
    if (xml_.compare(pos_, 4, "<!--") == 0) {
      size_t end = xml_.find("-->", pos_ + 4);
      if (end == std::string_view::npos) return Fail("unclosed comment");
      pos_ = end + 3;
      continue;
    }
    if (xml_.compare(pos_, 2, "<?") == 0 || xml_.compare(pos_, 2, "<!") == 0) {
      size_t end = xml_.find('>', pos_);
      if (end == std::string_view::npos) return Fail("unclosed declaration");
      pos_ = end + 1;
      continue;
    }
    bool closing = xml_.compare(pos_, 2, "</") == 0;
    size_t i = pos_ + (closing ? 2 : 1);
    size_t name_start = i;
    while (i < xml_.size() && !std::isspace(static_cast<unsigned char>(xml_[i])) &&
           xml_[i] != '>' && xml_[i] != '/')
      ++i;
    name_ = std::string(xml_.substr(name_start, i - name_start));
    if (name_.empty()) return Fail("a '<' that starts no tag");
    attributes_.clear();
    while (true) {
      while (i < xml_.size() && std::isspace(static_cast<unsigned char>(xml_[i]))) ++i;
      if (i >= xml_.size()) return Fail("unclosed tag <" + name_ + ">");
      if (xml_[i] == '>') {
        pos_ = i + 1;
        return closing ? Kind::kEnd : Kind::kStart;
      }
      if (xml_.compare(i, 2, "/>") == 0) {
        pos_ = i + 2;
        pending_end_ = true;
        return Kind::kStart;
      }
      size_t a = i;
      while (i < xml_.size() && xml_[i] != '=' && xml_[i] != '>' &&
             !std::isspace(static_cast<unsigned char>(xml_[i])))
        ++i;
      std::string attr(xml_.substr(a, i - a));
      while (i < xml_.size() && std::isspace(static_cast<unsigned char>(xml_[i]))) ++i;
      if (i >= xml_.size() || xml_[i] != '=') return Fail("attribute " + attr + " has no value");
      ++i;
      while (i < xml_.size() && std::isspace(static_cast<unsigned char>(xml_[i]))) ++i;
      if (i >= xml_.size() || (xml_[i] != '"' && xml_[i] != '\''))
        return Fail("attribute " + attr + " value is not quoted");
      char q = xml_[i];
      size_t end = xml_.find(q, i + 1);
      if (end == std::string_view::npos) return Fail("unclosed attribute value");
      attributes_[attr] = DecodeXmlText(xml_.substr(i + 1, end - i - 1));
      i = end + 1;
    }
  }
  return Kind::kEndOfInput;
}

}  // namespace khaldun::compat
