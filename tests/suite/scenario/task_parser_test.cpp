// Task studies in scenarios: what a valid `task:` expands to, and every way to get one wrong
// reported at its line, column and key path.

#include <gtest/gtest.h>

#include <string>

#include "suite/scenario/parser.hpp"
#include "tests/suite/scenario/parser_test_support.hpp"

namespace optbench::scenario {
namespace {

using testing::only_problem;
using testing::parse_valid;

// A one-study task scenario; `task` is the flow map on line 4, `extra` follows line 7.
//   1 name: t
//   2 studies:
//   3   - name: s
//   4     task: {...}
//   5     init: [[0, 0]]
//   6     epochs: 3
//   7     optimizers: [{name: gd, learning_rate: 0.1}]
std::string task_scenario(const std::string& task, const std::string& extra = "",
                          const std::string& init = "[[0, 0]]") {
  return "name: t\nstudies:\n  - name: s\n    task: " + task + "\n    init: " + init +
         "\n    epochs: 3\n    optimizers: [{name: gd, learning_rate: 0.1}]\n" + extra;
}

const std::string kLine = "{kind: linear_regression, samples: 20, truth: {w: 2, b: -1}}";

TEST(TaskScenario, LinearRegressionExpandsBatchSizesBetweenSweepAndInitialPoints) {
  const Scenario s = parse_valid(
      task_scenario("{kind: linear_regression, samples: 20, truth: {w: 2, b: -1}, "
                    "x: {gaussian: [1, 2]}, noise: {gaussian: 0.5}, seed: 9}",
                    "    batch_size: [1, full]\n    sweep: {learning_rate: [0.1, 0.2]}\n",
                    "[[0, 0], [1, 1]]"));
  const Study& study = s.studies.at(0);
  ASSERT_TRUE(study.task);
  EXPECT_EQ(study.dim, 2);
  EXPECT_EQ(study.steps, 3);
  EXPECT_EQ(study.task->samples, 20);
  EXPECT_EQ(study.task->seed, 9u);
  EXPECT_EQ(study.task->noise_sd, 0.5);
  EXPECT_EQ(study.task->features.at(0).distribution, landscapes::Distribution::kGaussian);
  EXPECT_EQ(study.task->truth, (std::vector<double>{2.0, -1.0}));
  ASSERT_EQ(study.runs.size(), 8u);
  const std::int64_t batches[] = {1, 1, 20, 20, 1, 1, 20, 20};
  for (std::size_t k = 0; k < 8; ++k) {
    EXPECT_EQ(study.runs[k].batch_size, batches[k]) << k;
    EXPECT_EQ(study.runs[k].init_index, static_cast<int>(k % 2)) << k;
    EXPECT_EQ(study.runs[k].optimizer.learning_rate, k < 4 ? 0.1 : 0.2) << k;
  }
}

TEST(TaskScenario, DefaultsAreFullBatchTheScenarioSeedAndNoNoise) {
  const Scenario s = parse_valid("seed: 4\n" + task_scenario(kLine));
  const Study& study = s.studies.at(0);
  EXPECT_EQ(study.task->seed, 4u);
  EXPECT_EQ(study.task->noise_sd, 0.0);
  EXPECT_TRUE(study.task->store_data);
  ASSERT_EQ(study.runs.size(), 1u);
  EXPECT_EQ(study.runs[0].batch_size, 20);
}

TEST(TaskScenario, BoundingBoxTruthIsOrderedOutputByOutput) {
  const Scenario s = parse_valid(task_scenario(
      "{kind: bounding_box, samples: 10, features: [{uniform: [0, 1]}, {name: z, "
      "gaussian: [0, 1]}], truth: {W: [[1, 2, 3, 4], [5, 6, 7, 8]], c: [9, 10, 11, 12]}}",
      "", "{uniform: {count: 2}}"));
  const Study& study = s.studies.at(0);
  EXPECT_EQ(study.dim, 12);
  EXPECT_EQ(study.task->outputs, 4);
  EXPECT_EQ(study.task->features.at(0).name, "x1");
  EXPECT_EQ(study.task->truth,
            (std::vector<double>{1, 5, 9, 2, 6, 10, 3, 7, 11, 4, 8, 12}));
  EXPECT_EQ(landscapes::parameter_names(*study.task).at(1), "W_z_x");
}

TEST(TaskScenario, BatchSizeZeroIsRefused) {
  EXPECT_EQ(only_problem(task_scenario(kLine, "    batch_size: 0\n")),
            "s.yaml:8:17: studies[0].batch_size: expected an integer >= 1, found 0");
}

TEST(TaskScenario, BatchSizeAboveTheSamplesIsRefused) {
  EXPECT_EQ(only_problem(task_scenario(kLine, "    batch_size: [5, 21]\n")),
            "s.yaml:8:21: studies[0].batch_size[1]: expected a batch size in [1, 20] (the "
            "task's samples) or 'full', found 21");
}

TEST(TaskScenario, ZeroSamplesAreRefused) {
  EXPECT_EQ(only_problem(task_scenario(
                "{kind: linear_regression, samples: 0, truth: {w: 2, b: -1}}")),
            "s.yaml:4:46: studies[0].task.samples: expected an integer in [2, 100000000] (at "
            "least one more sample than features, so the least-squares optimum is unique), "
            "found 0");
}

TEST(TaskScenario, RepeatedOrMisspeltBatchSizesAreRefused) {
  EXPECT_EQ(only_problem(task_scenario(kLine, "    batch_size: [20, 5, full]\n")),
            "s.yaml:8:25: studies[0].batch_size[2]: batch size 20 is already in the list "
            "('full' is 20, the task's samples)");
  EXPECT_EQ(only_problem(task_scenario(kLine, "    batch_size: Full\n")),
            "s.yaml:8:17: studies[0].batch_size: expected a batch size (an integer >= 1) or "
            "'full', found 'Full'");
}

TEST(TaskScenario, ValuesTooLargeToSquareAreRefused) {
  EXPECT_EQ(only_problem(task_scenario(
                "{kind: linear_regression, samples: 5, truth: {w: 1e308, b: -1}}")),
            "s.yaml:4:60: studies[0].task.truth.w: expected a number in [-1e+100, 1e+100], "
            "found 1e308");
}

TEST(TaskScenario, NegativeNoiseIsRefused) {
  EXPECT_EQ(only_problem(task_scenario("{kind: linear_regression, samples: 5, truth: {w: 2, "
                                       "b: -1}, noise: {gaussian: -0.1}}")),
            "s.yaml:4:89: studies[0].task.noise.gaussian: expected a number in [0, 1e+100], "
            "found -0.1");
}

TEST(TaskScenario, UnknownTaskIsRefusedWithTheClosestName) {
  EXPECT_EQ(only_problem(task_scenario("{kind: linear_regresion, samples: 5}")),
            "s.yaml:4:18: studies[0].task.kind: unknown task 'linear_regresion'; did you mean "
            "'linear_regression'?");
}

TEST(TaskScenario, TruthWithTheWrongFeatureCountIsRefused) {
  EXPECT_EQ(only_problem(task_scenario(
                "{kind: house_prices, samples: 9, features: [{uniform: [1, 2]}, "
                "{uniform: [3, 4]}], truth: {theta: [1, 2, 3], b: 0}}",
                "", "[[0, 0, 0]]")),
            "s.yaml:4:109: studies[0].task.truth.theta: expected a list of 2 weight(s), one per "
            "feature (features has 2), found 3 value(s)");
}

TEST(TaskScenario, StepsAndLandscapeDoNotBelongToATaskStudy) {
  EXPECT_EQ(only_problem(task_scenario(kLine, "    steps: 4\n")),
            "s.yaml:8:5: studies[0]: a task study counts 'epochs' (and updates per epoch "
            "follow from 'batch_size'), not 'steps'");
}

TEST(TaskScenario, TooFewSamplesForAUniqueOptimumAreRefused) {
  EXPECT_EQ(only_problem(task_scenario(
                "{kind: linear_regression, samples: 1, truth: {w: 2, b: -1}}")),
            "s.yaml:4:46: studies[0].task.samples: expected an integer in [2, 100000000] (at "
            "least one more sample than features, so the least-squares optimum is unique), "
            "found 1");
}

}  // namespace
}  // namespace optbench::scenario
