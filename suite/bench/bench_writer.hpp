#ifndef OPTBENCH_SUITE_BENCH_BENCH_WRITER_HPP
#define OPTBENCH_SUITE_BENCH_BENCH_WRITER_HPP

// The benchmarks file: the root attributes of schema optbench/1 and /benchmarks, written to
// a temporary file and renamed into place when complete (suite/store/atomic_output.hpp).
//
// /benchmarks                 attrs kind ("throughput"), sizes, repetitions, peers, command
//   <name>/                   one workload (a study, or its grid); attrs workload, unit,
//                             scenario, study, steps, flops_per_unit, flops_documentation,
//                             reference_implementation
//     implementation [M]      optbench-serial, optbench-openmp, limit-serial, limit-openmp,
//                             numpy, torch-vectorised, torch-optim
//     K, T, threads [M]       int64: size swept, steps per run (1 for grids), threads
//     units [M]               run-steps or evaluations per launch
//     seconds [M, R]          every timed launch (NaN pads rows with fewer)
//     median_seconds, units_per_second, flops_per_second [M]   from the median launch
//     bitwise_equal int8 [M]  final state equal to the reference launch bit for bit (1, 0;
//                             -1 not checked)
//     max_relative_difference [M]   max |a - b| / max(|b|, 1e-300) against it (NaN: no check)
//   stream_copy/              threads [P], bytes [P] per copy, seconds [P, R],
//                             bytes_per_second [P] (the best repetition, as STREAM reports)
//   gbench/                   Google Benchmark JSON imported by --import-gbench (gbench_import)

#include <string>
#include <vector>

#include "suite/bench/bench_plan.hpp"
#include "suite/bench/measurement.hpp"
#include "suite/store/results_writer.hpp"

namespace optbench::bench {

struct StreamCopy {
  int threads = 1;
  double bytes = 0.0;  // moved by one copy: read and written
  std::vector<double> seconds;
};

struct BenchOutput {
  const BenchPlan* plan = nullptr;
  std::vector<scenario::Scenario> scenarios;  // at the first size, for the root digest
  store::Provenance provenance;
  std::vector<Measurement> measurements;
  std::vector<StreamCopy> stream_copy;
  int repetitions = 1;
  bool peers = false;
  std::string command;
};

// Throws std::runtime_error or H5::Exception on an I/O failure, leaving `path` untouched.
void write_bench(const std::string& path, const BenchOutput& output);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_BENCH_WRITER_HPP
