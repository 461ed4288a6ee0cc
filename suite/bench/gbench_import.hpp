#ifndef OPTBENCH_SUITE_BENCH_GBENCH_IMPORT_HPP
#define OPTBENCH_SUITE_BENCH_GBENCH_IMPORT_HPP

// Google Benchmark's JSON report (--benchmark_format=json or --benchmark_out=FILE) stored in
// a benchmarks file, columnar like the rest of /benchmarks:
//
// /benchmarks/gbench          attrs source (the JSON's path), context (its "context" object
//                             as JSON text: host, CPUs, caches, library build type)
//   name, run_name, run_type, aggregate_name, time_unit, error_message [M]   strings ("" absent)
//   family_index, per_family_instance_index, repetitions, repetition_index, threads,
//   iterations [M]            int64 (-1 absent)
//   real_time, cpu_time [M]   in time_unit
//   counters/<counter> [M]    every other number of an entry, e.g. run_steps_per_second,
//                             evaluations_per_second (NaN where an entry lacks it)
//
// The file is written like every optbench output: to a temporary file (a copy of an existing
// benchmarks file, with /benchmarks/gbench replaced) renamed into place when complete.

#include <stdexcept>
#include <string>

#include "suite/store/results_writer.hpp"

namespace optbench::bench {

// The JSON cannot be read as a Google Benchmark report; the message names file and reason.
class BadGbenchReport : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads the whole report first (throws BadGbenchReport), then writes; I/O failures throw
// std::runtime_error or H5::Exception and leave h5_path untouched.
void import_gbench(const std::string& json_path, const std::string& h5_path,
                   const store::Provenance& provenance);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_GBENCH_IMPORT_HPP
