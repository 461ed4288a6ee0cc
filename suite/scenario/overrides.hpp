#ifndef OPTBENCH_SUITE_SCENARIO_OVERRIDES_HPP
#define OPTBENCH_SUITE_SCENARIO_OVERRIDES_HPP

// --set KEY=VALUE: changes to a parsed scenario tree, made before any key is checked, so an
// overridden value is checked like one written in the file. Internal to the parser.
//
// KEY is a dotted path of map keys and list indices: seed, studies.0.steps,
// studies.0.optimizers.1.learning_rate. Every step must exist, except the last step into a
// map, which may name a new key (checked as usual afterwards); a list gets no new entries.
// VALUE is read as YAML: a scalar or a flow collection ({every: 10}, [[0, 1]]).

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "suite/scenario/diagnostics.hpp"

namespace optbench::scenario {

// Applies the overrides in order, recording a problem (line 0) for each one that cannot be
// applied. Element i of the result is the node override i put into the tree, or a fresh null
// node when it failed; the reader uses them to tell values from --set from the file's.
std::vector<YAML::Node> apply_overrides(YAML::Node& root, const std::vector<std::string>& overrides,
                                        Diagnostics& out);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_OVERRIDES_HPP
