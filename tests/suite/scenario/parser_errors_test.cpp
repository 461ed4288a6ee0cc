// The scenario parser on broken input: every problem is found, placed at the right line,
// column and key path, and says what was found and what was expected.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "suite/scenario/parser.hpp"
#include "tests/suite/scenario/parser_test_support.hpp"

namespace optbench::scenario {
namespace {

using testing::listing;
using testing::only_problem;
using testing::parse;

// A valid one-study scenario, eight lines; tests replace one line to break it.
//   1 name: t
//   2 studies:
//   3   - name: s
//   4     landscape: rosenbrock
//   5     init: [[0, 0]]
//   6     steps: 10
//   7     optimizers:
//   8       - {name: gd, learning_rate: 0.1}
const std::vector<std::string> kBase = {"name: t",
                                        "studies:",
                                        "  - name: s",
                                        "    landscape: rosenbrock",
                                        "    init: [[0, 0]]",
                                        "    steps: 10",
                                        "    optimizers:",
                                        "      - {name: gd, learning_rate: 0.1}"};

// The base with line `line` (1-based) replaced; an empty replacement removes the line.
std::string with_line(std::size_t line, const std::string& replacement) {
  std::string text;
  for (std::size_t i = 0; i < kBase.size(); ++i) {
    const std::string& current = i + 1 == line ? replacement : kBase[i];
    if (i + 1 == line && replacement.empty()) continue;
    text += current + "\n";
  }
  return text;
}

// text with the first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  return text.replace(text.find(from), from.size(), to);
}

// The base with text appended after its last line.
std::string with_tail(const std::string& tail) {
  return with_line(0, "") + tail;
}

TEST(ScenarioErrors, BaseScenarioIsValid) {
  const ParseResult result = parse(with_line(0, ""));
  EXPECT_TRUE(result.scenario) << listing(result);
}

TEST(ScenarioErrors, UnknownTopLevelKeySuggestsTheClosest) {
  EXPECT_EQ(only_problem(with_tail("sede: 4\n")),
            "s.yaml:9:1: unknown key 'sede'; did you mean 'seed'?");
}

TEST(ScenarioErrors, UnknownKeyWithoutCloseNameListsTheKeys) {
  EXPECT_EQ(only_problem(with_tail("colour: red\n")),
            "s.yaml:9:1: unknown key 'colour'; expected one of name, description, seed, backend, "
            "record, check, studies, math, repetitions");
}

TEST(ScenarioErrors, UnknownOptimizerKeySuggestsTheKeyOfThatOptimizer) {
  EXPECT_EQ(only_problem(with_line(8, "      - {name: momentum, learning_rate: 0.1, beta1: 0.9}")),
            "s.yaml:8:46: studies[0].optimizers[0]: unknown key 'beta1' for optimizer "
            "'momentum'; did you mean 'beta'?");
}

TEST(ScenarioErrors, KeyOfAnotherOptimizerSaysWhichTakesIt) {
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: 0.1, epsilon: 1e-8}")),
            "s.yaml:8:40: studies[0].optimizers[0]: unknown key 'epsilon' for optimizer 'gd'; "
            "it applies to rmsprop and adam");
}

TEST(ScenarioErrors, MisspeltKeyFollowsTheStyleExample) {
  EXPECT_EQ(only_problem(with_line(8, "      - {name: adam, learning_rate: 0.1, betta1: 0.9}")),
            "s.yaml:8:42: studies[0].optimizers[0]: unknown key 'betta1' for optimizer 'adam'; "
            "did you mean 'beta1'?");
}

TEST(ScenarioErrors, MissingRequiredKeyIsPlacedAtItsMap) {
  EXPECT_EQ(only_problem(with_line(6, "")), "s.yaml:3:5: studies[0]: missing required key 'steps'");
  EXPECT_EQ(only_problem(with_line(1, "")), "s.yaml:1:1: missing required key 'name'");
  EXPECT_EQ(only_problem(with_line(8, "      - {learning_rate: 0.1}")),
            "s.yaml:8:9: studies[0].optimizers[0]: missing required key 'name'");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd}")),
            "s.yaml:8:9: studies[0].optimizers[0]: missing required key 'learning_rate'");
}

