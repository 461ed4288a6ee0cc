#ifndef OPTBENCH_SUITE_CHECK_TOLERANCES_HPP
#define OPTBENCH_SUITE_CHECK_TOLERANCES_HPP

// The tolerances `optbench compare` applies to a study: the `check:` block of the scenario
// that made it, as stored in the candidate's results file (/scenario/<name>, the scenario's
// text, with its --set overrides in the attribute `overrides`), then the command line's
// options on top:
//   check: {trajectory: {rtol: 0}, final_cost: {rtol: 0}, throughput: {max_slowdown: 0.10}}
// Every key is optional; the defaults (scenario::CheckRule) are bitwise trajectories and
// final costs and a 10 % slowdown bound.

#include <optional>
#include <string>

#include "suite/scenario/scenario.hpp"

namespace optbench::check {

using Tolerances = scenario::CheckRule;

struct ToleranceOverrides {
  std::optional<double> trajectory_rtol;  // --trajectory-rtol
  std::optional<double> final_cost_rtol;  // --final-cost-rtol
  std::optional<double> max_slowdown;     // --max-slowdown
};

// `overrides`: the scenario's --set KEY=VALUE lines, newline-separated; those whose key starts
// with `check` are applied. Throws std::runtime_error when the text or an override is not
// YAML, or when a check value is not a number.
Tolerances read_tolerances(const std::string& scenario_text, const std::string& overrides = {});

Tolerances apply_overrides(Tolerances tolerances, const ToleranceOverrides& overrides);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_TOLERANCES_HPP
