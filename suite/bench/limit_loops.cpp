#include "suite/bench/limit_loops.hpp"

#include <algorithm>
#include <cstdint>

#include "backends/portable_math.hpp"
#include "landscapes/ackley.hpp"

namespace optbench::bench {
namespace {

// Runs stepped together by one thread: enough independent chains to hide the latency of
// division and square root, few enough that the block's state stays in registers and L1.
constexpr int kBlock = 8;

// A block of n <= kBlock runs starting at run `first`; the unused lanes start at the origin
// and their results are dropped. Rosenbrock's gradient, then Adam, as in
// landscapes/rosenbrock.hpp and suite/optimizers/adam.hpp, expression for expression.
void adam_block(const Problem& p, std::int64_t first, int n, double* out) {
  const optimizers::OptimizerSettings& s = p.settings;
  double x[kBlock] = {}, y[kBlock] = {};
  double mx[kBlock] = {}, my[kBlock] = {}, vx[kBlock] = {}, vy[kBlock] = {};
  for (int b = 0; b < n; ++b) {
    x[b] = p.init[2 * (first + b)];
    y[b] = p.init[2 * (first + b) + 1];
  }
  double beta1_power = 1.0;
  double beta2_power = 1.0;
  for (std::int64_t t = 0; t < p.steps; ++t) {
    beta1_power *= s.beta1;
    beta2_power *= s.beta2;
    const double first_correction = 1.0 - beta1_power;
    const double second_correction = 1.0 - beta2_power;
    for (int b = 0; b < kBlock; ++b) {
      const double a = 1.0 - x[b];
      const double d = y[b] - x[b] * x[b];
      const double gx = -2.0 * a - 400.0 * x[b] * d;
      const double gy = 200.0 * d;
      mx[b] = s.beta1 * mx[b] + (1.0 - s.beta1) * gx;
      vx[b] = s.beta2 * vx[b] + (1.0 - s.beta2) * (gx * gx);
      x[b] -= s.learning_rate * (mx[b] / first_correction) /
              (PortableMath::sqrt(vx[b] / second_correction) + s.epsilon);
      my[b] = s.beta1 * my[b] + (1.0 - s.beta1) * gy;
      vy[b] = s.beta2 * vy[b] + (1.0 - s.beta2) * (gy * gy);
      y[b] -= s.learning_rate * (my[b] / first_correction) /
              (PortableMath::sqrt(vy[b] / second_correction) + s.epsilon);
    }
  }
  for (int b = 0; b < n; ++b) {
    out[2 * b] = x[b];
    out[2 * b + 1] = y[b];
  }
}

void gd_block(const Problem& p, std::int64_t first, int n, double* out) {
  const double alpha = p.settings.learning_rate;
  double x[kBlock] = {}, y[kBlock] = {};
  for (int b = 0; b < n; ++b) {
    x[b] = p.init[2 * (first + b)];
    y[b] = p.init[2 * (first + b) + 1];
  }
  for (std::int64_t t = 0; t < p.steps; ++t) {
    for (int b = 0; b < kBlock; ++b) {
      const double a = 1.0 - x[b];
      const double d = y[b] - x[b] * x[b];
      const double gx = -2.0 * a - 400.0 * x[b] * d;
      const double gy = 200.0 * d;
      x[b] -= alpha * gx;
      y[b] -= alpha * gy;
    }
  }
  for (int b = 0; b < n; ++b) {
    out[2 * b] = x[b];
    out[2 * b + 1] = y[b];
  }
}

template <class Block>
void over_blocks(const Problem& p, int threads, FinalState& out, Block block) {
  out.assign(static_cast<std::size_t>(p.runs) * 2, 0.0);
  const std::int64_t blocks = (p.runs + kBlock - 1) / kBlock;
  const auto run = [&](std::int64_t i) {
    const std::int64_t first = i * kBlock;
    const int n = static_cast<int>(std::min<std::int64_t>(kBlock, p.runs - first));
    block(p, first, n, out.data() + 2 * first);
  };
  if (threads == 0) {
    for (std::int64_t i = 0; i < blocks; ++i) run(i);
    return;
  }
#pragma omp parallel for num_threads(threads) schedule(static)
  for (std::int64_t i = 0; i < blocks; ++i) run(i);
}

}  // namespace

void limit_adam_rosenbrock(const Problem& problem, int threads, FinalState& out) {
  over_blocks(problem, threads, out, adam_block);
}

void limit_gd_rosenbrock(const Problem& problem, int threads, FinalState& out) {
  over_blocks(problem, threads, out, gd_block);
}

void limit_ackley_grid(const Problem& problem, int threads, FinalState& out) {
  const landscapes::Ackley ackley;
  const auto nx = static_cast<std::int64_t>(problem.x.size());
  const auto ny = static_cast<std::int64_t>(problem.y.size());
  out.assign(static_cast<std::size_t>(nx * ny), 0.0);
  const auto row = [&](std::int64_t j) {
    for (std::int64_t i = 0; i < nx; ++i) {
      const double w[2] = {problem.x[i], problem.y[j]};
      double g[2];
      out[j * nx + i] = ackley.value_and_gradient<PortableMath>(w, g);
    }
  };
  if (threads == 0) {
    for (std::int64_t j = 0; j < ny; ++j) row(j);
    return;
  }
#pragma omp parallel for num_threads(threads) schedule(static)
  for (std::int64_t j = 0; j < ny; ++j) row(j);
}

}  // namespace optbench::bench