TEST(ScenarioErrors, WrongTypeSaysWhatWasFound) {
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: fast}")),
            "s.yaml:8:35: studies[0].optimizers[0].learning_rate: expected a number > 0, found "
            "'fast'");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: [0.1]}")),
            "s.yaml:8:35: studies[0].optimizers[0].learning_rate: expected a number > 0, found "
            "a list");
  EXPECT_EQ(only_problem(with_line(6, "    steps: {n: 3}")),
            "s.yaml:6:12: studies[0].steps: expected an integer >= 1, found a map");
  EXPECT_EQ(only_problem(replaced(with_line(8, ""), "optimizers:", "optimizers: gd")),
            "s.yaml:7:17: studies[0].optimizers: expected a non-empty list of optimizers, found "
            "'gd'");
}

TEST(ScenarioErrors, QuotedNumberIsText) {
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: '0.1'}")),
            "s.yaml:8:35: studies[0].optimizers[0].learning_rate: expected a number > 0, found "
            "'0.1' (quotes make it text)");
}

TEST(ScenarioErrors, OutOfRangeValuesNameTheRange) {
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: -0.1}")),
            "s.yaml:8:35: studies[0].optimizers[0].learning_rate: expected a number > 0, found "
            "-0.1");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: momentum, learning_rate: 1, beta: 1.0}")),
            "s.yaml:8:50: studies[0].optimizers[0].beta: expected a number in [0, 1), found 1.0");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: adam, learning_rate: 1, beta2: 1.5}")),
            "s.yaml:8:47: studies[0].optimizers[0].beta2: expected a number in [0, 1), found 1.5");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: rmsprop, learning_rate: 1, epsilon: 0}")),
            "s.yaml:8:52: studies[0].optimizers[0].epsilon: expected a number > 0, found 0");
  EXPECT_EQ(only_problem(with_tail("seed: -1\n")),
            "s.yaml:9:7: seed: expected an integer >= 0, found -1");
  EXPECT_EQ(only_problem(with_tail("    stop: {grad_tol: -1e-3}\n")),
            "s.yaml:9:22: studies[0].stop.grad_tol: expected a number >= 0, found -1e-3");
  EXPECT_EQ(only_problem(with_tail("    stop: {diverge_above: 0}\n")),
            "s.yaml:9:27: studies[0].stop.diverge_above: expected a number > 0, found 0");
  EXPECT_EQ(only_problem(with_tail("    record: {every: 0}\n")),
            "s.yaml:9:21: studies[0].record.every: expected an integer >= 1, found 0");
  EXPECT_EQ(only_problem(with_tail("check: {throughput: {max_slowdown: 0}}\n")),
            "s.yaml:9:36: check.throughput.max_slowdown: expected a number > 0, found 0");
}

TEST(ScenarioErrors, NonFiniteNumbersAreRejected) {
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: .nan}")),
            "s.yaml:8:35: studies[0].optimizers[0].learning_rate: expected a finite number > 0, "
            "found .nan");
  EXPECT_EQ(only_problem(with_line(5, "    init: [[.inf, 0]]")),
            "s.yaml:5:13: studies[0].init[0][0]: expected a finite number, found .inf");
  EXPECT_EQ(only_problem(with_line(5, "    init: [[1e999, 0]]")),
            "s.yaml:5:13: studies[0].init[0][0]: expected a number, found 1e999, beyond the range "
            "of a double");
}

TEST(ScenarioErrors, EachBadPointIsReported) {
  const ParseResult result = parse(with_line(5, "    init: [0, 0]"));
  EXPECT_EQ(listing(result),
            "s.yaml:5:12: studies[0].init[0]: expected a point, a list of 2 numbers, found 0; a "
            "single point is written [[x, y]]\n"
            "s.yaml:5:15: studies[0].init[1]: expected a point, a list of 2 numbers, found 0; a "
            "single point is written [[x, y]]\n");
}

TEST(ScenarioErrors, FractionWhereIntegerIsExpected) {
  EXPECT_EQ(only_problem(with_line(6, "    steps: 1.5")),
            "s.yaml:6:12: studies[0].steps: expected an integer >= 1, found 1.5");
  EXPECT_EQ(only_problem(with_line(5, "    init: {uniform: {count: 2.5}}")),
            "s.yaml:5:29: studies[0].init.uniform.count: expected an integer >= 1, found 2.5");
}

