#ifndef OPTBENCH_SUITE_BENCH_FINAL_STATE_HPP
#define OPTBENCH_SUITE_BENCH_FINAL_STATE_HPP

// Final states compared with optbench's reference launch, and kept as raw little-endian
// float64 files (numpy.fromfile reads them) between the bench processes and the peers.

#include <string>

#include "suite/bench/problem.hpp"

namespace optbench::bench {

// Same length and the same bits everywhere (NaN payloads included).
bool bitwise_equal(const FinalState& a, const FinalState& reference);

// max |a - b| / max(|b|, 1e-300) over all entries; +inf when the lengths differ or an entry
// is NaN in one and not the other.
double max_relative_difference(const FinalState& a, const FinalState& reference);

// Throw std::runtime_error naming the path on an I/O failure.
void write_float64(const std::string& path, const std::vector<double>& values);
std::vector<double> read_float64(const std::string& path);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_FINAL_STATE_HPP
