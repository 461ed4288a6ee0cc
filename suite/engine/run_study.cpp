#include "suite/engine/run_study.hpp"

#include <stdexcept>

#include "backends/kokkos_compat.hpp"

namespace optbench::engine {

namespace {

StudyResult dispatch(const scenario::Study& study, const std::string& backend) {
#ifdef KOKKOS_ENABLE_SERIAL
  if (backend == "serial") return run_study_on<Kokkos::Serial>(study);
#endif
#ifdef KOKKOS_ENABLE_OPENMP
  if (backend == "openmp") return run_study_on<Kokkos::OpenMP>(study);
#endif
#ifdef KOKKOS_ENABLE_THREADS
  if (backend == "threads") return run_study_on<Kokkos::Threads>(study);
#endif
#ifdef KOKKOS_ENABLE_CUDA
  if (backend == "cuda") return run_study_on<Kokkos::Cuda>(study);
#endif
#ifdef KOKKOS_ENABLE_HIP
  if (backend == "hip") return run_study_on<compat::Hip>(study);
#endif
  throw std::logic_error("run_study: backend '" + backend + "' is not compiled in");
}

}  // namespace

StudyResult run_study(const scenario::Study& study, const std::string& backend) {
  StudyResult result = dispatch(study, backend);
  result.backend = backend;
  return result;
}

}  // namespace optbench::engine