TEST(ScenarioErrors, EmptyValueIsPlacedAtItsKey) {
  EXPECT_EQ(only_problem(with_line(6, "    steps:")),
            "s.yaml:6:5: studies[0].steps: expected an integer >= 1, found nothing");
}

TEST(ScenarioErrors, DuplicateKeyNamesTheFirstLine) {
  EXPECT_EQ(only_problem(with_tail("    steps: 20\n")),
            "s.yaml:9:5: studies[0]: duplicate key 'steps'; first given on line 6");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: 0.1, name: adam}")),
            "s.yaml:8:40: studies[0].optimizers[0]: duplicate key 'name'; first given on line 8");
  EXPECT_EQ(only_problem("name: u\n" + with_line(0, "")),
            "s.yaml:2:1: duplicate key 'name'; first given on line 1");
}

TEST(ScenarioErrors, DuplicateStudyNameNamesTheFirstLine) {
  EXPECT_EQ(
      only_problem(with_tail("  - {name: s, landscape: rosenbrock, init: [[0, 0]], steps: 1,\n"
                             "     optimizers: [{name: gd, learning_rate: 1}]}\n")),
      "s.yaml:9:12: studies[1].name: duplicate study name 's'; first used on line 3");
}

TEST(ScenarioErrors, InvalidNameIsRejected) {
  EXPECT_EQ(only_problem(with_line(3, "  - name: my study")),
            "s.yaml:3:11: studies[0].name: expected a name of letters, digits, '_', '.' and '-', "
            "other than '.' and '..', found 'my study'");
}

TEST(ScenarioErrors, SyntaxErrorIsOneProblemAtItsMark) {
  const ParseResult result = parse(with_line(5, "    init: [[0, 0]"));
  ASSERT_EQ(result.problems.size(), 1u) << listing(result);
  EXPECT_FALSE(result.scenario);
  // yaml-cpp notices the unclosed list where the next line's key starts.
  EXPECT_EQ(result.problems[0].format(),
            "s.yaml:6:5: invalid YAML: end of sequence flow not found");
  EXPECT_EQ(only_problem("name: t\n studies: 1\n"), "s.yaml:2:9: invalid YAML: illegal map value");
}

TEST(ScenarioErrors, StrayCommaIsASyntaxError) {
  // yaml-cpp's LoadAll would never return on this text.
  EXPECT_EQ(only_problem(", name: t\n"), "s.yaml:1:1: invalid YAML: unexpected ','");
}

TEST(ScenarioErrors, EmptyFileIsOneProblem) {
  EXPECT_EQ(only_problem(""), "s.yaml: the file is empty; expected a map with name and studies");
  EXPECT_EQ(only_problem("# nothing but a comment\n"),
            "s.yaml: the file is empty; expected a map with name and studies");
}

TEST(ScenarioErrors, TopLevelMustBeAMap) {
  EXPECT_EQ(only_problem("- name: t\n"),
            "s.yaml:1:1: expected a map with name and studies at the top, found a list");
  EXPECT_EQ(only_problem("just text\n"),
            "s.yaml:1:1: expected a map with name and studies at the top, found 'just text'");
}

TEST(ScenarioErrors, SecondDocumentIsRejected) {
  EXPECT_EQ(only_problem(with_tail("---\nname: u\n")),
            "s.yaml:9:1: expected one YAML document, found a second one");
}

TEST(ScenarioErrors, EmptySweepListIsRejected) {
  EXPECT_EQ(only_problem(with_tail("    sweep: {learning_rate: []}\n")),
            "s.yaml:9:28: studies[0].sweep.learning_rate: expected a non-empty list of numbers "
            "> 0, found an empty list");
}

TEST(ScenarioErrors, SweepValuesAreCheckedLikeTheirKey) {
  EXPECT_EQ(only_problem(with_line(8,
                                   "      - {name: momentum, learning_rate: 1, "
                                   "sweep: {beta: [0.5, 1.5]}}")),
            "s.yaml:8:64: studies[0].optimizers[0].sweep.beta[1]: expected a number in [0, 1), "
            "found 1.5");
}

