// The engine instantiated for Kokkos's HIP backend, when this build has it.

#include "suite/engine/study_runner.hpp"

namespace optbench::engine {

#ifdef KOKKOS_ENABLE_HIP
template StudyResult run_study_on<compat::Hip>(const scenario::Study& study);
template GridResult evaluate_grid_on<compat::Hip>(const scenario::Study& study);
#endif

}  // namespace optbench::engine
