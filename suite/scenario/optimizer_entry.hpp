#ifndef OPTBENCH_SUITE_SCENARIO_OPTIMIZER_ENTRY_HPP
#define OPTBENCH_SUITE_SCENARIO_OPTIMIZER_ENTRY_HPP

// One entry of a study's `optimizers` list:
//   {name: adam, learning_rate: 1e-2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8,
//    convention: article, schedule: {kind: inverse_time, rate: 1e-2},
//    sweep: {beta1: [0.8, 0.9]}}
// Keys, ranges and defaults are in optimizer_keys.hpp. schedule is {kind: constant} or
// {kind: inverse_time, rate: r} with r >= 0. Internal to the parser.

#include <optional>

#include "suite/optimizers/optimizer_settings.hpp"
#include "suite/scenario/sweep.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

struct OptimizerEntry {
  std::optional<optimizers::OptimizerKind> kind;  // unset when the name is missing or unknown
  optimizers::OptimizerSettings settings;         // defaults, then the values given
  Sweep sweep;                                    // the entry's own sweep
};

// Reads one entry, recording every problem. study_sweep is the study's sweep: a learning
// rate it covers need not be given, and the entry's own sweep may not repeat its keys.
OptimizerEntry read_optimizer(Reader& reader, const Where& at, const Sweep& study_sweep);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_OPTIMIZER_ENTRY_HPP
