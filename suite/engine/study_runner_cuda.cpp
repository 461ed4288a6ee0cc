// The engine instantiated for Kokkos's Cuda backend, when this build has it.

#include "suite/engine/study_runner.hpp"

namespace optbench::engine {

#ifdef KOKKOS_ENABLE_CUDA
template StudyResult run_study_on<Kokkos::Cuda>(const scenario::Study& study);
template GridResult evaluate_grid_on<Kokkos::Cuda>(const scenario::Study& study);
#endif

}  // namespace optbench::engine
