#ifndef OPTBENCH_SUITE_SCENARIO_YAML_DOCUMENT_HPP
#define OPTBENCH_SUITE_SCENARIO_YAML_DOCUMENT_HPP

// The one YAML document of a scenario file. Internal to the parser.
//
// yaml-cpp 0.7's LoadAll never returns on some broken input: a ',' outside brackets at the
// start of a document leaves its parser in place, and it hands out empty documents until
// memory runs out. So documents are counted by a scan that stops after the second one or as
// soon as the parser stops moving, and only then is the first one loaded.

#include <optional>
#include <string>

#include <yaml-cpp/yaml.h>

#include "suite/scenario/diagnostics.hpp"

namespace optbench::scenario {

// The root node of the text's first document, or nothing after recording why there is none:
// a syntax error, an empty text. A second document is recorded as a problem too, and the
// first is still returned so that its problems are found as well.
std::optional<YAML::Node> load_document(const std::string& text, Diagnostics& out);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_YAML_DOCUMENT_HPP
