#include "suite/engine/memory_estimate.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <fstream>

#include <fmt/core.h>

#include "landscapes/regression/epoch_order.hpp"
#include "suite/engine/record_plan.hpp"

namespace optbench::engine {

double study_bytes(double runs, double records, double dim, double grid_points) {
  const double inputs =
      runs * (static_cast<double>(sizeof(optimizers::OptimizerSettings)) + dim * 8.0);
  const double working_rows = 4.0 * runs * dim * 8.0;
  const double results = runs * records * dim * 8.0 + 2.0 * runs * records * 8.0 + runs * 9.0;
  return inputs + working_rows + results + grid_points * 8.0;
}

double task_bytes(const scenario::Study& study) {
  if (!study.task) return 0.0;
  const double m = static_cast<double>(study.task->samples);
  const double d = static_cast<double>(study.task->features.size());
  const double o = static_cast<double>(study.task->outputs);
  // Drawn, model and uploaded features; targets twice; one block of epoch orders.
  const double data = m * (3.0 * d + 2.0 * o) * 8.0;
  const auto orders = static_cast<double>(
      landscapes::epoch_order_block(study.task->samples, study.steps));
  return data + orders * m * 4.0 + static_cast<double>(study.runs.size()) * 8.0 * 6.0;
}

MemoryEstimate estimate_memory(const scenario::Study& study, bool device_is_host) {
  const double grid_points = study.grid ? static_cast<double>(study.grid->x.count) *
                                              static_cast<double>(study.grid->y.count)
                                        : 0.0;
  const double bytes = study_bytes(static_cast<double>(study.runs.size()),
                                   static_cast<double>(RecordPlan::from_study(study).count()),
                                   study.dim, grid_points) +
                       task_bytes(study);
  const auto copy = static_cast<std::int64_t>(std::min(bytes, 9e18));
  MemoryEstimate estimate;
  estimate.device_bytes = copy;
  estimate.host_bytes = device_is_host ? 0 : copy;
  return estimate;
}

std::int64_t available_host_memory() {
  std::ifstream meminfo("/proc/meminfo");
  std::string key;
  std::int64_t kib = 0;
  std::string unit;
  std::int64_t available = -1;
  while (meminfo >> key >> kib >> unit) {
    if (key == "MemAvailable:") available = kib * 1024;
  }
  rlimit limit{};
  if (getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    const auto cap = static_cast<std::int64_t>(limit.rlim_cur);
    available = available < 0 ? cap : std::min(available, cap);
  }
  return available;
}

std::string format_bytes(std::int64_t bytes) {
  static constexpr const char* kUnits[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024.0 && unit < 4) {
    value /= 1024.0;
    ++unit;
  }
  return unit == 0 ? fmt::format("{} B", bytes) : fmt::format("{:.1f} {}", value, kUnits[unit]);
}

}  // namespace optbench::engine
