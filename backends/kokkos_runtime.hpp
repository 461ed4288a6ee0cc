#ifndef OPTBENCH_BACKENDS_KOKKOS_RUNTIME_HPP
#define OPTBENCH_BACKENDS_KOKKOS_RUNTIME_HPP

// Kokkos brought up once per process and taken down on every way out of the scope that owns
// it, exceptions included. Create one in main, before the first View, and only there.

namespace optbench::backends {

class KokkosRuntime {
 public:
  // threads: host threads for the OpenMP (or Threads) backend; 0 leaves Kokkos's choice
  // (OMP_NUM_THREADS, else one per core).
  explicit KokkosRuntime(int threads);
  ~KokkosRuntime();
  KokkosRuntime(const KokkosRuntime&) = delete;
  KokkosRuntime& operator=(const KokkosRuntime&) = delete;
};

}  // namespace optbench::backends

#endif  // OPTBENCH_BACKENDS_KOKKOS_RUNTIME_HPP
