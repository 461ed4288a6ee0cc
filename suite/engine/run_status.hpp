#ifndef OPTBENCH_SUITE_ENGINE_RUN_STATUS_HPP
#define OPTBENCH_SUITE_ENGINE_RUN_STATUS_HPP

#include <cstdint>

namespace optbench::engine {

// How a run ended; stored as int8 in the results file's `status` dataset.
enum class RunStatus : std::int8_t {
  kConverged = 0,  // a tolerance of the stop rule was met
  kMaxSteps = 1,   // all steps were taken
  kDiverged = 2,   // cost or parameters became NaN, infinite, or exceeded diverge_above
};

const char* to_string(RunStatus status);

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_RUN_STATUS_HPP
