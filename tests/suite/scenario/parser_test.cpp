// The scenario parser on valid input: the model it builds, defaults, run order, sweeps and
// initial points.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "backends/philox.hpp"
#include "landscapes/catalog.hpp"
#include "suite/scenario/closest_name.hpp"
#include "suite/scenario/number_text.hpp"
#include "suite/scenario/parser.hpp"
#include "tests/suite/scenario/parser_test_support.hpp"

namespace optbench::scenario {
namespace {

using optimizers::OptimizerKind;
using optimizers::ScheduleKind;
using testing::listing;
using testing::parse;
using testing::parse_valid;

const std::string kFixtures = OPTBENCH_SOURCE_DIR "/tests/suite/scenario/fixtures/";

// A one-study scenario on Rosenbrock; `study_tail` is appended to the study's map.
std::string rosenbrock_study(const std::string& init, const std::string& optimizers,
                             const std::string& study_tail = "") {
  return "name: t\n"
         "studies:\n"
         "  - name: s\n"
         "    landscape: rosenbrock\n"
         "    init: " +
         init +
         "\n"
         "    steps: 10\n"
         "    optimizers: " +
         optimizers + "\n" + study_tail;
}

TEST(ScenarioParser, DesignExampleGivesTwelveRunsInDocumentedOrder) {
  const ParseResult result = parse_scenario_file(kFixtures + "design_example.yaml");
  ASSERT_TRUE(result.scenario) << listing(result);
  const Scenario& s = *result.scenario;
  EXPECT_EQ(s.name, "optimizer-comparison");
  EXPECT_EQ(s.description, "GD, Momentum, RMSprop and Adam on artificial landscapes.");
  EXPECT_EQ(s.seed, 42u);
  EXPECT_EQ(s.backend, "default");
  EXPECT_EQ(s.check.trajectory_rtol, 0.0);
  EXPECT_EQ(s.check.final_cost_rtol, 1e-9);
  EXPECT_EQ(s.check.max_slowdown, 0.10);
  EXPECT_NE(s.text.find("goldstein_price"), std::string::npos);
  ASSERT_EQ(s.studies.size(), 1u);

  const Study& study = s.studies[0];
  EXPECT_EQ(study.name, "goldstein-price");
  EXPECT_EQ(study.landscape.name, "goldstein_price");
  EXPECT_EQ(study.dim, 2);
  EXPECT_EQ(study.steps, 500);
  EXPECT_EQ(study.record.every, 1);
  EXPECT_FALSE(study.record.final_only);
  EXPECT_EQ(study.stop.cost_tol, 1e-12);
  EXPECT_EQ(study.stop.grad_tol, 1e-10);
  EXPECT_EQ(study.stop.diverge_above, 1e12);

  // Optimizer entries outer, the swept learning rate inner; the sweep replaces the rates given.
  const OptimizerKind kinds[] = {OptimizerKind::kGd, OptimizerKind::kMomentum,
                                 OptimizerKind::kRmsprop, OptimizerKind::kAdam};
  const double rates[] = {1e-4, 1e-3, 1e-2};
  ASSERT_EQ(study.runs.size(), 12u);
  for (std::size_t k = 0; k < study.runs.size(); ++k) {
    const scenario::Run& run = study.runs[k];
    EXPECT_EQ(run.optimizer.kind, kinds[k / 3]) << "run " << k;
    EXPECT_EQ(run.optimizer.learning_rate, rates[k % 3]) << "run " << k;
    EXPECT_EQ(run.optimizer_entry, static_cast<int>(k / 3));
    EXPECT_EQ(run.init_index, 0);
    EXPECT_EQ(run.init, (std::vector<double>{-1.5, 1.5}));
  }
  const auto& adam = study.runs[9].optimizer;
  EXPECT_EQ(adam.beta1, 0.9);
  EXPECT_EQ(adam.beta2, 0.999);
  EXPECT_EQ(adam.epsilon, 1e-8);
  EXPECT_EQ(adam.schedule.kind, ScheduleKind::kInverseTime);
  EXPECT_EQ(adam.schedule.rate, 1e-2);
  EXPECT_EQ(study.runs[0].optimizer.schedule.kind, ScheduleKind::kConstant);
}

TEST(ScenarioParser, FillsDefaultsForOmittedKeys) {
  const Scenario s = parse_valid(rosenbrock_study(
      "[[0, 0]]",
      "[{name: gd, learning_rate: 0.1}, {name: momentum, learning_rate: 0.1},\n"
      "     {name: rmsprop, learning_rate: 0.1}, {name: adam, learning_rate: 0.1}]"));
  EXPECT_EQ(s.seed, 0u);
  EXPECT_EQ(s.backend, "default");
  EXPECT_EQ(s.description, "");
  EXPECT_EQ(s.check.trajectory_rtol, 0.0);
  EXPECT_EQ(s.check.final_cost_rtol, 0.0);
  EXPECT_EQ(s.check.max_slowdown, 0.10);
  ASSERT_EQ(s.studies.size(), 1u);
  const Study& study = s.studies[0];
  EXPECT_EQ(study.record.every, 1);
  EXPECT_FALSE(study.record.final_only);
  EXPECT_LT(study.stop.cost_tol, 0.0);
  EXPECT_LT(study.stop.grad_tol, 0.0);
  EXPECT_EQ(study.stop.diverge_above, 1e12);
  ASSERT_EQ(study.runs.size(), 4u);
  const auto& gd = study.runs[0].optimizer;
  const auto& momentum = study.runs[1].optimizer;
  const auto& rmsprop = study.runs[2].optimizer;
  const auto& adam = study.runs[3].optimizer;
  EXPECT_EQ(gd.beta, 0.0);
  EXPECT_EQ(gd.epsilon, 0.0);
  EXPECT_EQ(momentum.beta, 0.9);
  EXPECT_EQ(momentum.epsilon, 0.0);
  EXPECT_EQ(rmsprop.beta, 0.9);
  EXPECT_EQ(rmsprop.epsilon, 1e-8);
  EXPECT_EQ(adam.beta, 0.0);
  EXPECT_EQ(adam.beta1, 0.9);
  EXPECT_EQ(adam.beta2, 0.999);
  EXPECT_EQ(adam.epsilon, 1e-8);
  for (const scenario::Run& run : study.runs) {
    EXPECT_EQ(run.optimizer.convention, optimizers::Convention::kArticle);
    EXPECT_EQ(run.optimizer.schedule.kind, ScheduleKind::kConstant);
    EXPECT_EQ(run.optimizer.learning_rate, 0.1);
  }
}

TEST(ScenarioParser, StudyRecordReplacesTheScenarioRecord) {
  const Scenario s = parse_valid(
      "name: t\n"
      "record: {every: 5}\n"
      "studies:\n"
      "  - {name: a, landscape: rosenbrock, init: [[0, 0]], steps: 10,\n"
      "     optimizers: [{name: gd, learning_rate: 0.1}]}\n"
      "  - {name: b, landscape: rosenbrock, init: [[0, 0]], steps: 10,\n"
      "     record: {final_only: true}, optimizers: [{name: gd, learning_rate: 0.1}]}\n");
  ASSERT_EQ(s.studies.size(), 2u);
  EXPECT_EQ(s.studies[0].record.every, 5);
  EXPECT_FALSE(s.studies[0].record.final_only);
  EXPECT_TRUE(s.studies[1].record.final_only);
}

TEST(ScenarioParser, SweepIsCartesianProductWithLastKeyFastestAndPointsInnermost) {
  const Scenario s = parse_valid(rosenbrock_study(
      "[[0, 0], [1, 1]]",
      "\n"
      "      - {name: gd, learning_rate: 0.5}\n"
      "      - {name: momentum, learning_rate: 0.5}\n"
      "      - {name: adam, learning_rate: 0.5, sweep: {beta1: [0.5, 0.6], beta2: [0.7, 0.8]}}",
      "    sweep: {learning_rate: [0.1, 0.2], beta: [0.3, 0.4]}\n"));
  const auto& runs = s.studies.at(0).runs;
  // gd takes only learning_rate: 2 combinations; momentum 2 x 2; adam 2 (study) x 2 x 2 (own).
  ASSERT_EQ(runs.size(), 2u * (2 + 4 + 8));
  struct Expected {
    OptimizerKind kind;
    double learning_rate, beta, beta1, beta2;
  };
  std::vector<Expected> expected;
  for (double lr : {0.1, 0.2}) expected.push_back({OptimizerKind::kGd, lr, 0.0, 0.0, 0.0});
  for (double lr : {0.1, 0.2}) {
    for (double beta : {0.3, 0.4}) expected.push_back({OptimizerKind::kMomentum, lr, beta, 0, 0});
  }
  for (double lr : {0.1, 0.2}) {
    for (double b1 : {0.5, 0.6}) {
      for (double b2 : {0.7, 0.8}) expected.push_back({OptimizerKind::kAdam, lr, 0.0, b1, b2});
    }
  }
  for (std::size_t c = 0; c < expected.size(); ++c) {
    for (int p = 0; p < 2; ++p) {
      const scenario::Run& run = runs[2 * c + static_cast<std::size_t>(p)];
      EXPECT_EQ(run.optimizer.kind, expected[c].kind) << "combination " << c;
      EXPECT_EQ(run.optimizer.learning_rate, expected[c].learning_rate) << "combination " << c;
      EXPECT_EQ(run.optimizer.beta, expected[c].beta) << "combination " << c;
      EXPECT_EQ(run.optimizer.beta1, expected[c].beta1) << "combination " << c;
      EXPECT_EQ(run.optimizer.beta2, expected[c].beta2) << "combination " << c;
      EXPECT_EQ(run.init_index, p);
      EXPECT_EQ(run.init, (std::vector<double>{static_cast<double>(p), static_cast<double>(p)}));
    }
  }
}

TEST(ScenarioParser, SweptLearningRateNeedNotBeGiven) {
  const Scenario s =
      parse_valid(rosenbrock_study("[[0, 0]]", "[{name: gd, sweep: {learning_rate: [0.1, 0.3]}}]"));
  ASSERT_EQ(s.studies.at(0).runs.size(), 2u);
  EXPECT_EQ(s.studies[0].runs[1].optimizer.learning_rate, 0.3);
}

TEST(ScenarioParser, GridByAxisRunsXInnerYOuterWithBothEnds) {
  const Scenario s = parse_valid(rosenbrock_study("{grid: {x: [0, 1, 3], y: [10, 20, 2]}}",
                                                  "[{name: gd, learning_rate: 0.1}]"));
  const std::vector<std::vector<double>> expected = {{0.0, 10.0}, {0.5, 10.0}, {1.0, 10.0},
                                                     {0.0, 20.0}, {0.5, 20.0}, {1.0, 20.0}};
  const auto& runs = s.studies.at(0).runs;
  ASSERT_EQ(runs.size(), expected.size());
  for (std::size_t i = 0; i < runs.size(); ++i) {
    EXPECT_EQ(runs[i].init, expected[i]) << "point " << i;
    EXPECT_EQ(runs[i].init_index, static_cast<int>(i));
  }
}

TEST(ScenarioParser, GridByCountSpansTheLandscapeDomain) {
  // Rosenbrock's domain is [-2, 2] x [-1, 3].
  const Scenario s =
      parse_valid(rosenbrock_study("{grid: {n: [3, 2]}}", "[{name: gd, learning_rate: 0.1}]"));
  const std::vector<std::vector<double>> expected = {{-2.0, -1.0}, {0.0, -1.0}, {2.0, -1.0},
                                                     {-2.0, 3.0},  {0.0, 3.0},  {2.0, 3.0}};
  const auto& runs = s.studies.at(0).runs;
  ASSERT_EQ(runs.size(), expected.size());
  for (std::size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i].init, expected[i]);
}

TEST(ScenarioParser, GridWithOnePointPerAxisStartsAtTheLowEnd) {
  const Scenario s =
      parse_valid(rosenbrock_study("{grid: {n: 1}}", "[{name: gd, learning_rate: 0.1}]"));
  ASSERT_EQ(s.studies.at(0).runs.size(), 1u);
  EXPECT_EQ(s.studies[0].runs[0].init, (std::vector<double>{-2.0, -1.0}));
}

std::vector<std::vector<double>> uniform_points(const std::string& study_name, int seed) {
  const std::string text = "name: t\nseed: " + std::to_string(seed) +
                           "\nstudies:\n"
                           "  - name: " +
                           study_name +
                           "\n"
                           "    landscape: rosenbrock\n"
                           "    init: {uniform: {count: 64}}\n"
                           "    steps: 10\n"
                           "    optimizers: [{name: gd, learning_rate: 0.1}]\n";
  const Scenario s = parse_valid(text);
  std::vector<std::vector<double>> points;
  for (const scenario::Run& run : s.studies.at(0).runs) points.push_back(run.init);
  return points;
}

TEST(ScenarioParser, UniformInitIsInsideTheDomainAndReproducible) {
  const auto points = uniform_points("s", 3);
  ASSERT_EQ(points.size(), 64u);
  for (const auto& p : points) {
    ASSERT_EQ(p.size(), 2u);
    EXPECT_GE(p[0], -2.0);
    EXPECT_LE(p[0], 2.0);
    EXPECT_GE(p[1], -1.0);
    EXPECT_LE(p[1], 3.0);
  }
  EXPECT_EQ(uniform_points("s", 3), points);
  EXPECT_NE(uniform_points("s", 4), points);
  EXPECT_NE(uniform_points("other", 3), points);
}

TEST(ScenarioParser, UniformInitFollowsTheDocumentedDraws) {
  const auto points = uniform_points("s", 3);
  for (std::uint64_t i : {0u, 1u, 63u}) {
    double u0 = 0.0;
    double u1 = 0.0;
    random::uniform_pair(3, random::name_hash("s"), i, u0, u1);
    EXPECT_EQ(points[i][0], -2.0 + 4.0 * u0);
    EXPECT_EQ(points[i][1], -1.0 + 4.0 * u1);
  }
}

TEST(ScenarioParser, QuadraticCurvatureSetsTheDimension) {
  const Scenario s = parse_valid(
      "name: q\n"
      "studies:\n"
      "  - {name: one, landscape: {name: quadratic, curvature: 4.0}, init: [[1.5]], steps: 5,\n"
      "     optimizers: [{name: gd, learning_rate: 0.1}]}\n"
      "  - {name: two, landscape: {name: quadratic, curvature: [1, 10]}, init: {grid: {n: 2}},\n"
      "     steps: 5, optimizers: [{name: gd, learning_rate: 0.1}]}\n");
  ASSERT_EQ(s.studies.size(), 2u);
  EXPECT_EQ(s.studies[0].dim, 1);
  ASSERT_EQ(s.studies[0].landscape.parameters.size(), 1u);
  EXPECT_EQ(s.studies[0].landscape.parameters[0].first, "curvature");
  EXPECT_EQ(s.studies[0].landscape.parameters[0].second, (std::vector<double>{4.0}));
  EXPECT_EQ(s.studies[0].runs.at(0).init, (std::vector<double>{1.5}));
  EXPECT_EQ(s.studies[1].dim, 2);
  EXPECT_EQ(s.studies[1].landscape.parameters[0].second, (std::vector<double>{1.0, 10.0}));
  EXPECT_EQ(s.studies[1].runs.size(), 4u);
}

TEST(ScenarioParser, OneDimensionalGridAndUniformUseX) {
  const Scenario s = parse_valid(
      "name: q\n"
      "seed: 9\n"
      "studies:\n"
      "  - {name: g, landscape: {name: quadratic, curvature: 2}, init: {grid: {x: [-1, 1, 5]}},\n"
      "     steps: 5, optimizers: [{name: gd, learning_rate: 0.1}]}\n"
      "  - {name: u, landscape: {name: quadratic, curvature: 2}, init: {uniform: {count: 2}},\n"
      "     steps: 5, optimizers: [{name: gd, learning_rate: 0.1}]}\n");
  const auto& grid = s.studies.at(0).runs;
  ASSERT_EQ(grid.size(), 5u);
  EXPECT_EQ(grid[1].init, (std::vector<double>{-0.5}));
  EXPECT_EQ(grid[4].init, (std::vector<double>{1.0}));
  const auto& uniform = s.studies.at(1).runs;
  ASSERT_EQ(uniform.size(), 2u);
  const landscapes::Interval x = landscapes::describe(s.studies[1].landscape).domain.at(0);
  double u0 = 0.0;
  double u1 = 0.0;
  random::uniform_pair(9, random::name_hash("u"), 1, u0, u1);
  EXPECT_EQ(uniform[1].init, (std::vector<double>{x.low + (x.high - x.low) * u0}));
}

TEST(ScenarioParser, KeepsTextOverridesAndPath) {
  const std::string text = rosenbrock_study("[[0, 0]]", "[{name: gd, learning_rate: 0.1}]");
  const Scenario s = parse_valid(text, {"seed=7"});
  EXPECT_EQ(s.text, text);
  EXPECT_EQ(s.path, "s.yaml");
  EXPECT_EQ(s.overrides, (std::vector<std::string>{"seed=7"}));
  EXPECT_EQ(s.seed, 7u);
}

TEST(ScenarioParser, AcceptsIntegersWrittenAsWholeReals) {
  const Scenario s = parse_valid(
      "name: t\nseed: 18446744073709551615\nstudies:\n"
      "  - {name: s, landscape: rosenbrock, init: [[0, 0]], steps: 1e3,\n"
      "     optimizers: [{name: gd, learning_rate: 1}]}\n");
  EXPECT_EQ(s.seed, 18446744073709551615ull);
  EXPECT_EQ(s.studies.at(0).steps, 1000);
}

TEST(ScenarioFile, MissingFileIsOneProblem) {
  const ParseResult result = parse_scenario_file(kFixtures + "no_such_file.yaml");
  EXPECT_FALSE(result.scenario);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].line, 0);
  EXPECT_EQ(result.problems[0].format(),
            kFixtures + "no_such_file.yaml: cannot read the file: No such file or directory");
}

