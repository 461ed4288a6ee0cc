// The engine instantiated for Kokkos's Serial backend, when this build has it.

#include "suite/engine/study_runner.hpp"

namespace optbench::engine {

#ifdef KOKKOS_ENABLE_SERIAL
template StudyResult run_study_on<Kokkos::Serial>(const scenario::Study& study);
template GridResult evaluate_grid_on<Kokkos::Serial>(const scenario::Study& study);
#endif

}  // namespace optbench::engine
