#include "suite/bench/stream_copy.hpp"

#include <chrono>
#include <memory>

namespace optbench::bench {

std::vector<double> time_stream_copy([[maybe_unused]] int threads, int repetitions,
                                     std::int64_t elements) {
  // Uninitialised storage, first touched by the threads that copy it, so pages land near
  // them as in STREAM.
  std::unique_ptr<double[]> a(new double[elements]);
  std::unique_ptr<double[]> b(new double[elements]);
  double* const pa = a.get();
  double* const pb = b.get();
  // Without OpenMP (device builds) the copy runs on one thread whatever `threads` says.
#ifdef _OPENMP
#pragma omp parallel for num_threads(threads) schedule(static)
#endif
  for (std::int64_t i = 0; i < elements; ++i) {
    pa[i] = 1.0;
    pb[i] = 0.0;
  }
  std::vector<double> seconds;
  for (int r = 0; r <= repetitions; ++r) {
    const auto start = std::chrono::steady_clock::now();
#ifdef _OPENMP
#pragma omp parallel for num_threads(threads) schedule(static)
#endif
    for (std::int64_t i = 0; i < elements; ++i) pb[i] = pa[i];
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (r > 0) seconds.push_back(elapsed.count());
  }
  return seconds;
}

}  // namespace optbench::bench
