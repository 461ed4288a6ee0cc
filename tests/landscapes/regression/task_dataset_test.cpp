// Task datasets: draws that follow the documented Philox recipe, gaussians from Box-Muller,
// the same bits from a kernel launch as from the host, standardisation that keeps predictions,
// and the least-squares optimum against independent computations.

#include <gtest/gtest.h>

#include <Kokkos_Core.hpp>

#include <cmath>
#include <cstdint>
#include <numeric>
#include <vector>

#include "backends/philox.hpp"
#include "landscapes/regression/host_draw.hpp"
#include "landscapes/regression/task_dataset.hpp"
#include "landscapes/regression/task_spec.hpp"
#include "suite/engine/task_runner.hpp"

namespace optbench::landscapes {
namespace {

TaskSpec line_task(std::int64_t m, double noise) {
  TaskSpec spec;
  spec.kind = TaskKind::kLinearRegression;
  spec.samples = m;
  spec.features = {{"x", Distribution::kUniform, -1.0, 3.0}};
  spec.truth = {2.0, -1.0};
  spec.noise_sd = noise;
  spec.seed = 17;
  return spec;
}

TaskSpec house_task(std::int64_t m) {
  TaskSpec spec;
  spec.kind = TaskKind::kHousePrices;
  spec.samples = m;
  spec.features = {{"area", Distribution::kUniform, 50.0, 250.0},
                   {"bedrooms", Distribution::kUniform, 1.0, 5.0},
                   {"ceiling", Distribution::kGaussian, 2.7, 0.2}};
  spec.truth = {3000.0, 10000.0, 40000.0, 20000.0};
  spec.noise_sd = 5000.0;
  spec.standardize = true;
  spec.seed = 2;
  return spec;
}

// The task's raw samples, drawn one after the other on the host.
void draw(const TaskSpec& spec, std::vector<double>& x, std::vector<double>& y) {
  const TaskDataset data = draw_dataset_on_host(spec);
  x = data.x;
  y = data.y;
}

TEST(TaskSamples, AKernelOnTheDefaultBackendDrawsTheHostsBits) {
  for (const TaskSpec& spec : {line_task(300, 0.5), house_task(300)}) {
    const TaskDataset host = draw_dataset_on_host(spec);
    const TaskDataset launched =
        engine::detail::draw_dataset<Kokkos::DefaultExecutionSpace>(spec);
    EXPECT_EQ(launched.x, host.x);
    EXPECT_EQ(launched.y, host.y);
    EXPECT_EQ(launched.model_x, host.model_x);
  }
}

TEST(TaskSamples, FollowThePhiloxRecipeOfTheHeader) {
  const TaskSpec spec = line_task(50, 0.5);
  std::vector<double> x, y;
  draw(spec, x, y);
  const std::uint64_t stream = random::name_hash("linear_regression");
  for (std::int64_t i = 0; i < spec.samples; ++i) {
    double u1, u2, n1, n2;
    random::uniform_pair(spec.seed, stream, 2 * i, u1, u2);
    random::uniform_pair(spec.seed, stream, 2 * i + 1, n1, n2);
    EXPECT_EQ(x[i], -1.0 + 4.0 * u1) << i;  // uniform: exact
    const double z = std::sqrt(-2.0 * std::log(1.0 - n1)) * std::cos(2.0 * M_PI * n2);
    EXPECT_NEAR(y[i], 2.0 * x[i] - 1.0 + 0.5 * z, 1e-14 * (1.0 + std::fabs(y[i]))) << i;
  }
}

TEST(TaskSamples, AreGaussianWithTheRequestedMeanAndSd) {
  TaskSpec spec = line_task(200000, 0.0);
  spec.features = {{"x", Distribution::kGaussian, 3.0, 2.0}};
  std::vector<double> x, y;
  draw(spec, x, y);
  const double mean = std::accumulate(x.begin(), x.end(), 0.0) / x.size();
  double squares = 0.0;
  for (const double v : x) squares += (v - mean) * (v - mean);
  // Standard errors: 2 / sqrt(2e5) = 0.0045 for the mean, about 0.0032 for the sd.
  EXPECT_NEAR(mean, 3.0, 0.02);
  EXPECT_NEAR(std::sqrt(squares / x.size()), 2.0, 0.015);
}

TEST(TaskSamples, ASmallerSampleIsTheStartOfALargerOne) {
  std::vector<double> x_small, y_small, x_large, y_large;
  draw(house_task(40), x_small, y_small);
  draw(house_task(400), x_large, y_large);
  for (std::size_t i = 0; i < x_small.size(); ++i) EXPECT_EQ(x_small[i], x_large[i]) << i;
  for (std::size_t i = 0; i < y_small.size(); ++i) EXPECT_EQ(y_small[i], y_large[i]) << i;
}

TEST(TaskDatasetOptimum, MatchesTheClosedFormLineFit) {
  const TaskSpec spec = line_task(500, 0.7);
  std::vector<double> x, y;
  draw(spec, x, y);
  const TaskDataset data = finish_dataset(spec, x, y);
  long double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sx += x[i];
    sy += y[i];
    sxx += static_cast<long double>(x[i]) * x[i];
    sxy += static_cast<long double>(x[i]) * y[i];
  }
  const long double m = x.size();
  const long double w = (sxy - sx * sy / m) / (sxx - sx * sx / m);
  const long double b = (sy - w * sx) / m;
  EXPECT_NEAR(data.optimum[0], static_cast<double>(w), 1e-14);
  EXPECT_NEAR(data.optimum[1], static_cast<double>(b), 1e-14);
  EXPECT_NEAR(data.optimum_truth_distance,
              std::hypot(data.optimum[0] - 2.0, data.optimum[1] + 1.0), 1e-15);
}

TEST(TaskDatasetOptimum, ZeroesTheGradientOfTheBoundingBoxCost) {
  TaskSpec spec;
  spec.kind = TaskKind::kBoundingBox;
  spec.outputs = 4;
  spec.samples = 300;
  spec.features = {{"a", Distribution::kUniform, 0.0, 1.0},
                   {"b", Distribution::kGaussian, 5.0, 0.1},
                   {"c", Distribution::kUniform, -20.0, 80.0}};
  spec.truth.resize(16);
  std::iota(spec.truth.begin(), spec.truth.end(), -5.0);
  spec.noise_sd = 0.3;
  spec.seed = 8;
  std::vector<double> x, y;
  draw(spec, x, y);
  const TaskDataset data = finish_dataset(spec, x, y);
  // (1/m) Σ r_ij z_i, z = (x, 1), at the optimum, in long double, against its size at 0.
  for (int j = 0; j < 4; ++j) {
    for (int c = 0; c <= 3; ++c) {
      long double at_optimum = 0.0L, at_zero = 0.0L;
      for (int i = 0; i < 300; ++i) {
        long double prediction = data.optimum[j * 4 + 3];
        for (int f = 0; f < 3; ++f) prediction += data.optimum[j * 4 + f] * x[i * 3 + f];
        const long double z = c < 3 ? x[i * 3 + c] : 1.0L;
        at_optimum += (prediction - y[i * 4 + j]) * z;
        at_zero += y[i * 4 + j] * z;
      }
      EXPECT_LT(std::fabs(static_cast<double>(at_optimum / at_zero)), 1e-12) << j << " " << c;
    }
  }
}

TEST(TaskDatasetOptimum, IsEmptyWhenTheFeatureNeverChanges) {
  TaskSpec spec = line_task(20, 0.1);
  const TaskDataset data = finish_dataset(spec, std::vector<double>(20, 1.5),
                                          std::vector<double>(20, 2.0));
  EXPECT_TRUE(std::isnan(data.optimum[0]));
  EXPECT_TRUE(std::isnan(data.optimal_cost));
}

TEST(TaskDatasetStandardisation, KeepsEveryPredictionOfTheTruth) {
  const TaskSpec spec = house_task(1000);
  std::vector<double> x, y;
  draw(spec, x, y);
  const TaskDataset data = finish_dataset(spec, x, y);
  for (int f = 0; f < 3; ++f) {
    double mean = 0.0, squares = 0.0;
    for (int i = 0; i < 1000; ++i) mean += data.model_x[i * 3 + f] / 1000.0;
    for (int i = 0; i < 1000; ++i) squares += data.model_x[i * 3 + f] * data.model_x[i * 3 + f];
    EXPECT_NEAR(mean, 0.0, 1e-12) << f;
    EXPECT_NEAR(squares / 1000.0, 1.0, 1e-12) << f;
  }
  for (int i = 0; i < 1000; ++i) {
    double raw = spec.truth[3], model = data.truth[3];
    for (int f = 0; f < 3; ++f) {
      raw += spec.truth[f] * x[i * 3 + f];
      model += data.truth[f] * data.model_x[i * 3 + f];
    }
    EXPECT_NEAR(model, raw, 1e-9 * std::fabs(raw)) << i;
  }
}

}  // namespace
}  // namespace optbench::landscapes
