#ifndef OPTBENCH_SUITE_SCENARIO_PARSER_HPP
#define OPTBENCH_SUITE_SCENARIO_PARSER_HPP

// Reads a YAML scenario, checks every key, expands sweeps and initial points. Every problem
// in the file is reported, each with file, line, column and key path; a scenario with any
// problem yields no Scenario at all.

#include <optional>
#include <string>
#include <vector>

#include "suite/scenario/scenario.hpp"

namespace optbench::scenario {

// One problem found in a scenario, printed as
//   file:line:column: key.path: message
// line and column are 1-based; 0 when the problem has no place in the file: a value given by
// --set, a --set path that does not resolve, an unreadable or empty file. Such a problem prints
//   file: key.path: message (from --set KEY=VALUE)
// with the parenthesis only when it comes from an override. An empty key path is left out.
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string key_path;          // e.g. studies[0].optimizers[2].beta2
  std::string message;
  std::string from_set;          // the --set KEY=VALUE a line-0 problem comes from, or empty

  std::string format() const;
};

// problems are sorted by line, then column; problems without a line (0) come last, in the
// order they were found.
struct ParseResult {
  std::optional<Scenario> scenario;      // set only when problems is empty
  std::vector<Diagnostic> problems;
};

// `overrides` are --set KEY=VALUE strings; KEY is a dotted path of map keys and list
// indices (studies.0.steps), VALUE a YAML scalar or flow collection.
ParseResult parse_scenario_text(const std::string& text, const std::string& path,
                                const std::vector<std::string>& overrides = {});

// Reads the file, then as parse_scenario_text. An unreadable file is one problem.
ParseResult parse_scenario_file(const std::string& path,
                                const std::vector<std::string>& overrides = {});

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_PARSER_HPP
