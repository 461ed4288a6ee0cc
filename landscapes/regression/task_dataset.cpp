#include "landscapes/regression/task_dataset.hpp"

#include <Kokkos_Core.hpp>

#include <cmath>
#include <limits>
#include <utility>

#include "landscapes/regression/linear_model.hpp"

namespace optbench::landscapes {
namespace {

// A row-major host array read as a View would be: a(i, j). Marked for both sides like the
// model arithmetic it feeds (linear_model.hpp), which device compilers insist on.
struct Rows {
  const double* data;
  int width;
  KOKKOS_INLINE_FUNCTION double operator()(std::int64_t i, int j) const {
    return data[i * width + j];
  }
};

void standardize(const TaskSpec& spec, TaskDataset& data) {
  const std::int64_t m = data.samples;
  const int d = data.features;
  for (int f = 0; f < d; ++f) {
    double sum = 0.0;
    for (std::int64_t i = 0; i < m; ++i) sum += data.x[i * d + f];
    const double mean = sum / static_cast<double>(m);
    double squares = 0.0;
    for (std::int64_t i = 0; i < m; ++i) {
      const double centred = data.x[i * d + f] - mean;
      squares += centred * centred;
    }
    const double sd = std::sqrt(squares / static_cast<double>(m));
    // Below 1e-12 of the mean the spread is rounding: the feature is constant, and centred
    // it is exactly 0 rather than magnified noise.
    const bool constant = !(sd > 1e-12 * std::fabs(mean));
    data.feature_mean[f] = mean;
    data.feature_scale[f] = constant ? 1.0 : sd;
    for (std::int64_t i = 0; i < m; ++i) {
      data.model_x[i * d + f] = constant ? 0.0 : (data.x[i * d + f] - mean) / sd;
    }
  }
  // θ·x + b = Σ θ_f s_f (x_f - μ_f) / s_f + (b + Σ θ_f μ_f).
  for (int j = 0; j < data.outputs; ++j) {
    double& intercept = data.truth[j * (d + 1) + d];
    for (int f = 0; f < d; ++f) {
      intercept += spec.truth[j * (d + 1) + f] * data.feature_mean[f];
      data.truth[j * (d + 1) + f] = spec.truth[j * (d + 1) + f] * data.feature_scale[f];
    }
  }
}

// Solves L Lᵀ s = r in place, L the lower Cholesky factor stored row-major in `l`.
void cholesky_solve(const std::vector<long double>& l, int n, std::vector<long double>& r) {
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < i; ++k) r[i] -= l[i * n + k] * r[k];
    r[i] /= l[i * n + i];
  }
  for (int i = n - 1; i >= 0; --i) {
    for (int k = i + 1; k < n; ++k) r[i] -= l[k * n + i] * r[k];
    r[i] /= l[i * n + i];
  }
}

double distance(const std::vector<double>& a, const std::vector<double>& b) {
  double squares = 0.0;
  for (std::size_t p = 0; p < a.size(); ++p) squares += (a[p] - b[p]) * (a[p] - b[p]);
  return std::sqrt(squares);
}

}  // namespace

TaskDataset finish_dataset(const TaskSpec& spec, std::vector<double> x, std::vector<double> y) {
  TaskDataset data;
  data.samples = spec.samples;
  data.features = feature_count(spec);
  data.outputs = spec.outputs;
  data.x = std::move(x);
  data.y = std::move(y);
  data.model_x = data.x;
  data.feature_mean.assign(data.features, 0.0);
  data.feature_scale.assign(data.features, 1.0);
  data.truth = spec.truth;
  for (const double v : data.x) data.finite = data.finite && std::isfinite(v);
  for (const double v : data.y) data.finite = data.finite && std::isfinite(v);
  if (spec.standardize && data.finite) standardize(spec, data);
  double squares = 0.0;
  for (const double v : data.y) squares += v * v;
  data.zero_model_cost = squares / static_cast<double>(data.samples);

  if (data.finite) data.optimum = least_squares(data);
  if (data.optimum.empty()) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    data.optimum.assign(data.truth.size(), nan);
    data.optimal_cost = nan;
    data.optimum_truth_distance = nan;
  } else {
    data.optimal_cost = dataset_cost(data, data.optimum);
    data.optimum_truth_distance = distance(data.optimum, data.truth);
  }
  return data;
}

double dataset_cost(const TaskDataset& data, const std::vector<double>& w) {
  const Rows x{data.model_x.data(), data.features};
  const Rows y{data.y.data(), data.outputs};
  const double* weights = w.data();
  NoGradient none;
  double loss = 0.0;
  for (std::int64_t i = 0; i < data.samples; ++i) {
    add_sample(x, y, i, data.features, data.outputs, weights, none, loss);
  }
  return loss / static_cast<double>(data.samples);
}

std::vector<double> least_squares(const TaskDataset& data) {
  const int d = data.features;
  const int n = d + 1;
  const int o = data.outputs;
  std::vector<long double> a(static_cast<std::size_t>(n) * n, 0.0L);
  std::vector<long double> rhs(static_cast<std::size_t>(n) * o, 0.0L);
  std::vector<long double> z(n, 1.0L);
  for (std::int64_t i = 0; i < data.samples; ++i) {
    for (int f = 0; f < d; ++f) z[f] = data.model_x[i * d + f];
    for (int r = 0; r < n; ++r) {
      for (int c = 0; c <= r; ++c) a[r * n + c] += z[r] * z[c];
      for (int j = 0; j < o; ++j) rhs[j * n + r] += z[r] * data.y[i * o + j];
    }
  }
  for (int r = 0; r < n; ++r) {
    for (int c = r + 1; c < n; ++c) a[r * n + c] = a[c * n + r];
  }

  std::vector<long double> l(a.size(), 0.0L);
  for (int j = 0; j < n; ++j) {
    long double pivot = a[j * n + j];
    for (int k = 0; k < j; ++k) pivot -= l[j * n + k] * l[j * n + k];
    // Relative to the diagonal: a smaller pivot means the columns are dependent.
    if (!(pivot > a[j * n + j] * 1e-16L)) return {};
    l[j * n + j] = std::sqrt(pivot);
    for (int i = j + 1; i < n; ++i) {
      long double value = a[i * n + j];
      for (int k = 0; k < j; ++k) value -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = value / l[j * n + j];
    }
  }

  std::vector<double> optimum(static_cast<std::size_t>(n) * o);
  for (int j = 0; j < o; ++j) {
    std::vector<long double> solution(rhs.begin() + j * n, rhs.begin() + (j + 1) * n);
    cholesky_solve(l, n, solution);
    std::vector<long double> residual(rhs.begin() + j * n, rhs.begin() + (j + 1) * n);
    for (int r = 0; r < n; ++r) {
      for (int c = 0; c < n; ++c) residual[r] -= a[r * n + c] * solution[c];
    }
    cholesky_solve(l, n, residual);
    for (int r = 0; r < n; ++r) {
      optimum[j * n + r] = static_cast<double>(solution[r] + residual[r]);
    }
  }
  return optimum;
}

}  // namespace optbench::landscapes
