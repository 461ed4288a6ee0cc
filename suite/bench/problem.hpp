#ifndef OPTBENCH_SUITE_BENCH_PROBLEM_HPP
#define OPTBENCH_SUITE_BENCH_PROBLEM_HPP

// One workload at one size, as every implementation sees it (optbench, the plain loops, the
// Python peers): the same initial points or grid axes and the same hyperparameters, so that
// their final states can be compared number for number.

#include <cstdint>
#include <vector>

#include "suite/optimizers/optimizer_settings.hpp"

namespace optbench::bench {

struct Problem {
  std::int64_t runs = 0;                   // K: runs, or grid points nx * ny
  std::int64_t steps = 1;                  // T: updates per run (samples per run for a
                                           // task: epochs x samples); 1 for a grid
  int dim = 2;
  std::vector<double> init;                // [K, dim] row-major, trajectories only
  optimizers::OptimizerSettings settings;  // every run's optimizer, trajectories only
  std::vector<double> x;                   // grid axes: value(j, i) at (x[i], y[j])
  std::vector<double> y;
  // Regression tasks: the model's features and targets [m] (one feature, one output), the
  // batch size, epochs, and the seed of the epochs' sample orders.
  std::vector<double> task_x;
  std::vector<double> task_y;
  std::int64_t batch_size = 0;
  std::int64_t epochs = 0;
  std::uint64_t order_seed = 0;

  // Work units of one launch: run-steps K * T, or evaluations nx * ny.
  double units() const { return static_cast<double>(runs) * static_cast<double>(steps); }
};

// What a launch leaves behind: the final parameters [K, dim], or the grid values [ny, nx].
using FinalState = std::vector<double>;

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_PROBLEM_HPP
