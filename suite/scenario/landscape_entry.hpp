#ifndef OPTBENCH_SUITE_SCENARIO_LANDSCAPE_ENTRY_HPP
#define OPTBENCH_SUITE_SCENARIO_LANDSCAPE_ENTRY_HPP

// A study's `landscape`: a catalog name (`rosenbrock`) or a map with the name and parameters,
// each a number or a non-empty list of numbers (`{name: quadratic, curvature: [1, 10]}`).
// Checked against landscapes/catalog.hpp, which knows the names, the parameters and their
// ranges. `instance: k` (integer >= 0) asks for the seeded instance k (landscapes/instance.hpp).
// Internal to the parser.

#include <optional>

#include "landscapes/landscape.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

struct LandscapeEntry {
  landscapes::LandscapeSpec spec;
  std::optional<landscapes::LandscapeInfo> info;  // set only when the landscape is valid
};

LandscapeEntry read_landscape(Reader& reader, const Where& at);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_LANDSCAPE_ENTRY_HPP