TEST(ScenarioErrors, SweepKeyNoOptimizerTakesIsRejected) {
  EXPECT_EQ(only_problem(with_tail("    sweep: {beta1: [0.9]}\n")),
            "s.yaml:9:13: studies[0].sweep: no optimizer of this study takes 'beta1' (gd)");
  EXPECT_EQ(only_problem(with_tail("    sweep: {schedule: [1]}\n")),
            "s.yaml:9:13: studies[0].sweep: unknown key 'schedule' for the study's sweep; "
            "expected one of learning_rate, beta, beta1, beta2, epsilon");
}

TEST(ScenarioErrors, OptimizerSweepTakesOnlyItsOwnKeys) {
  EXPECT_EQ(only_problem(with_line(8,
                                   "      - {name: momentum, learning_rate: 1, "
                                   "sweep: {beta1: [0.5]}}")),
            "s.yaml:8:52: studies[0].optimizers[0].sweep: unknown key 'beta1' for the sweep of "
            "optimizer 'momentum'; did you mean 'beta'?");
}

TEST(ScenarioErrors, UnknownNamesSuggestTheClosest) {
  EXPECT_EQ(only_problem(with_line(4, "    landscape: rosenbrok")),
            "s.yaml:4:16: studies[0].landscape: unknown landscape 'rosenbrok'; did you mean "
            "'rosenbrock'?");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: adamw, learning_rate: 0.1}")),
            "s.yaml:8:16: studies[0].optimizers[0].name: unknown optimizer 'adamw'; did you mean "
            "'adam'?");
  EXPECT_EQ(only_problem(with_tail("backend: kuda\n")),
            "s.yaml:9:10: backend: unknown backend 'kuda'; did you mean 'cuda'?");
  EXPECT_EQ(only_problem(with_line(8, "      - {name: gd, learning_rate: 1, convention: pytorch}")),
            "s.yaml:8:50: studies[0].optimizers[0].convention: unknown convention 'pytorch'; "
            "expected one of article");
}

TEST(ScenarioErrors, UnknownLandscapeParameterIsPlacedAtItsKey) {
  EXPECT_EQ(only_problem(with_line(4, "    landscape: {name: quadratic, curvatur: 2}")),
            "s.yaml:4:34: studies[0].landscape: unknown parameter 'curvatur' of landscape "
            "'quadratic'; did you mean 'curvature'?");
  // The catalog's list of parameters changes; the start of the message and its place do not.
  const std::string problem =
      only_problem(with_line(4, "    landscape: {name: rosenbrock, zz: 1}"));
  EXPECT_EQ(problem.rfind("s.yaml:4:35: studies[0].landscape: unknown parameter 'zz' of landscape "
                          "'rosenbrock'",
                          0),
            0u)
      << problem;
}

TEST(ScenarioErrors, CatalogProblemsArePlacedAtTheParameterValue) {
  // The message is the catalog's; the parser places it at the offending value.
  const ParseResult result = parse(with_line(4, "    landscape: {name: quadratic, curvature: -1}"));
  ASSERT_EQ(result.problems.size(), 1u) << listing(result);
  const Diagnostic& problem = result.problems[0];
  EXPECT_EQ(problem.line, 4);
  EXPECT_EQ(problem.column, 45);
  EXPECT_EQ(problem.key_path, "studies[0].landscape.curvature");
  EXPECT_FALSE(problem.message.empty());
}

TEST(ScenarioErrors, InitPointsMustMatchTheDimension) {
  EXPECT_EQ(only_problem(with_line(5, "    init: [[0, 0], [1, 2, 3]]")),
            "s.yaml:5:20: studies[0].init[1]: expected a point of 2 numbers, found 3 (landscape "
            "'rosenbrock' is 2-D)");
  EXPECT_EQ(only_problem(with_line(5, "    init: [[0, 0], 1]")),
            "s.yaml:5:20: studies[0].init[1]: expected a point, a list of 2 numbers, found 1; a "
            "single point is written [[x, y]]");
  EXPECT_EQ(only_problem(with_line(5, "    init: []")),
            "s.yaml:5:11: studies[0].init: expected a non-empty list of points, found an empty "
            "list");
}

