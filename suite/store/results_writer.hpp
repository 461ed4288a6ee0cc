#ifndef OPTBENCH_SUITE_STORE_RESULTS_WRITER_HPP
#define OPTBENCH_SUITE_STORE_RESULTS_WRITER_HPP

// Writes a results file in schema optbench/1 (DESIGN.md, "Results file"), atomically: the
// file at `path` is replaced only once everything has been written.

#include <H5Cpp.h>

#include <optional>
#include <string>
#include <vector>

#include "suite/engine/study_result.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::store {

inline constexpr const char* kSchema = "optbench/1";

// Where and how the results were computed, for the root attributes.
struct Provenance {
  std::string backend;
  int concurrency = 0;
  std::string device;
  std::string created_utc;      // ISO 8601, e.g. 2026-12-04T16:40:00Z
  std::string kokkos_backends;  // compiled in, comma-separated
  std::string host_cpu;         // the host's CPU model
  std::string omp_environment;  // every OMP_* variable as NAME=VALUE, space-separated
};

struct StudyOutput {
  const scenario::Scenario* scenario;
  const scenario::Study* study;
  engine::StudyResult result;
  std::optional<engine::GridResult> grid;  // when the study asks for one
};

// The digest recorded for a scenario: SHA-256 over its text and its --set overrides.
std::string scenario_digest(const scenario::Scenario& scenario);

// Throws std::runtime_error (or H5::Exception) on an I/O failure, leaving `path` untouched.
void write_results(const std::string& path, const std::vector<scenario::Scenario>& scenarios,
                   const std::vector<StudyOutput>& studies, const Provenance& provenance);

// The root attributes above, for another file optbench writes (the benchmarks file).
void write_provenance(H5::H5File& file, const std::vector<scenario::Scenario>& scenarios,
                      const Provenance& provenance);

}  // namespace optbench::store

#endif  // OPTBENCH_SUITE_STORE_RESULTS_WRITER_HPP
