#ifndef OPTBENCH_SUITE_BENCH_PEERS_HPP
#define OPTBENCH_SUITE_BENCH_PEERS_HPP

// The Python peers (suite/bench/peers/): the same workloads written as a user of NumPy or
// PyTorch would, run by Debian's python3 once per thread count on the jobs the one-thread
// worker left in `dir` (peer-jobs.json). Their final states are compared here with optbench's
// reference files.
//
// Environment of the peer process: OMP_NUM_THREADS, MKL_NUM_THREADS, OPENBLAS_NUM_THREADS
// set to the thread count (and torch.set_num_threads in the script), and glibc's allocator
// kept from returning memory to the system between NumPy and PyTorch temporaries:
// MALLOC_MMAP_THRESHOLD_ at its 64-bit maximum (32 MiB) serves arrays up to that size from
// the heap instead of fresh mmap'd pages, and MALLOC_TRIM_THRESHOLD_ (1 GiB) stops the heap
// being trimmed after each free. Without them every temporary array of a large K costs
// page faults, and the peers' times measure the kernel's page zeroing as much as their own
// arithmetic. Either setting also turns off glibc's dynamic threshold, so runs are
// repeatable.

#include <string>
#include <vector>

#include "suite/bench/measurement.hpp"

namespace optbench::bench {

inline constexpr const char* kMallocMmapThreshold = "33554432";
inline constexpr const char* kMallocTrimThreshold = "1073741824";

// Throws std::runtime_error when python3 cannot be started or a peer fails.
std::vector<Measurement> run_peers(const std::string& dir, const std::vector<int>& thread_counts,
                                   int repetitions);

// The python3 the peers and reports use: OPTBENCH_PYTHON, else /usr/bin/python3.
std::string peer_python();

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_PEERS_HPP
