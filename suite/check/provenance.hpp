#ifndef OPTBENCH_SUITE_CHECK_PROVENANCE_HPP
#define OPTBENCH_SUITE_CHECK_PROVENANCE_HPP

// Differences between two results files that do not decide the verdict but change how to read
// it: a changed scenario (the root attribute scenario_sha256 and each /scenario/<name>
// attribute sha256) usually explains changed runs, which are still compared; and a change in
// what the timings depend on (the root attributes kTimingProvenance) makes the throughput
// comparison one of two machines or builds rather than of two versions of the code.

#include <string>
#include <vector>

#include "suite/check/results_source.hpp"

namespace optbench::check {

inline constexpr const char* kTimingProvenance[] = {
    "backend",     "device",         "threads",  "compiler",       "build_type",
    "build_flags", "kokkos_version", "host_cpu", "omp_environment"};

// One line each, e.g.
//   scenario changed: scenario_sha256 1f2e3d4c5b6a... (baseline) vs 9a8b7c6d5e4f...
//   (candidate); every run is still compared
std::vector<std::string> scenario_warnings(const ResultsSource& baseline,
                                           const ResultsSource& candidate);

// One line per attribute that differs, e.g.
//   timing provenance differs, throughput compares different setups: threads 4 (baseline)
//   vs 2 (candidate)
std::vector<std::string> provenance_warnings(const ResultsSource& baseline,
                                             const ResultsSource& candidate);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_PROVENANCE_HPP
