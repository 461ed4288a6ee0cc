#ifndef OPTBENCH_SUITE_BENCH_BENCH_COMMAND_HPP
#define OPTBENCH_SUITE_BENCH_BENCH_COMMAND_HPP

// optbench bench: throughput of optbench against the plain loops and the Python peers, over
// the scenarios in scenarios/throughput/ and any given, at several sizes K, on every
// requested backend, with one thread and with all. Returns the process exit code.

#include <cstdint>
#include <string>
#include <vector>

namespace optbench::bench {

struct BenchOptions {
  std::vector<std::string> scenarios;  // in addition to scenarios/throughput/*.yaml
  std::string output = "bench.h5";
  int repetitions = 5;
  bool peers = false;
  std::vector<std::string> backends;  // empty: every compiled host backend
  std::vector<std::int64_t> sizes;    // empty: 1e3, 1e4, 1e5, 1e6 (or the quick sizes)
  bool quick = false;                 // small sizes and two repetitions, for tests
  int threads = 0;                    // "all threads"; 0: the hardware's
  std::string import_gbench;          // import this JSON into -o instead of measuring
  int worker_threads = 0;             // internal: measure as the worker for this thread count
  std::string worker_dir;
  std::string command;                // the command line, for the file
};

int bench_command(const BenchOptions& options);

// The sizes K swept when none are given.
std::vector<std::int64_t> default_sizes(bool quick);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_BENCH_COMMAND_HPP
