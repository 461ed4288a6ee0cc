#ifndef OPTBENCH_SUITE_CLI_SCENARIO_SET_HPP
#define OPTBENCH_SUITE_CLI_SCENARIO_SET_HPP

// The scenarios named on one command line, parsed and checked together: each file on its
// own, then what must hold across files (study names are unique within a results file).

#include <optional>
#include <string>
#include <vector>

#include "suite/scenario/parser.hpp"

namespace optbench::cli {

struct ScenarioSet {
  std::vector<scenario::Scenario> scenarios;
  std::vector<scenario::Diagnostic> problems;
};

ScenarioSet load_scenarios(const std::vector<std::string>& paths,
                           const std::vector<std::string>& overrides);

// Prints every problem, one line each, to stderr; returns how many there were.
std::size_t report_problems(const std::vector<scenario::Diagnostic>& problems);

// The backend to run on: --backend when given, else the scenarios' common `backend`, resolved
// to a compiled-in name. Returns nothing (after printing why) when the request is not
// compiled in or the scenarios disagree.
std::optional<std::string> choose_backend(const std::string& requested,
                                          const std::vector<scenario::Scenario>& scenarios);

}  // namespace optbench::cli

#endif  // OPTBENCH_SUITE_CLI_SCENARIO_SET_HPP
