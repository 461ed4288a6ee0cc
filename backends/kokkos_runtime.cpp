#include "backends/kokkos_runtime.hpp"

#include "backends/kokkos_compat.hpp"

namespace optbench::backends {

KokkosRuntime::KokkosRuntime(int threads) {
  compat::initialize(threads);
}

KokkosRuntime::~KokkosRuntime() {
  if (Kokkos::is_initialized()) Kokkos::finalize();
}

}  // namespace optbench::backends
