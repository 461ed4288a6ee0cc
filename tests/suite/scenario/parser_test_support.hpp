#ifndef OPTBENCH_TESTS_SUITE_SCENARIO_PARSER_TEST_SUPPORT_HPP
#define OPTBENCH_TESTS_SUITE_SCENARIO_PARSER_TEST_SUPPORT_HPP

// Helpers shared by the scenario parser tests: parse a string, list the problems.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "suite/scenario/parser.hpp"

namespace optbench::scenario::testing {

inline ParseResult parse(const std::string& text, const std::vector<std::string>& sets = {}) {
  return parse_scenario_text(text, "s.yaml", sets);
}

// Every problem, formatted, one per line: the text a failed assertion shows.
inline std::string listing(const ParseResult& result) {
  std::string out;
  for (const auto& problem : result.problems) out += problem.format() + "\n";
  return out;
}

// Parses text that must be valid and returns its scenario.
inline Scenario parse_valid(const std::string& text, const std::vector<std::string>& sets = {}) {
  ParseResult result = parse(text, sets);
  EXPECT_TRUE(result.problems.empty()) << listing(result);
  EXPECT_TRUE(result.scenario.has_value());
  return result.scenario.value_or(Scenario{});
}

// Parses text that must have exactly one problem and returns it formatted.
inline std::string only_problem(const std::string& text,
                                const std::vector<std::string>& sets = {}) {
  ParseResult result = parse(text, sets);
  EXPECT_FALSE(result.scenario.has_value());
  EXPECT_EQ(result.problems.size(), 1u) << listing(result);
  return result.problems.empty() ? "" : result.problems.front().format();
}

}  // namespace optbench::scenario::testing

#endif  // OPTBENCH_TESTS_SUITE_SCENARIO_PARSER_TEST_SUPPORT_HPP
