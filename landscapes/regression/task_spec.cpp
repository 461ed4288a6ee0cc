#include "landscapes/regression/task_spec.hpp"

#include <algorithm>
#include <cmath>

namespace optbench::landscapes {

const std::vector<std::string>& task_kind_names() {
  static const std::vector<std::string> names = {"bounding_box", "house_prices",
                                                 "linear_regression"};
  return names;
}

std::optional<TaskKind> task_kind_from(const std::string& name) {
  if (name == "linear_regression") return TaskKind::kLinearRegression;
  if (name == "house_prices") return TaskKind::kHousePrices;
  if (name == "bounding_box") return TaskKind::kBoundingBox;
  return std::nullopt;
}

const char* to_string(TaskKind kind) {
  switch (kind) {
    case TaskKind::kLinearRegression: return "linear_regression";
    case TaskKind::kHousePrices: return "house_prices";
    case TaskKind::kBoundingBox: return "bounding_box";
  }
  return "?";
}

const char* to_string(Distribution distribution) {
  return distribution == Distribution::kGaussian ? "gaussian" : "uniform";
}

std::vector<std::string> output_names(TaskKind kind) {
  if (kind == TaskKind::kBoundingBox) return {"x", "y", "width", "height"};
  return {"y"};
}

int feature_count(const TaskSpec& spec) { return static_cast<int>(spec.features.size()); }

int parameter_count(const TaskSpec& spec) { return (feature_count(spec) + 1) * spec.outputs; }

std::vector<std::string> parameter_names(const TaskSpec& spec) {
  if (spec.kind == TaskKind::kLinearRegression) return {"w", "b"};
  std::vector<std::string> names;
  const auto outputs = output_names(spec.kind);
  for (const auto& output : outputs) {
    for (const auto& feature : spec.features) {
      names.push_back(spec.kind == TaskKind::kHousePrices ? "theta_" + feature.name
                                                          : "W_" + feature.name + "_" + output);
    }
    names.push_back(spec.kind == TaskKind::kHousePrices ? "b" : "c_" + output);
  }
  return names;
}

std::vector<double> expected_model_truth(const TaskSpec& spec) {
  if (!spec.standardize) return spec.truth;
  std::vector<double> truth = spec.truth;
  const int d = feature_count(spec);
  for (int j = 0; j < spec.outputs; ++j) {
    double& intercept = truth[j * (d + 1) + d];
    for (int f = 0; f < d; ++f) {
      const FeatureSpec& feature = spec.features[f];
      const bool uniform = feature.distribution == Distribution::kUniform;
      const double mean = uniform ? 0.5 * (feature.a + feature.b) : feature.a;
      const double sd = uniform ? (feature.b - feature.a) / std::sqrt(12.0) : feature.b;
      intercept += truth[j * (d + 1) + f] * mean;
      truth[j * (d + 1) + f] *= sd;
    }
  }
  return truth;
}

LandscapeInfo describe_task(const TaskSpec& spec) {
  LandscapeInfo info;
  info.name = to_string(spec.kind);
  info.formula = spec.outputs == 1
                     ? "(1/m) sum_i (theta . x_i + b - y_i)^2"
                     : "(1/m) sum_i sum_j (W_j . x_i + c_j - y_ij)^2";
  info.dim = parameter_count(spec);
  for (const double t : expected_model_truth(spec)) {
    const double half = std::max(2.0 * std::fabs(t), 1.0);
    info.domain.push_back({t - half, t + half});
  }
  info.source = "synthetic data from a known truth (optbench); the minimum is the "
                "least-squares solution of the drawn sample";
  return info;
}

std::vector<TaskKindInfo> describe_task_kinds() {
  const std::vector<std::string> common = {"kind", "samples", "truth", "noise", "seed",
                                           "store_data"};
  auto keys = [&](std::vector<std::string> own) {
    own.insert(own.begin(), common.begin(), common.end());
    return own;
  };
  return {
      {"bounding_box", "(x, y, width, height) = W^T x + c, W: d x 4", keys({"features"})},
      {"house_prices", "price = theta . x + b, d features", keys({"features", "standardize"})},
      {"linear_regression", "y = w x + b", keys({"x"})},
  };
}

}  // namespace optbench::landscapes
