// The batched engine against independent float64 computations written here.

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "suite/engine/record_plan.hpp"
#include "suite/engine/run_status.hpp"
#include "suite/engine/run_study.hpp"

namespace optbench::engine {
namespace {

using optimizers::OptimizerKind;
using optimizers::OptimizerSettings;

scenario::Study make_study(const std::string& landscape, std::vector<double> curvature,
                           int dim, std::int64_t steps) {
  scenario::Study study;
  study.name = "test";
  study.landscape.name = landscape;
  if (!curvature.empty()) study.landscape.parameters.push_back({"curvature", curvature});
  study.dim = dim;
  study.steps = steps;
  return study;
}

OptimizerSettings gd(double learning_rate) {
  OptimizerSettings s;
  s.kind = OptimizerKind::kGd;
  s.learning_rate = learning_rate;
  return s;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

TEST(QuadraticGradientDescent, FollowsTheRecurrenceForStableRates) {
  const double a = 3.0;
  const double w0 = 1.7;
  for (const double alpha_a : {0.5, 1.0, 1.9}) {
    auto study = make_study("quadratic", {a}, 1, 60);
    study.runs.push_back({gd(alpha_a / a), {w0}});
    const StudyResult result = run_study(study, "serial");

    double w = w0;
    for (std::int64_t t = 0; t <= 60; ++t) {
      const double tolerance = 1e-14 * std::fabs(w);
      EXPECT_NEAR(result.params(0, t, 0), w, tolerance) << "alpha a = " << alpha_a << ", t " << t;
      EXPECT_NEAR(result.cost(0, t), a / 2.0 * w * w, 1e-14 * (a / 2.0 * w * w))
          << "alpha a = " << alpha_a << ", t " << t;
      w = w - (alpha_a / a) * (a * w);
    }
    EXPECT_EQ(result.status(0), static_cast<std::int8_t>(RunStatus::kMaxSteps));
    EXPECT_EQ(result.stop_step(0), 60);
  }
}

TEST(QuadraticGradientDescent, DivergesAtTheFirstStepAboveTheThreshold) {
  const double a = 2.0;
  const double alpha = 2.1 / a;
  auto study = make_study("quadratic", {a}, 1, 400);
  study.stop.diverge_above = 1e6;
  study.runs.push_back({gd(alpha), {1.0}});
  const StudyResult result = run_study(study, "serial");

  // |w_t| grows by 1.1 per step; find where a/2 w^2 first exceeds the threshold.
  double w = 1.0;
  std::int64_t expected = 0;
  while (a / 2.0 * w * w <= 1e6) {
    w = w - alpha * (a * w);
    ++expected;
  }
  EXPECT_EQ(result.status(0), static_cast<std::int8_t>(RunStatus::kDiverged));
  EXPECT_EQ(result.stop_step(0), expected);
  EXPECT_GT(result.cost(0, expected), 1e6);
  EXPECT_LE(result.cost(0, expected - 1), 1e6);
  // Records after the stop hold the state at the stop.
  EXPECT_TRUE(same_bits(result.params(0, 400, 0), result.params(0, expected, 0)));
  EXPECT_TRUE(same_bits(result.cost(0, 400), result.cost(0, expected)));
}

// Independent Rosenbrock value and gradient, (1 - x)^2 + 100 (y - x^2)^2.
double rosenbrock(const double* w, double* g) {
  const double x = w[0];
  const double y = w[1];
  g[0] = -2.0 * (1.0 - x) - 400.0 * x * (y - x * x);
  g[1] = 200.0 * (y - x * x);
  return (1.0 - x) * (1.0 - x) + 100.0 * (y - x * x) * (y - x * x);
}

// Each optimizer written out in a few lines, following the article (Adam as Kingma & Ba).
std::vector<std::vector<double>> reference_trajectory(const OptimizerSettings& s, int steps) {
  double w[2] = {-1.5, 2.0};
  double v[2] = {0.0, 0.0};
  double m2[2] = {0.0, 0.0};
  std::vector<std::vector<double>> trajectory;
  for (int t = 0; t <= steps; ++t) {
    double g[2];
    const double cost = rosenbrock(w, g);
    trajectory.push_back({w[0], w[1], cost});
    for (int i = 0; i < 2; ++i) {
      switch (s.kind) {
        case OptimizerKind::kGd:
          w[i] -= s.learning_rate * g[i];
          break;
        case OptimizerKind::kMomentum:
          v[i] = s.beta * v[i] + (1 - s.beta) * g[i];
          w[i] -= s.learning_rate * v[i];
          break;
        case OptimizerKind::kRmsprop:
          m2[i] = s.beta * m2[i] + (1 - s.beta) * g[i] * g[i];
          w[i] -= s.learning_rate * g[i] / (std::sqrt(m2[i]) + s.epsilon);
          break;
        case OptimizerKind::kAdam: {
          v[i] = s.beta1 * v[i] + (1 - s.beta1) * g[i];
          m2[i] = s.beta2 * m2[i] + (1 - s.beta2) * g[i] * g[i];
          const double v_hat = v[i] / (1 - std::pow(s.beta1, t + 1));
          const double s_hat = m2[i] / (1 - std::pow(s.beta2, t + 1));
          w[i] -= s.learning_rate * v_hat / (std::sqrt(s_hat) + s.epsilon);
          break;
        }
      }
    }
  }
  return trajectory;
}

TEST(RosenbrockOptimizers, AgreeWithIndependentComputationOverHundredSteps) {
  std::vector<OptimizerSettings> settings(4);
  settings[0] = gd(5e-4);
  settings[1] = gd(5e-4);
  settings[1].kind = OptimizerKind::kMomentum;
  settings[1].beta = 0.9;
  settings[2] = gd(1e-2);
  settings[2].kind = OptimizerKind::kRmsprop;
  settings[2].beta = 0.9;
  settings[2].epsilon = 1e-8;
  settings[3] = gd(5e-2);
  settings[3].kind = OptimizerKind::kAdam;
  settings[3].beta1 = 0.9;
  settings[3].beta2 = 0.999;
  settings[3].epsilon = 1e-8;

  auto study = make_study("rosenbrock", {}, 2, 100);
  for (const auto& s : settings) study.runs.push_back({s, {-1.5, 2.0}});
  const StudyResult result = run_study(study, "openmp");

  for (std::size_t k = 0; k < settings.size(); ++k) {
    const auto expected = reference_trajectory(settings[k], 100);
    for (int t = 0; t <= 100; ++t) {
      for (int i = 0; i < 2; ++i) {
        EXPECT_NEAR(result.params(k, t, i), expected[t][i], 1e-12 * std::fabs(expected[t][i]))
            << optimizers::to_string(settings[k].kind) << " step " << t;
      }
      EXPECT_NEAR(result.cost(k, t), expected[t][2], 1e-12 * std::fabs(expected[t][2]))
          << optimizers::to_string(settings[k].kind) << " step " << t;
    }
  }
}

TEST(StopRule, GradientToleranceMarksConvergedAtThatStep) {
  auto study = make_study("quadratic", {1.0}, 1, 1000);
  study.stop.grad_tol = 1e-6;
  study.runs.push_back({gd(0.5), {1.0}});
  const StudyResult result = run_study(study, "serial");
  // |g_t| = |w_t| = 0.5^t: first below 1e-6 at t = 20.
  EXPECT_EQ(result.status(0), static_cast<std::int8_t>(RunStatus::kConverged));
  EXPECT_EQ(result.stop_step(0), 20);
}

TEST(StopRule, CostToleranceIsTheGapToTheKnownMinimum) {
  auto study = make_study("quadratic", {2.0}, 1, 1000);
  study.stop.cost_tol = 1e-8;
  study.runs.push_back({gd(0.25), {1.0}});
  const StudyResult result = run_study(study, "serial");
  // w_t = 0.5^t and J = w^2: J first <= 1e-8 when 0.25^t <= 1e-8, at t = 14.
  EXPECT_EQ(result.status(0), static_cast<std::int8_t>(RunStatus::kConverged));
  EXPECT_EQ(result.stop_step(0), 14);
}

TEST(RecordPlan, RecordsEveryKthStepAndAlwaysTheLast) {
  auto study = make_study("quadratic", {1.0}, 1, 20);
  study.record.every = 7;
  study.runs.push_back({gd(0.1), {1.0}});
  const StudyResult result = run_study(study, "serial");
  EXPECT_EQ(result.step, (std::vector<std::int64_t>{0, 7, 14, 20}));
  double w = 1.0;
  for (int t = 0; t < 20; ++t) w -= 0.1 * w;
  EXPECT_DOUBLE_EQ(result.params(0, 3, 0), w);
}

TEST(RecordPlan, FinalOnlyKeepsTheStateWhereTheRunStopped) {
  auto study = make_study("quadratic", {1.0}, 1, 1000);
  study.record.final_only = true;
  study.stop.grad_tol = 1e-6;
  study.runs.push_back({gd(0.5), {1.0}});
  const StudyResult result = run_study(study, "serial");
  ASSERT_EQ(result.records, 1);
  EXPECT_EQ(result.step, (std::vector<std::int64_t>{1000}));
  EXPECT_EQ(result.stop_step(0), 20);
  EXPECT_EQ(result.params(0, 0, 0), std::ldexp(1.0, -20));
}

TEST(Backends, EveryCompiledBackendGivesTheBitsOfSerial) {
  auto study = make_study("rosenbrock", {}, 2, 300);
  study.stop.diverge_above = 1e8;
  for (int k = 0; k < 64; ++k) {
    OptimizerSettings s = gd(1e-4 * (1 + k % 8));
    s.kind = static_cast<OptimizerKind>(k % 4);
    s.beta = 0.9;
    s.beta1 = 0.9;
    s.beta2 = 0.999;
    s.epsilon = 1e-8;
    study.runs.push_back({s, {-2.0 + 0.05 * k, 3.0 - 0.04 * k}});
  }
  const StudyResult serial = run_study(study, "serial");
  const auto bytes = [](const auto& view) {
    return view.span() * sizeof(typename std::decay_t<decltype(view)>::value_type);
  };
  for (const std::string& backend : backends::compiled_backends()) {
    SCOPED_TRACE(backend);
    const StudyResult other = run_study(study, backend);
    EXPECT_EQ(std::memcmp(serial.params.data(), other.params.data(), bytes(serial.params)), 0);
    EXPECT_EQ(std::memcmp(serial.cost.data(), other.cost.data(), bytes(serial.cost)), 0);
    EXPECT_EQ(std::memcmp(serial.grad_norm.data(), other.grad_norm.data(),
                          bytes(serial.grad_norm)), 0);
    EXPECT_EQ(std::memcmp(serial.status.data(), other.status.data(), bytes(serial.status)), 0);
    EXPECT_EQ(std::memcmp(serial.stop_step.data(), other.stop_step.data(),
                          bytes(serial.stop_step)), 0);
  }
}

}  // namespace
}  // namespace optbench::engine
