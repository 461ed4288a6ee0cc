#ifndef OPTBENCH_LANDSCAPES_REGRESSION_TASK_SPEC_HPP
#define OPTBENCH_LANDSCAPES_REGRESSION_TASK_SPEC_HPP

// The synthetic regression tasks of the article's first section: a linear model
// ŷ = Wᵀx + c fitted to m noisy samples of a known truth by minimising the mean over samples
// of the summed squared errors of its outputs,
//
//   J(W, c) = (1/m) Σ_i Σ_j (Σ_f W_fj x_if + c_j - y_ij)²,   y_ij = truth_j(x_i) + σ z_ij.
//
//   linear_regression  one feature, one output: parameters (w, b)
//   house_prices       d features with their own scales, one output: parameters θ_1..θ_d, b
//   bounding_box       d features, four outputs (centre x, centre y, width, height):
//                      parameters W (d x 4) and c (4)
//
// Parameters are ordered output by output: the d weights of output j, then its intercept.
// Optionally (house_prices) the model sees standardised features (x - mean) / sd with the
// sample's mean and population sd; its truth is then the raw truth in those coordinates.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

enum class TaskKind : std::int8_t { kLinearRegression, kHousePrices, kBoundingBox };
enum class Distribution : std::int8_t { kUniform, kGaussian };

// How one feature is drawn: uniform on [a, b], or gaussian with mean a and sd b.
struct FeatureSpec {
  std::string name;
  Distribution distribution = Distribution::kUniform;
  double a = 0.0;
  double b = 1.0;
};

struct TaskSpec {
  TaskKind kind = TaskKind::kLinearRegression;
  std::int64_t samples = 0;           // m
  std::vector<FeatureSpec> features;  // d
  int outputs = 1;                    // 1, or 4 for bounding_box
  std::vector<double> truth;          // raw truth, parameter order, (d + 1) * outputs values
  double noise_sd = 0.0;
  bool standardize = false;
  bool store_data = true;
  std::uint64_t seed = 0;             // keys the data and the epochs' permutations
};

// The most features a task may have: the least-squares reference costs O(m d²).
inline constexpr int kMaxTaskFeatures = 256;
// The most samples: one dataset must fit comfortably in a device's memory.
inline constexpr std::int64_t kMaxTaskSamples = 100'000'000;

const std::vector<std::string>& task_kind_names();
std::optional<TaskKind> task_kind_from(const std::string& name);
const char* to_string(TaskKind kind);
const char* to_string(Distribution distribution);

// The output names of a kind: {"y"}, or {"x", "y", "width", "height"}.
std::vector<std::string> output_names(TaskKind kind);

int feature_count(const TaskSpec& spec);
int parameter_count(const TaskSpec& spec);

// "w", "b" for linear_regression; "theta_<feature>", "b"; "W_<feature>_<output>", "c_<output>".
std::vector<std::string> parameter_names(const TaskSpec& spec);

// The truth in the model's coordinates as the feature distributions predict it: the raw
// truth, or for standardised features θ_f sd_f and b + Σ θ_f mean_f with the distributions'
// mean and sd (the data's own statistics give the exact value, see task_dataset.hpp).
std::vector<double> expected_model_truth(const TaskSpec& spec);

// The task as the catalog describes a landscape: its name, formula, dimension (the parameter
// count) and a search box around expected_model_truth, [t - max(2|t|, 1), t + max(2|t|, 1)]
// per parameter, which holds both 0 and the truth; no known minima before the data exist.
LandscapeInfo describe_task(const TaskSpec& spec);

// One line per kind for `optbench list tasks`: name, parameters and keys.
struct TaskKindInfo {
  std::string name;
  std::string model;
  std::vector<std::string> keys;
};
std::vector<TaskKindInfo> describe_task_kinds();

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_REGRESSION_TASK_SPEC_HPP
