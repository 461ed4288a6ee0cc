#include "suite/engine/memory_estimate.hpp"

#include <fmt/core.h>

#include <fstream>

#include "suite/engine/record_plan.hpp"

namespace optbench::engine {

MemoryEstimate estimate_memory(const scenario::Study& study, bool device_is_host) {
  const std::int64_t K = static_cast<std::int64_t>(study.runs.size());
  const std::int64_t R = RecordPlan::from_study(study).count();
  const std::int64_t dim = study.dim;
  const std::int64_t inputs =
      K * (static_cast<std::int64_t>(sizeof(optimizers::OptimizerSettings)) + dim * 8);
  const std::int64_t results = K * R * dim * 8 + 2 * K * R * 8 + K * (1 + 8);
  MemoryEstimate estimate;
  estimate.device_bytes = inputs + results;
  estimate.host_bytes = device_is_host ? 0 : inputs + results;
  return estimate;
}

std::int64_t available_host_memory() {
  std::ifstream meminfo("/proc/meminfo");
  std::string key;
  std::int64_t kib = 0;
  std::string unit;
  while (meminfo >> key >> kib >> unit) {
    if (key == "MemAvailable:") return kib * 1024;
  }
  return -1;
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
