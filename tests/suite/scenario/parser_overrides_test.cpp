// --set KEY=VALUE overrides: applied to the parsed YAML before it is checked; their values are
// checked like the file's, and problems with them are reported without a line, naming the
// override.

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
using testing::parse_valid;

const std::string kBase =
    "name: t\n"
    "studies:\n"
    "  - name: s\n"
    "    landscape: rosenbrock\n"
    "    init: [[0, 0]]\n"
    "    steps: 10\n"
    "    optimizers:\n"
    "      - {name: gd, learning_rate: 0.1}\n"
    "      - {name: adam, learning_rate: 0.1}\n";

TEST(ScenarioOverrides, ReplaceExistingValues) {
  const Scenario s =
      parse_valid(kBase, {"studies.0.steps=200", "studies.0.optimizers.1.learning_rate=0.5"});
  const Study& study = s.studies.at(0);
  EXPECT_EQ(study.steps, 200);
  ASSERT_EQ(study.runs.size(), 2u);
  EXPECT_EQ(study.runs[0].optimizer.learning_rate, 0.1);
  EXPECT_EQ(study.runs[1].optimizer.learning_rate, 0.5);
}

TEST(ScenarioOverrides, AddNewKeysToMaps) {
  const Scenario s = parse_valid(
      kBase, {"seed=7", "studies.0.optimizers.1.beta1=0.5", "studies.0.stop={grad_tol: 1e-6}"});
  EXPECT_EQ(s.seed, 7u);
  EXPECT_EQ(s.studies.at(0).runs.at(1).optimizer.beta1, 0.5);
  EXPECT_EQ(s.studies[0].stop.grad_tol, 1e-6);
}

TEST(ScenarioOverrides, ValuesSharedThroughAnAliasAreNotChangedInOnePlace) {
  const std::string text = kBase + "    sweep: &rates {learning_rate: [0.1, 0.2]}\n"
                                   "  - name: u\n"
                                   "    landscape: rosenbrock\n"
                                   "    init: [[0, 0]]\n"
                                   "    steps: 10\n"
                                   "    optimizers: [{name: gd}]\n"
                                   "    sweep: *rates\n";
  EXPECT_EQ(only_problem(text, {"studies.1.sweep.learning_rate=[0.5]"}),
            "s.yaml: studies[1].sweep.learning_rate: this value is shared through a YAML alias "
            "(&name ... *name), so --set would change every place that uses it; change it in "
            "the file, or write it out there (from --set studies.1.sweep.learning_rate=[0.5])");
  EXPECT_EQ(only_problem(text, {"studies.0.sweep.beta=[0.5]"}),
            "s.yaml: studies[0].sweep: this value is shared through a YAML alias (&name ... "
            "*name), so --set would change every place that uses it; change it in the file, or "
            "write it out there (from --set studies.0.sweep.beta=[0.5])");
  EXPECT_EQ(parse_valid(text, {"studies.1.steps=20"}).studies.at(1).steps, 20);
}

TEST(ScenarioOverrides, ValuesAreReadAsYaml) {
  const Scenario s =
      parse_valid(kBase, {"studies.0.init=[[1, 2], [3, 4]]", "record={final_only: true}",
                          "studies.0.optimizers.0={name: momentum, "
                          "learning_rate: 0.2}"});
  const Study& study = s.studies.at(0);
  EXPECT_TRUE(study.record.final_only);
  ASSERT_EQ(study.runs.size(), 4u);
  EXPECT_EQ(study.runs[1].init, (std::vector<double>{3.0, 4.0}));
  EXPECT_EQ(study.runs[0].optimizer.kind, optimizers::OptimizerKind::kMomentum);
  EXPECT_EQ(study.runs[0].optimizer.beta, 0.9);
}

TEST(ScenarioOverrides, LaterOverridesWin) {
  const Scenario s = parse_valid(kBase, {"seed=1", "seed=2"});
  EXPECT_EQ(s.seed, 2u);
}

TEST(ScenarioOverrides, OverrideChangesTheSeedOfUniformPoints) {
  const std::string text = kBase;
  std::string uniform = text;
  uniform.replace(uniform.find("[[0, 0]]"), 8, "{uniform: {count: 4}}");
  const Scenario a = parse_valid(uniform, {"seed=1"});
  const Scenario b = parse_valid(uniform, {"seed=2"});
  EXPECT_NE(a.studies.at(0).runs.at(0).init, b.studies.at(0).runs.at(0).init);
}

