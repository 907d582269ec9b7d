#include "io/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace khaldun::io {
namespace {

using namespace std::string_literals;  // "..."s keeps NUL bytes

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::string DoubleText(double value) {
  std::string out;
  JsonWriter(&out).Double(value);
  return out;
}

TEST(JsonWriterTest, NestedContainersGetCommasRight) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a");
  w.Int(1);
  w.Key("b");
  w.BeginArray();
  w.Int(1);
  w.BeginObject();
  w.Key("c");
  w.Null();
  w.Key("d");
  w.BeginArray();
  w.EndArray();
  w.EndObject();
  w.BeginArray();
  w.Bool(true);
  w.Bool(false);
  w.EndArray();
  w.String("s");
  w.EndArray();
  w.Key("e");
  w.BeginObject();
  w.EndObject();
  w.Key("f");
  w.Double(-10);
  w.EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":[1,{"c":null,"d":[]},[true,false],"s"],"e":{},"f":-10})");
}

TEST(JsonWriterTest, TopLevelValuesAreNotSeparated) {
  // One writer can write several JSON Lines records into one string.
  std::string out;
  JsonWriter w(&out);
  for (int i = 0; i < 2; ++i) {
    w.BeginObject();
    w.Key("i");
    w.Int(i);
    w.EndObject();
    out += '\n';
  }
  EXPECT_EQ(out, "{\"i\":0}\n{\"i\":1}\n");

  // Appending to a string that already holds text.
  std::string prefix = "x:";
  JsonWriter w2(&prefix);
  w2.BeginArray();
  w2.String("a");
  w2.EndArray();
  EXPECT_EQ(prefix, "x:[\"a\"]");
}

