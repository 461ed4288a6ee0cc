// Convergence rates from optimization theory, checked on the engine's 2-D quadratic
// J(w) = 1/2 (mu x^2 + L y^2) with mu = 1 and L = kappa (curvature [1, kappa]).
//
// Gradient descent with alpha = 2 / (L + mu) multiplies the x coordinate by
// 1 - 2 mu / (L + mu) = (kappa - 1) / (kappa + 1) and the y coordinate by
// 1 - 2 L / (L + mu) = -(kappa - 1) / (kappa + 1): every coordinate contracts by exactly
// that factor in magnitude, every step (Nesterov, Introductory Lectures on Convex
// Optimization, 2004, thm. 2.1.15).
//
// Heavy-ball momentum v <- beta v + g, w <- w - alpha v with alpha = 4 / (sqrt L + sqrt mu)^2
// and beta = ((sqrt kappa - 1) / (sqrt kappa + 1))^2 contracts asymptotically at
// (sqrt kappa - 1) / (sqrt kappa + 1) (Polyak 1964). optbench's momentum is the article's
// moving average v <- beta v + (1 - beta) g, w <- w - alpha' v, which is heavy ball with
// alpha = alpha' (1 - beta): the runs below use alpha' = alpha / (1 - beta).

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "suite/engine/run_status.hpp"
#include "suite/engine/run_study.hpp"

