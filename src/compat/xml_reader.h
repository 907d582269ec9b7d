// A small pull reader for the plain XML of the PETRARCH record files:
// elements, attributes (with blanks around '='), text, comments and the five
// predefined entities. No DTDs, namespaces or CDATA: enough for those files,
// and it reports where the XML breaks instead of guessing.
#ifndef KHALDUN_COMPAT_XML_READER_H_
#define KHALDUN_COMPAT_XML_READER_H_

#include <map>
#include <string>
#include <string_view>

namespace khaldun::compat {

class XmlReader {
 public:
  enum class Kind { kStart, kEnd, kText, kEndOfInput, kError };

  explicit XmlReader(std::string_view xml) : xml_(xml) {}

  // Moves to the next start tag, end tag or text run. A self-closing
  // element gives a start then an end.
  Kind Next();

  const std::string& name() const { return name_; }  // of a start or end tag
  const std::map<std::string, std::string>& attributes() const { return attributes_; }
  const std::string& text() const { return text_; }  // decoded text, or the error
  int line() const { return line_; }                 // line of the current item

 private:
  Kind Fail(const std::string& why);
  int LineAt(size_t pos);

  std::string_view xml_;
  size_t pos_ = 0;
  bool pending_end_ = false;
  std::string name_, text_;
  std::map<std::string, std::string> attributes_;
  int line_ = 1;
  size_t counted_pos_ = 0;
  int counted_line_ = 1;
};

// Decodes &amp; &lt; &gt; &quot; &apos; and numeric references (ASCII only).
std::string DecodeXmlText(std::string_view raw);

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_XML_READER_H_
