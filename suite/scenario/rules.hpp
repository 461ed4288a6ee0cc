#ifndef OPTBENCH_SUITE_SCENARIO_RULES_HPP
#define OPTBENCH_SUITE_SCENARIO_RULES_HPP

// The small rule maps of a scenario, each key optional:
//   record: {every: N} (N >= 1) or {final_only: true}
//   stop:   {cost_tol: >= 0, grad_tol: >= 0, diverge_above: > 0}
//   check:  {trajectory: {rtol: >= 0}, final_cost: {rtol: >= 0},
//            throughput: {max_slowdown: > 0}}
//   math:   portable | native
//   repetitions: integer in [1, 1000]
// Internal to the parser.

#include <optional>

#include "landscapes/landscape.hpp"
#include "suite/scenario/scenario.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

std::optional<RecordRule> read_record(Reader& reader, const Where& at);

// info describes the study's landscape (null when it is not valid): cost_tol needs a known
// minimum to measure J(w) - J* against.
std::optional<StopRule> read_stop(Reader& reader, const Where& at,
                                  const landscapes::LandscapeInfo* info);

std::optional<CheckRule> read_check(Reader& reader, const Where& at);

// math: portable (default) or native.
std::optional<MathMode> read_math(Reader& reader, const Where& at);

// repetitions: timed launches of a study's kernel, an integer in [1, 1000].
std::optional<int> read_repetitions(Reader& reader, const Where& at);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_RULES_HPP
