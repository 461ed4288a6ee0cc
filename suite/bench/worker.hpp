#ifndef OPTBENCH_SUITE_BENCH_WORKER_HPP
#define OPTBENCH_SUITE_BENCH_WORKER_HPP

// The measuring half of `optbench bench`, run in a child process per thread count because
// Kokkos fixes its OpenMP thread count when it starts. A worker measures optbench on every
// requested backend (Serial only in the one-thread worker), the plain loops and the copy
// bandwidth, and leaves in `dir`:
//   records-<threads>.json     every Measurement, and the copy bandwidth
//   <name>-<K>.reference.f64   the one-thread worker's reference final states
//   <name>-<K>.{init,x,y}.f64  and peer-jobs.json: what the Python peers need
// The one-thread worker runs first: the others check their final states against its files.

#include <string>
#include <vector>

#include "suite/bench/bench_plan.hpp"

namespace optbench::bench {

struct WorkerRequest {
  BenchPlan plan;
  std::vector<std::string> backends;  // optbench backends, resolved names
  int threads = 1;
  int repetitions = 1;
  std::string dir;
};

// Kokkos must be initialised with request.threads. Throws on I/O failures.
void run_worker(const WorkerRequest& request);

std::string records_path(const std::string& dir, int threads);
std::string state_path(const std::string& dir, const std::string& name, std::int64_t size,
                       const char* what);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_WORKER_HPP
