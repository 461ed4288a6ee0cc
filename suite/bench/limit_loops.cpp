#include "suite/bench/limit_loops.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "backends/portable_math.hpp"
#include "landscapes/ackley.hpp"
#include "landscapes/regression/epoch_order.hpp"

namespace optbench::bench {
namespace {

// Calls f(i) for i in [0, n): in order when threads == 0, else on `threads` OpenMP threads.
// Builds without OpenMP (device builds) have only the serial loops (limit_loops_have_openmp).
template <class F>
void for_each_index(std::int64_t n, int threads, const F& f) {
  if (threads == 0) {
    for (std::int64_t i = 0; i < n; ++i) f(i);
    return;
  }
#ifdef _OPENMP
#pragma omp parallel for num_threads(threads) schedule(static)
#endif
  for (std::int64_t i = 0; i < n; ++i) f(i);
}

// Runs stepped together by one thread: enough independent chains to hide the latency of
// division and square root, few enough that the block's state stays in registers and L1.
constexpr int kBlock = 16;

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
  for_each_index(blocks, threads, run);
}

// A row of sample indices as the epoch-order function writes it.
struct OrderRow {
  std::int32_t* row;
  KOKKOS_INLINE_FUNCTION std::int32_t& operator()(std::int64_t i) const { return row[i]; }
};

// The full-data cost at w, with the gradient sums the engine also evaluates kept in the loop:
// 0 * (gw + gb) is not folded away under IEEE rules (NaN, infinities).
double full_data_cost(const Problem& p, const double* w) {
  const std::int64_t m = static_cast<std::int64_t>(p.task_x.size());
  const double* x = p.task_x.data();
  const double* y = p.task_y.data();
  double loss = 0.0;
  double gw = 0.0;
  double gb = 0.0;
  for (std::int64_t i = 0; i < m; ++i) {
    const double residual = (0.0 + w[0] * x[i]) + w[1] - y[i];
    loss += residual * residual;
    gw += residual * x[i];
    gb += residual;
  }
  return loss / static_cast<double>(m) + 0.0 * (gw + gb);
}

// One line-fit run through every epoch, with the full-data cost at the start and at every
// epoch end as the engine evaluates it (record 0 and the stop rule need the starting cost);
// returns the sum of those costs, which keeps the evaluations from being optimised away.
double line_fit_run(const Problem& p, const std::vector<std::int32_t>& orders, double* w) {
  const std::int64_t m = static_cast<std::int64_t>(p.task_x.size());
  const double* x = p.task_x.data();
  const double* y = p.task_y.data();
  const double alpha = p.settings.learning_rate;
  const double full_batch_scale = 2.0 / static_cast<double>(p.batch_size);
  double costs = full_data_cost(p, w);
  for (std::int64_t e = 0; e < p.epochs; ++e) {
    const std::int32_t* order = orders.data() + e * m;
    for (std::int64_t begin = 0; begin < m; begin += p.batch_size) {
      const std::int64_t end = std::min(begin + p.batch_size, m);
      double gw = 0.0;
      double gb = 0.0;
      for (std::int64_t s = begin; s < end; ++s) {
        const std::int32_t i = order[s];
        const double residual = (0.0 + w[0] * x[i]) + w[1] - y[i];
        gw += residual * x[i];
        gb += residual;
      }
      const double scale =
          end - begin == p.batch_size ? full_batch_scale : 2.0 / static_cast<double>(end - begin);
      w[0] -= alpha * (gw * scale);
      w[1] -= alpha * (gb * scale);
    }
    costs += full_data_cost(p, w);
  }
  return costs;
}

}  // namespace

bool limit_loops_have_openmp() {
#ifdef _OPENMP
  return true;
#else
  return false;
#endif
}

void limit_gd_linear_regression(const Problem& problem, int threads, FinalState& out) {
  const std::int64_t m = static_cast<std::int64_t>(problem.task_x.size());
  std::vector<std::int32_t> orders(static_cast<std::size_t>(problem.epochs * m));
  for (std::int64_t e = 0; e < problem.epochs; ++e) {
    std::int32_t* row = orders.data() + e * m;
    landscapes::draw_epoch_order(problem.order_seed, e, m, OrderRow{row});
  }
  out.assign(problem.init.begin(), problem.init.end());
  std::vector<double> costs(static_cast<std::size_t>(problem.runs));
  for_each_index(problem.runs, threads, [&](std::int64_t k) {
    costs[k] = line_fit_run(problem, orders, out.data() + 2 * k);
  });
}

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
  for_each_index(ny, threads, row);
}

}  // namespace optbench::bench