namespace optbench::engine {
namespace {

using optimizers::OptimizerKind;
using optimizers::OptimizerSettings;

// Relative tolerance for quantities the engine and the test compute with a few roundings.
constexpr double kRelative = 1e-12;

scenario::Study quadratic_study(double kappa, std::int64_t steps) {
  scenario::Study study;
  study.name = "theory";
  study.landscape.name = "quadratic";
  study.landscape.parameters.push_back({"curvature", {1.0, kappa}});
  study.dim = 2;
  study.steps = steps;
  return study;
}

OptimizerSettings gd(double learning_rate) {
  OptimizerSettings s;
  s.kind = OptimizerKind::kGd;
  s.learning_rate = learning_rate;
  return s;
}

OptimizerSettings momentum(double learning_rate, double beta) {
  OptimizerSettings s = gd(learning_rate);
  s.kind = OptimizerKind::kMomentum;
  s.beta = beta;
  return s;
}

double norm2(const StudyResult& r, std::int64_t k, std::int64_t t) {
  return std::hypot(r.params(k, t, 0), r.params(k, t, 1));
}

double norm_inf(const StudyResult& r, std::int64_t k, std::int64_t t) {
  return std::fmax(std::fabs(r.params(k, t, 0)), std::fabs(r.params(k, t, 1)));
}

TEST(GradientDescentRate, OptimalStepContractsEveryCoordinateByKappaMinusOneOverKappaPlusOne) {
  const std::int64_t steps = 60;
  for (const double kappa : {4.0, 10.0, 100.0}) {
    const double alpha = 2.0 / (kappa + 1.0);
    const double factor = (kappa - 1.0) / (kappa + 1.0);
    auto study = quadratic_study(kappa, steps);
    // A mix of both eigen-axes, and one start on each axis.
    study.runs.push_back({gd(alpha), {1.3, -0.7}});
    study.runs.push_back({gd(alpha), {-2.5, 0.0}});
    study.runs.push_back({gd(alpha), {0.0, 4.0}});
    const StudyResult r = run_study(study, "serial");
    ASSERT_EQ(r.records, steps + 1);

    for (std::int64_t k = 0; k < r.runs; ++k) {
      EXPECT_EQ(r.status(k), static_cast<std::int8_t>(RunStatus::kMaxSteps));
      for (std::int64_t t = 0; t < steps; ++t) {
        const std::string where = "kappa " + std::to_string(kappa) + ", run " +
                                  std::to_string(k) + ", step " + std::to_string(t);
        // x (curvature mu) keeps its sign, y (curvature L) flips it: factor and -factor.
        const double signs[2] = {factor, -factor};
        for (int i = 0; i < 2; ++i) {
          const double before = r.params(k, t, i);
          const double after = r.params(k, t + 1, i);
          if (before == 0.0) {
            EXPECT_EQ(after, 0.0) << where << ", coordinate " << i;
            continue;
          }
          EXPECT_NEAR(after / before, signs[i], kRelative * factor) << where << ", coord " << i;
        }
        EXPECT_NEAR(norm_inf(r, k, t + 1) / norm_inf(r, k, t), factor, kRelative * factor)
            << where;
        EXPECT_NEAR(norm2(r, k, t + 1) / norm2(r, k, t), factor, kRelative * factor) << where;
      }
    }
  }
}

// The heavy-ball recurrence v <- beta v + g, w <- w - alpha v on the quadratic, written here.
std::vector<std::vector<double>> heavy_ball(double kappa, double alpha, double beta,
                                            std::vector<double> w, std::int64_t steps) {
  const double curvature[2] = {1.0, kappa};
  double v[2] = {0.0, 0.0};
  std::vector<std::vector<double>> trajectory{w};
  for (std::int64_t t = 0; t < steps; ++t) {
    for (int i = 0; i < 2; ++i) {
      v[i] = beta * v[i] + curvature[i] * w[i];
      w[i] -= alpha * v[i];
    }
    trajectory.push_back(w);
  }
  return trajectory;
}

struct HeavyBallParameters {
  double alpha;  // heavy-ball step
  double beta;
  double rate;   // (sqrt kappa - 1) / (sqrt kappa + 1)
};

HeavyBallParameters optimal_heavy_ball(double kappa) {
  const double root = std::sqrt(kappa);
  const double rate = (root - 1.0) / (root + 1.0);
  return {4.0 / ((root + 1.0) * (root + 1.0)), rate * rate, rate};
}

TEST(HeavyBallRate, ArticleMomentumTakesHeavyBallStepsStepForStep) {
  const std::int64_t steps = 400;
  for (const double kappa : {4.0, 10.0, 100.0}) {
    const HeavyBallParameters p = optimal_heavy_ball(kappa);
    auto study = quadratic_study(kappa, steps);
    study.runs.push_back({momentum(p.alpha / (1.0 - p.beta), p.beta), {1.3, -0.7}});
    const StudyResult r = run_study(study, "serial");
    const double curvature[2] = {1.0, kappa};

    // Heavy ball in Polyak's form, one step from the engine's own last two states:
    // w_{t+1} = w_t - alpha g(w_t) + beta (w_t - w_{t-1}), with w_{-1} = w_0 (v_0 = 0).
    for (std::int64_t t = 0; t < steps; ++t) {
      for (int i = 0; i < 2; ++i) {
        const double now = r.params(0, t, i);
        const double before = t == 0 ? now : r.params(0, t - 1, i);
        const double want = now - p.alpha * curvature[i] * now + p.beta * (now - before);
        EXPECT_NEAR(r.params(0, t + 1, i), want, kRelative * std::fabs(want))
            << "kappa " << kappa << ", step " << t + 1 << ", coordinate " << i;
      }
    }
  }
}

TEST(HeavyBallRate, ArticleMomentumFollowsAnIndependentHeavyBallTrajectory) {
  const std::int64_t steps = 400;
  for (const double kappa : {4.0, 10.0, 100.0}) {
    const HeavyBallParameters p = optimal_heavy_ball(kappa);
    auto study = quadratic_study(kappa, steps);
    const std::vector<double> start = {1.3, -0.7};
    study.runs.push_back({momentum(p.alpha / (1.0 - p.beta), p.beta), start});
    const StudyResult r = run_study(study, "serial");
    const auto expected = heavy_ball(kappa, p.alpha, p.beta, start, steps);

    // The two forms round differently, and at the optimal beta the iteration has a double
    // root, which amplifies those roundings slowly: 1e-12 holds for the first 100 steps and
    // about 7e-12 is reached by step 400 (kappa 10); 1e-10 bounds the whole run.
    for (std::int64_t t = 0; t <= steps; ++t) {
      const double tolerance = t <= 100 ? kRelative : 1e-10;
      for (int i = 0; i < 2; ++i) {
        const double want = expected[static_cast<std::size_t>(t)][static_cast<std::size_t>(i)];
        EXPECT_NEAR(r.params(0, t, i), want, tolerance * std::fabs(want))
            << "kappa " << kappa << ", step " << t << ", coordinate " << i;
      }
    }
  }
}

TEST(HeavyBallRate, ContractsAtRootKappaRateWellBelowGradientDescent) {
  const double kappa = 100.0;
  const std::int64_t steps = 400;
  const HeavyBallParameters p = optimal_heavy_ball(kappa);
  const double gd_rate = (kappa - 1.0) / (kappa + 1.0);

  auto study = quadratic_study(kappa, steps);
  study.runs.push_back({momentum(p.alpha / (1.0 - p.beta), p.beta), {1.3, -0.7}});
  study.runs.push_back({gd(2.0 / (kappa + 1.0)), {1.3, -0.7}});
  const StudyResult r = run_study(study, "serial");
  ASSERT_GT(norm2(r, 0, steps), 0.0);  // far from underflow: rate^400 is about 1e-35

  // At the optimal beta both extreme modes have a double root, so |w_t| ~ (A + B t) rate^t:
  // the t-th root overestimates the rate by (A + B t)^(1/t), under 2 % at t = 400, and the
  // ratio over steps 200 to 400 by about 2^(1/200), under 0.5 %.
  const double root_estimate = std::pow(norm2(r, 0, steps) / norm2(r, 0, 0), 1.0 / steps);
  const double late_estimate =
      std::pow(norm2(r, 0, steps) / norm2(r, 0, steps / 2), 1.0 / (steps - steps / 2));
  EXPECT_NEAR(root_estimate, p.rate, 0.03 * p.rate);
  EXPECT_NEAR(late_estimate, p.rate, 0.01 * p.rate);
  for (std::int64_t t = steps / 2; t < steps; t += 20) {
    const double estimate = std::pow(norm2(r, 0, t) / norm2(r, 0, 0), 1.0 / t);
    EXPECT_NEAR(estimate, p.rate, 0.04 * p.rate) << "step " << t;
  }

  // Clearly faster than gradient descent with its own optimal step, in rate and in error.
  const double gd_estimate =
      std::pow(norm2(r, 1, steps) / norm2(r, 1, steps / 2), 1.0 / (steps - steps / 2));
  EXPECT_NEAR(gd_estimate, gd_rate, 1e-9);
  EXPECT_LT(late_estimate, gd_rate - 0.1);
  EXPECT_LT(norm2(r, 0, steps), 1e-25 * norm2(r, 1, steps));
}

}  // namespace
}  // namespace optbench::engine