TEST(ClosestName, SuggestsWithinTwoEdits) {
  const std::vector<std::string> keys = {"learning_rate", "beta", "beta1", "beta2", "epsilon"};
  EXPECT_EQ(closest_name("betta1", keys), "beta1");
  EXPECT_EQ(closest_name("bta1", keys), "beta1");
  EXPECT_EQ(closest_name("epsilno", keys), "epsilon");
  EXPECT_EQ(closest_name("learning", keys), std::nullopt);
  EXPECT_EQ(edit_distance("rosenbrok", "rosenbrock"), 1u);
  EXPECT_EQ(edit_distance("ab", "ba"), 1u);
  EXPECT_EQ(did_you_mean("x", {"y"}), "");
}

TEST(NumberText, ReadsYamlCoreNumbersOnly) {
  EXPECT_EQ(read_number_text("1e-4").kind, NumberClass::kFinite);
  EXPECT_EQ(read_number_text("1e-4").value, 1e-4);
  EXPECT_EQ(read_number_text("+.5").value, 0.5);
  EXPECT_EQ(read_number_text("-2").value, -2.0);
  EXPECT_EQ(read_number_text(".inf").kind, NumberClass::kNonFinite);
  EXPECT_EQ(read_number_text("-.Inf").kind, NumberClass::kNonFinite);
  EXPECT_EQ(read_number_text(".NaN").kind, NumberClass::kNonFinite);
  EXPECT_EQ(read_number_text("1e999").kind, NumberClass::kOutOfRange);
  EXPECT_EQ(read_number_text("fast").kind, NumberClass::kNotNumber);
  EXPECT_EQ(read_number_text("0x10").kind, NumberClass::kNotNumber);
  EXPECT_EQ(read_number_text("inf").kind, NumberClass::kNotNumber);
  EXPECT_EQ(read_number_text("1.").kind, NumberClass::kFinite);
  EXPECT_EQ(read_number_text(".").kind, NumberClass::kNotNumber);
  EXPECT_EQ(read_integer_text("1.5").kind, IntegerClass::kNotInteger);
  EXPECT_EQ(read_integer_text("2.0").value, 2);
  EXPECT_EQ(read_integer_text("99999999999999999999").kind, IntegerClass::kTooLarge);
  EXPECT_EQ(read_unsigned_text("-1"), std::nullopt);
}

}  // namespace
}  // namespace optbench::scenario