TEST(ScenarioOverrides, BadValueIsReportedWithoutALineNamingTheOverride) {
  const ParseResult result = parse(kBase, {"studies.0.steps=fast"});
  ASSERT_EQ(result.problems.size(), 1u) << listing(result);
  const Diagnostic& problem = result.problems[0];
  EXPECT_EQ(problem.line, 0);
  EXPECT_EQ(problem.column, 0);
  EXPECT_EQ(problem.key_path, "studies[0].steps");
  EXPECT_EQ(problem.from_set, "studies.0.steps=fast");
  EXPECT_EQ(problem.format(),
            "s.yaml: studies[0].steps: expected an integer >= 1, found 'fast' "
            "(from --set studies.0.steps=fast)");
}

TEST(ScenarioOverrides, ProblemsInsideAnOverriddenMapNameTheOverride) {
  EXPECT_EQ(only_problem(kBase, {"studies.0.stop={cost_tol: -1}"}),
            "s.yaml: studies[0].stop.cost_tol: expected a number >= 0, found -1 (from --set "
            "studies.0.stop={cost_tol: -1})");
  EXPECT_EQ(only_problem(kBase, {"studies.0.init=[[1, 2], [3]]"}),
            "s.yaml: studies[0].init[1]: expected a point of 2 numbers, found 1 (landscape "
            "'rosenbrock' is 2-D) (from --set studies.0.init=[[1, 2], [3]])");
}

TEST(ScenarioOverrides, NewUnknownKeyIsReportedLikeAnyOther) {
  EXPECT_EQ(only_problem(kBase, {"studies.0.optimizers.1.betta1=0.5"}),
            "s.yaml: studies[0].optimizers[1]: unknown key 'betta1' for optimizer 'adam'; did "
            "you mean 'beta1'? (from --set studies.0.optimizers.1.betta1=0.5)");
}

TEST(ScenarioOverrides, FileProblemsKeepTheirLines) {
  std::string text = kBase;
  text.replace(text.find("steps: 10"), 9, "steps: 0");
  const ParseResult result = parse(text, {"seed=-3"});
  EXPECT_EQ(listing(result),
            "s.yaml:6:12: studies[0].steps: expected an integer >= 1, found 0\n"
            "s.yaml: seed: expected an integer >= 0, found -3 (from --set seed=-3)\n");
}

TEST(ScenarioOverrides, OverrideCanFixAFileProblem) {
  std::string text = kBase;
  text.replace(text.find("steps: 10"), 9, "steps: 0");
  EXPECT_EQ(parse_valid(text, {"studies.0.steps=5"}).studies.at(0).steps, 5);
}

TEST(ScenarioOverrides, PathsThatDoNotResolveAreReported) {
  EXPECT_EQ(only_problem(kBase, {"stdies.0.steps=1"}),
            "s.yaml: no key 'stdies' to go into; did you mean 'studies'? (from --set "
            "stdies.0.steps=1)");
  EXPECT_EQ(only_problem(kBase, {"studies.3.steps=1"}),
            "s.yaml: studies: expected a list index from 0 to 0, found '3' (from --set "
            "studies.3.steps=1)");
  EXPECT_EQ(only_problem(kBase, {"studies.first.steps=1"}),
            "s.yaml: studies: expected a list index from 0 to 0, found 'first' (from --set "
            "studies.first.steps=1)");
  EXPECT_EQ(only_problem(kBase, {"studies.0.optimizers.2=1"}),
            "s.yaml: studies[0].optimizers: expected a list index from 0 to 1, found '2' (from "
            "--set studies.0.optimizers.2=1)");
  EXPECT_EQ(only_problem(kBase, {"name.x=1"}),
            "s.yaml: name: expected a map or a list to go into with 'x', found 't' (from --set "
            "name.x=1)");
}

TEST(ScenarioOverrides, MalformedOverridesAreReported) {
  EXPECT_EQ(only_problem(kBase, {"seed"}),
            "s.yaml: expected KEY=VALUE, found 'seed' (from --set seed)");
  EXPECT_EQ(only_problem(kBase, {"=3"}), "s.yaml: expected KEY=VALUE, found '=3' (from --set =3)");
  EXPECT_EQ(only_problem(kBase, {"studies..steps=3"}),
            "s.yaml: empty step in the key path 'studies..steps' (from --set studies..steps=3)");
  EXPECT_EQ(only_problem(kBase, {"studies.0.init=[[1, 2]"}),
            "s.yaml: studies.0.init: cannot read the value as YAML: end of sequence flow not "
            "found (from --set studies.0.init=[[1, 2])");
}

TEST(ScenarioOverrides, EveryBadOverrideIsReported) {
  const ParseResult result = parse(kBase, {"seed=x", "nope.1=2", "studies.0.steps=-1"});
  EXPECT_FALSE(result.scenario);
  EXPECT_EQ(result.problems.size(), 3u) << listing(result);
}

}  // namespace
}  // namespace optbench::scenario
