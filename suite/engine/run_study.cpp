#include "suite/engine/run_study.hpp"

#include <stdexcept>

#include "backends/kokkos_compat.hpp"

namespace optbench::engine {

namespace {

// Calls f(Space{}) for the execution space a compiled-in backend name stands for.
template <class F>
auto on_backend(const std::string& backend, F&& f) {
#ifdef KOKKOS_ENABLE_SERIAL
  if (backend == "serial") return f(Kokkos::Serial{});
#endif
#ifdef KOKKOS_ENABLE_OPENMP
  if (backend == "openmp") return f(Kokkos::OpenMP{});
#endif
#ifdef KOKKOS_ENABLE_THREADS
  if (backend == "threads") return f(Kokkos::Threads{});
#endif
#ifdef KOKKOS_ENABLE_CUDA
  if (backend == "cuda") return f(Kokkos::Cuda{});
#endif
#ifdef KOKKOS_ENABLE_HIP
  if (backend == "hip") return f(compat::Hip{});
#endif
  throw std::logic_error("engine: backend '" + backend + "' is not compiled in");
}

}  // namespace

StudyResult run_study(const scenario::Study& study, const std::string& backend) {
  StudyResult result =
      on_backend(backend, [&](auto space) { return run_study_on<decltype(space)>(study); });
  result.backend = backend;
  return result;
}

GridResult evaluate_grid(const scenario::Study& study, const std::string& backend) {
  return on_backend(backend, [&](auto space) { return evaluate_grid_on<decltype(space)>(study); });
}

}  // namespace optbench::engine
