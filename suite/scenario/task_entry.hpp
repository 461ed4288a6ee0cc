#ifndef OPTBENCH_SUITE_SCENARIO_TASK_ENTRY_HPP
#define OPTBENCH_SUITE_SCENARIO_TASK_ENTRY_HPP

// A study's `task` (landscapes/regression/task_spec.hpp), a map:
//   kind         required: linear_regression, house_prices or bounding_box
//   samples      required, integer >= features + 1 (so the least-squares optimum is unique)
//   truth        required; linear_regression {w: W, b: B}; house_prices {theta: [...], b: B};
//                bounding_box {W: [[x, y, width, height], ...] one row per feature,
//                c: [x, y, width, height]}
//   x            linear_regression: the feature's distribution, default {uniform: [-1, 1]}
//   features     house_prices and bounding_box, required: a list of
//                {name: NAME, uniform: [low, high]} or {name: NAME, gaussian: [mean, sd]}
//                (name optional, default x1, x2, ...)
//   noise        optional {gaussian: sd}, sd >= 0; default 0
//   standardize  house_prices, optional boolean, default false
//   seed         optional integer, default the scenario's seed: keys the data and the
//                epochs' sample orders
//   store_data   optional boolean, default true: x and y in the results file
// Internal to the parser.

#include <cstdint>
#include <optional>

#include "landscapes/landscape.hpp"
#include "landscapes/regression/task_spec.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

struct TaskEntry {
  landscapes::TaskSpec spec;
  std::optional<landscapes::LandscapeInfo> info;  // set only when the task is valid
  bool seed_given = false;                         // else the scenario's seed applies
};

TaskEntry read_task(Reader& reader, const Where& at);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_TASK_ENTRY_HPP
