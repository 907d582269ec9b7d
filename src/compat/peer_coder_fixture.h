// A test fixture for the compat coder: a small TABARI project (actors,
// agents, verbs) written in the test, read by the real readers, converted
// into a dictionary and coded by PeerCoder. Tests skip without WordNet.
#ifndef KHALDUN_COMPAT_PEER_CODER_FIXTURE_H_
#define KHALDUN_COMPAT_PEER_CODER_FIXTURE_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <string>

#include "compat/peer_coder.h"
#include "compat/tabari_reader.h"
#include "dict/dictionary.h"
#include "text/lemmatizer.h"

namespace khaldun::compat {

class PeerCoderFixture : public ::testing::Test {
 public:
  // Writes `content` to a file of this process (test binaries run in
  // parallel) and returns its path.
  static std::string Write(const std::string& name, const std::string& content) {
    std::string path = testing::TempDir() + std::to_string(getpid()) + "_" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

 protected:
  // Loads WordNet and the project; `tag` names its files, and an empty
  // `agents` is not read. Every line must convert.
  void Load(const std::string& tag, const std::string& actors, const std::string& agents,
            const std::string& verbs) {
    std::string error;
    lemmatizer_ = text::Lemmatizer::Load(KHALDUN_WORDNET_DIR, &error);
    if (!lemmatizer_) GTEST_SKIP() << "WordNet not found: " << error;
    ASSERT_TRUE(ReadTabariActors(Write(tag + ".actors", actors), &conversion_));
    if (!agents.empty()) {
      ASSERT_TRUE(ReadTabariAgents(Write(tag + ".agents", agents), &conversion_));
    }
    ASSERT_TRUE(ReadTabariVerbs(Write(tag + ".verbs", verbs), &conversion_));
    ASSERT_TRUE(conversion_.errors.empty()) << conversion_.errors.front();
    dictionary_ = std::make_unique<dict::Dictionary>(nullptr);
    AddToDictionary(&conversion_, dictionary_.get());
    coder_ = std::make_unique<PeerCoder>(dictionary_.get(), &conversion_, lemmatizer_.get());
  }

  // The events of `text` as "SRC/TGT/CODE ..." in output order.
  std::string CodeWith(const std::string& text, const PeerSettings& settings,
                       const std::string& date = "1933-01-01", ForwardMemory* memory = nullptr,
                       const std::string& id = "") {
    std::string out;
    for (const ExpectedEvent& e : coder_->Code(text, date, settings, memory, id))
      out += (out.empty() ? "" : " ") + e.source + "/" + e.target + "/" + e.code;
    return out;
  }

  std::unique_ptr<text::Lemmatizer> lemmatizer_;
  Conversion conversion_;
  std::unique_ptr<dict::Dictionary> dictionary_;
  std::unique_ptr<PeerCoder> coder_;
};

}  // namespace khaldun::compat

#endif  // KHALDUN_COMPAT_PEER_CODER_FIXTURE_H_