TEST(ScenarioErrors, GridAxesAreChecked) {
  EXPECT_EQ(only_problem(with_line(5, "    init: {grid: {x: [1, 0, 3], y: [0, 1, 2]}}")),
            "s.yaml:5:22: studies[0].init.grid.x: expected [lo, hi, n] with lo <= hi and n >= 1, "
            "found lo 1 > hi 0");
  EXPECT_EQ(only_problem(with_line(5, "    init: {grid: {x: [0, 1, 3]}}")),
            "s.yaml:5:18: studies[0].init.grid: missing required key 'y'");
  EXPECT_EQ(only_problem(with_line(5, "    init: {grid: {x: [0, 1], y: [0, 1, 2]}}")),
            "s.yaml:5:22: studies[0].init.grid.x: expected [lo, hi, n] with lo <= hi and n >= 1, "
            "found a list of 2");
  EXPECT_EQ(only_problem(with_line(5, "    init: {grid: {n: 3, x: [0, 1, 3]}}")),
            "s.yaml:5:18: studies[0].init.grid: give either 'n' or 'x' and 'y', not both");
  EXPECT_EQ(only_problem(with_line(5, "    init: {grid: {n: [3, 0]}}")),
            "s.yaml:5:26: studies[0].init.grid.n[1]: expected an integer >= 1, found 0");
  EXPECT_EQ(only_problem(with_line(5, "    init: {grid: {n: [3]}}")),
            "s.yaml:5:22: studies[0].init.grid.n: expected 2 counts, one per axis, found 1 "
            "(landscape 'rosenbrock' is 2-D)");
}

TEST(ScenarioErrors, TooManyRunsIsRejected) {
  EXPECT_EQ(only_problem(with_line(5, "    init: {uniform: {count: 20000000}}")),
            "s.yaml:3:5: studies[0]: the study expands to 20000000 runs; at most 10000000 are "
            "allowed");
}

TEST(ScenarioErrors, LandscapeStudyRefusesTaskKeys) {
  EXPECT_EQ(only_problem(with_tail("    epochs: 5\n")),
            "s.yaml:9:5: studies[0]: 'epochs' applies to task studies; a landscape study counts "
            "'steps'");
}

TEST(ScenarioErrors, EveryProblemInTheFileIsReported) {
  const std::string text =
      "name: t\n"
      "seed: 1.5\n"
      "studies:\n"
      "  - name: s\n"
      "    landscape: rosenbrock\n"
      "    init: [[0, 0]]\n"
      "    optimizers:\n"
      "      - {name: momentum, learning_rate: fast, beta1: 0.9}\n"
      "      - {name: adam, learning_rate: 0.1, beta2: 1.5}\n"
      "  - name: s\n"
      "    landscape: rosenbrock\n"
      "    init: [[0, 0]]\n"
      "    steps: 0\n"
      "    optimizers: [{name: gd, learning_rate: 0.1}]\n";
  const ParseResult result = parse(text);
  EXPECT_FALSE(result.scenario);
  EXPECT_EQ(listing(result),
            "s.yaml:2:7: seed: expected an integer >= 0, found 1.5\n"
            "s.yaml:4:5: studies[0]: missing required key 'steps'\n"
            "s.yaml:8:41: studies[0].optimizers[0].learning_rate: expected a number > 0, found "
            "'fast'\n"
            "s.yaml:8:47: studies[0].optimizers[0]: unknown key 'beta1' for optimizer "
            "'momentum'; did you mean 'beta'?\n"
            "s.yaml:9:49: studies[0].optimizers[1].beta2: expected a number in [0, 1), found "
            "1.5\n"
            "s.yaml:10:11: studies[1].name: duplicate study name 's'; first used on line 4\n"
            "s.yaml:13:12: studies[1].steps: expected an integer >= 1, found 0\n");
}

TEST(ScenarioErrors, ProblemFieldsHoldThePlace) {
  const ParseResult result = parse(with_line(8, "      - {name: gd, learning_rate: fast}"));
  ASSERT_EQ(result.problems.size(), 1u);
  const Diagnostic& problem = result.problems[0];
  EXPECT_EQ(problem.file, "s.yaml");
  EXPECT_EQ(problem.line, 8);
  EXPECT_EQ(problem.column, 35);
  EXPECT_EQ(problem.key_path, "studies[0].optimizers[0].learning_rate");
  EXPECT_EQ(problem.message, "expected a number > 0, found 'fast'");
  EXPECT_EQ(problem.from_set, "");
}

}  // namespace
}  // namespace optbench::scenario
