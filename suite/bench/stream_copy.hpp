#ifndef OPTBENCH_SUITE_BENCH_STREAM_COPY_HPP
#define OPTBENCH_SUITE_BENCH_STREAM_COPY_HPP

// A STREAM-like copy b[i] = a[i] over arrays far larger than the caches, for the memory
// bandwidth the throughput figures are read against (McCalpin's STREAM "Copy" kernel).

#include <cstdint>
#include <vector>

namespace optbench::bench {

inline constexpr std::int64_t kStreamElements = std::int64_t{1} << 24;  // 128 MiB per array

// Seconds of each timed copy (after one untimed) with `threads` OpenMP threads; each copy
// moves 16 * elements bytes (one read, one write per element).
std::vector<double> time_stream_copy(int threads, int repetitions,
                                     std::int64_t elements = kStreamElements);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_STREAM_COPY_HPP
