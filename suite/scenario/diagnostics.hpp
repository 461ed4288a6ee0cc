#ifndef OPTBENCH_SUITE_SCENARIO_DIAGNOSTICS_HPP
#define OPTBENCH_SUITE_SCENARIO_DIAGNOSTICS_HPP

// Collects the problems found in one scenario, turning YAML marks (0-based) into the 1-based
// lines and columns of a Diagnostic. Internal to the parser.

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "suite/scenario/parser.hpp"

namespace optbench::scenario {

class Diagnostics {
 public:
  Diagnostics(std::string file, std::vector<std::string> overrides);

  // A problem at `mark` in the file; a null mark gives line 0. from_set >= 0 names the
  // override the problem's value came from, and then the problem has no line either.
  void add(const YAML::Mark& mark, int from_set, std::string key_path, std::string message);

  // A problem with no place in the file (an unreadable or empty file).
  void add_unplaced(std::string message);

  std::size_t count() const { return problems_.size(); }

  // Every problem, sorted by line and column; those without a line last, in the order found.
  std::vector<Diagnostic> sorted() const;

 private:
  std::string file_;
  std::vector<std::string> overrides_;
  std::vector<Diagnostic> problems_;
};

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_DIAGNOSTICS_HPP