TEST(JsonWriterTest, EscapesPerRfc8259) {
  EXPECT_EQ(Quoted(""), "\"\"");
  EXPECT_EQ(Quoted("plain"), "\"plain\"");
  EXPECT_EQ(Quoted("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(Quoted("\n\r\t\b\f"), R"("\n\r\t\b\f")");
  EXPECT_EQ(Quoted("\x01\x1f"), R"("\u0001\u001f")");
  EXPECT_EQ(Quoted("a\0b"s), R"("a\u0000b")");
  EXPECT_EQ(Quoted("a/b\x7f"), "\"a/b\x7f\"");  // '/' and DEL are left alone
  // Well-formed UTF-8 is kept as it is: 2, 3 and 4 byte characters.
  EXPECT_EQ(Quoted("caf\xC3\xA9 \xD8\xA7\xD9\x84 \xE2\x82\xAC \xF0\x9F\x98\x80"),
            "\"caf\xC3\xA9 \xD8\xA7\xD9\x84 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
}

TEST(JsonWriterTest, InvalidUtf8BecomesReplacementCharacter) {
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(Quoted("a\x80z"), "\"a" + r + "z\"");                          // stray continuation
  EXPECT_EQ(Quoted("a\xFFz"), "\"a" + r + "z\"");                          // never valid
  EXPECT_EQ(Quoted("a\xC0\xAFz"), "\"a" + r + r + "z\"");                  // overlong '/'
  EXPECT_EQ(Quoted("a\xED\xA0\x80z"), "\"a" + r + r + r + "z\"");          // surrogate
  EXPECT_EQ(Quoted("a\xF4\x90\x80\x80z"), "\"a" + r + r + r + r + "z\"");  // > U+10FFFF
  EXPECT_EQ(Quoted("a\xE2\x82z"), "\"a" + r + "z\"");                      // truncated, one U+FFFD
  EXPECT_EQ(Quoted("a\xF0\x9F\x98"), "\"a" + r + "\"");                    // truncated at the end
  EXPECT_EQ(Quoted("\xE2\x82\xAC\xE2"), "\"\xE2\x82\xAC" + r + "\"");
}

TEST(JsonWriterTest, NumberFormats) {
  EXPECT_EQ(DoubleText(-10), "-10");
  EXPECT_EQ(DoubleText(3.4), "3.4");
  EXPECT_EQ(DoubleText(0), "0");
  EXPECT_EQ(DoubleText(-0.0), "0");
  EXPECT_EQ(DoubleText(0.1), "0.1");
  EXPECT_EQ(DoubleText(1e300), "1e+300");
  EXPECT_EQ(DoubleText(2.5e-7), "2.5e-07");
  EXPECT_EQ(DoubleText(std::nan("")), "null");
  EXPECT_EQ(DoubleText(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(DoubleText(-std::numeric_limits<double>::infinity()), "null");

  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.Int(0);
  w.Int(-7);
  w.Int(std::numeric_limits<int64_t>::max());
  w.Int(std::numeric_limits<int64_t>::min());
  w.EndArray();
  EXPECT_EQ(out, "[0,-7,9223372036854775807,-9223372036854775808]");
}

TEST(JsonWriterTest, OutputRoundTripsThroughSimdjson) {
  std::string every_byte;
  for (int c = 0; c < 256; ++c) every_byte += static_cast<char>(c);
  const std::vector<std::string> strings = {"",         "plain",
                                            "q\"b\\s/", "\n\r\t\b\f\x01\x1f\x7f",
                                            "a\0b"s,    "caf\xC3\xA9 \xF0\x9F\x98\x80",
                                            every_byte};
  const std::vector<double> doubles = {-10,
                                       3.4,
                                       0,
                                       -0.0,
                                       0.1,
                                       1.0 / 3,
                                       1e300,
                                       5e-324,
                                       1e-7,
                                       123456789012345678.0,
                                       -2.5e-8,
                                       1e21,
                                       1e22,
                                       std::numeric_limits<double>::max(),
                                       std::numeric_limits<double>::min()};

  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("strings");
  w.BeginArray();
  for (const std::string& s : strings) w.String(s);
  w.EndArray();
  w.Key("doubles");
  w.BeginArray();
  for (double d : doubles) w.Double(d);
  w.EndArray();
  w.Key("k\"ey\n");
  w.Int(-42);
  w.EndObject();

  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  simdjson::dom::array parsed_strings, parsed_doubles;
  ASSERT_EQ(doc["strings"].get(parsed_strings), simdjson::SUCCESS);
  ASSERT_EQ(doc["doubles"].get(parsed_doubles), simdjson::SUCCESS);

  // Bytes 0x80..0xFF on their own are invalid: each reads back as U+FFFD.
  std::string every_byte_back = every_byte.substr(0, 128);
  for (int c = 128; c < 256; ++c) every_byte_back += "\xEF\xBF\xBD";
  std::vector<std::string> expected = strings;
  expected.back() = every_byte_back;
  size_t i = 0;
  for (simdjson::dom::element e : parsed_strings) {
    std::string_view s;
    ASSERT_EQ(e.get(s), simdjson::SUCCESS);
    ASSERT_LT(i, expected.size());
    EXPECT_EQ(std::string(s), expected[i]) << i;
    ++i;
  }
  EXPECT_EQ(i, expected.size());

  i = 0;
  for (simdjson::dom::element e : parsed_doubles) {
    ASSERT_LT(i, doubles.size());
    double d = 0;
    if (e.type() == simdjson::dom::element_type::DOUBLE) {
      ASSERT_EQ(e.get(d), simdjson::SUCCESS);
    } else {  // integral values such as -10 parse as integers
      int64_t n = 0;
      ASSERT_EQ(e.get(n), simdjson::SUCCESS);
      d = static_cast<double>(n);
    }
    EXPECT_EQ(d, doubles[i]) << i;
    ++i;
  }
  EXPECT_EQ(i, doubles.size());

  int64_t n = 0;
  ASSERT_EQ(doc["k\"ey\n"].get(n), simdjson::SUCCESS);
  EXPECT_EQ(n, -42);
}

}  // namespace
}  // namespace khaldun::io
