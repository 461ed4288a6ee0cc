#ifndef OPTBENCH_SUITE_SCENARIO_SWEEP_HPP
#define OPTBENCH_SUITE_SCENARIO_SWEEP_HPP

// `sweep: {learning_rate: [1e-4, 1e-3], beta: [0.8, 0.9]}`: hyperparameters to vary, each
// over a non-empty list of values, every combination run (the cartesian product). A study's
// sweep applies to each of its optimizers that takes the key; an optimizer entry's own sweep
// comes after it. Internal to the parser; the run order is in scenario.hpp.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

// One swept key and its values, in the order written.
struct SweepAxis {
  std::string key;
  std::vector<double> values;
  Where key_at;  // for problems about the key as a whole
};

struct Sweep {
  std::vector<SweepAxis> axes;     // the keys whose values are all valid
  std::vector<std::string> given;  // every allowed key written, valid or not

  const SweepAxis* find(const std::string& key) const;
  bool mentions(const std::string& key) const;
};

// Reads a sweep map. Keys outside `allowed` (sweepable keys) are reported as unknown for
// `owner` ("the sweep of optimizer 'momentum'"); each value is checked like the key itself
// (hyperparameter_bounds). Only keys whose every value is valid become axes.
Sweep read_sweep(Reader& reader, const Where& at, const std::vector<std::string>& allowed,
                 std::string_view owner);

// The combinations of the axes, one value per axis each, with the last axis changing fastest.
// No axes give one empty combination.
std::vector<std::vector<double>> sweep_combinations(const std::vector<const SweepAxis*>& axes);

// How many combinations there are; saturates at INT64_MAX.
std::int64_t combination_count(const std::vector<const SweepAxis*>& axes);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_SWEEP_HPP
