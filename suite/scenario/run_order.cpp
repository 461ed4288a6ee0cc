#include "suite/scenario/run_order.hpp"

#include <limits>

#include "suite/scenario/optimizer_keys.hpp"

namespace optbench::scenario {

std::vector<const SweepAxis*> sweep_axes(const OptimizerEntry& entry, const Sweep& study_sweep) {
  std::vector<const SweepAxis*> axes;
  for (const auto& axis : study_sweep.axes) {
    if (entry.kind && takes(*entry.kind, axis.key)) axes.push_back(&axis);
  }
  for (const auto& axis : entry.sweep.axes) axes.push_back(&axis);
  return axes;
}

std::int64_t run_count(const std::vector<OptimizerEntry>& optimizers, const Sweep& study_sweep,
                       std::int64_t point_count, std::size_t batch_size_count) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  const auto batches = static_cast<std::int64_t>(batch_size_count);
  point_count = batches != 0 && point_count > kMax / batches ? kMax : point_count * batches;
  std::int64_t total = 0;
  for (const auto& entry : optimizers) {
    const std::int64_t combinations = combination_count(sweep_axes(entry, study_sweep));
    const std::int64_t runs =
        point_count != 0 && combinations > kMax / point_count ? kMax : combinations * point_count;
    total = runs > kMax - total ? kMax : total + runs;
  }
  return total;
}

std::vector<Run> expand_runs(const std::vector<OptimizerEntry>& optimizers,
                             const Sweep& study_sweep, const std::vector<std::int64_t>& batch_sizes,
                             const std::vector<std::vector<double>>& points) {
  std::vector<Run> runs;
  for (std::size_t e = 0; e < optimizers.size(); ++e) {
    const auto axes = sweep_axes(optimizers[e], study_sweep);
    for (const auto& combination : sweep_combinations(axes)) {
      Run run;
      run.optimizer = optimizers[e].settings;
      run.optimizer_entry = static_cast<int>(e);
      for (std::size_t a = 0; a < axes.size(); ++a) {
        set_hyperparameter(run.optimizer, axes[a]->key, combination[a]);
      }
      for (const std::int64_t batch_size : batch_sizes) {
        run.batch_size = batch_size;
        for (std::size_t p = 0; p < points.size(); ++p) {
          run.init = points[p];
          run.init_index = static_cast<int>(p);
          runs.push_back(run);
        }
      }
    }
  }
  return runs;
}

}  // namespace optbench::scenario
