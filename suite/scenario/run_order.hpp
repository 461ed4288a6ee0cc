#ifndef OPTBENCH_SUITE_SCENARIO_RUN_ORDER_HPP
#define OPTBENCH_SUITE_SCENARIO_RUN_ORDER_HPP

// Expands a checked study into its runs, in the order documented in scenario.hpp: optimizer
// entries, then sweep combinations, then batch sizes, then initial points. Internal to the parser.

#include <cstdint>
#include <vector>

#include "suite/scenario/optimizer_entry.hpp"
#include "suite/scenario/scenario.hpp"
#include "suite/scenario/sweep.hpp"

namespace optbench::scenario {

// The swept axes of one entry: the study's axes its optimizer takes, then its own.
std::vector<const SweepAxis*> sweep_axes(const OptimizerEntry& entry, const Sweep& study_sweep);

// How many runs the study expands to; saturates at INT64_MAX.
std::int64_t run_count(const std::vector<OptimizerEntry>& optimizers, const Sweep& study_sweep,
                       std::int64_t point_count, std::size_t batch_size_count);

// batch_sizes: a task study's, or {0} for a landscape study.
std::vector<Run> expand_runs(const std::vector<OptimizerEntry>& optimizers,
                             const Sweep& study_sweep, const std::vector<std::int64_t>& batch_sizes,
                             const std::vector<std::vector<double>>& points);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_RUN_ORDER_HPP
