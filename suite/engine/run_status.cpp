#include "suite/engine/run_status.hpp"

namespace optbench::engine {

const char* to_string(RunStatus status) {
  switch (status) {
    case RunStatus::kConverged: return "converged";
    case RunStatus::kMaxSteps: return "max_steps";
    case RunStatus::kDiverged: return "diverged";
  }
  return "?";
}

}  // namespace optbench::engine
