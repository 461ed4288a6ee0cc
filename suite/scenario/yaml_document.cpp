#include "suite/scenario/yaml_document.hpp"

#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>

namespace optbench::scenario {
namespace {

// Notes where each document starts and ignores everything else.
class DocumentStarts : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { last_ = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

  const YAML::Mark& last() const { return last_; }

 private:
  YAML::Mark last_;
};

// "','": the character a stuck parser stopped at, for the message.
std::string character_at(const std::string& text, const YAML::Mark& mark) {
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) return "text";
  return fmt::format("'{}'", text[static_cast<std::size_t>(mark.pos)]);
}

// The start of the first two documents; stops early when the parser does not move.
// Returns false after recording a problem.
bool scan_documents(const std::string& text, std::vector<YAML::Mark>& starts, Diagnostics& out) {
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  DocumentStarts handler;
  try {
    while (starts.size() < 2 && parser.HandleNextDocument(handler)) {
      if (!starts.empty() && handler.last().pos == starts.back().pos) {
        const YAML::Mark mark = handler.last();
        out.add(mark, -1, "", "invalid YAML: unexpected " + character_at(text, mark));
        return false;
      }
      starts.push_back(handler.last());
    }
  } catch (const YAML::Exception& error) {
    out.add(error.mark, -1, "", "invalid YAML: " + error.msg);
    return false;
  }
  return true;
}

}  // namespace

std::optional<YAML::Node> load_document(const std::string& text, Diagnostics& out) {
  std::vector<YAML::Mark> starts;
  if (!scan_documents(text, starts, out)) return std::nullopt;
  if (starts.empty()) {
    out.add_unplaced("the file is empty; expected a map with name and studies");
    return std::nullopt;
  }
  if (starts.size() > 1) {
    out.add(starts[1], -1, "", "expected one YAML document, found a second one");
  }
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& error) {
    out.add(error.mark, -1, "", "invalid YAML: " + error.msg);
    return std::nullopt;
  }
}

}  // namespace optbench::scenario
