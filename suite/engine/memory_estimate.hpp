#ifndef OPTBENCH_SUITE_ENGINE_MEMORY_ESTIMATE_HPP
#define OPTBENCH_SUITE_ENGINE_MEMORY_ESTIMATE_HPP

// What a study will allocate, computed before anything is allocated so that a study too
// large for the machine is refused up front.

#include <cstdint>
#include <string>

#include "suite/scenario/scenario.hpp"

namespace optbench::engine {

struct MemoryEstimate {
  std::int64_t device_bytes = 0;  // Views in the execution space's memory
  std::int64_t host_bytes = 0;    // host copies of the results (none when device is host)
  std::int64_t total() const { return device_bytes + host_bytes; }
};

// Bytes of one copy of a study's data: optimizer settings and initial points, working rows
// for runtime dimensions (parameters, gradient, two moments), results and grid values.
// In double precision arithmetic, so that absurd sizes do not overflow.
double study_bytes(double runs, double records, double dim, double grid_points);

// Bytes of a regression task's dataset, its epoch orders and per-run progress (0 for a
// landscape study).
double task_bytes(const scenario::Study& study);

// device_is_host: the backend's memory is host memory, so results need no second copy.
MemoryEstimate estimate_memory(const scenario::Study& study, bool device_is_host);

// Memory this process can have now: the system's MemAvailable, lowered to the address-space
// limit (ulimit -v) when one is set; -1 when neither is known.
std::int64_t available_host_memory();

// "1.5 GiB", "320 KiB", ...
std::string format_bytes(std::int64_t bytes);

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_MEMORY_ESTIMATE_HPP
