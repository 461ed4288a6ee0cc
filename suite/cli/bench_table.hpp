#ifndef OPTBENCH_SUITE_CLI_BENCH_TABLE_HPP
#define OPTBENCH_SUITE_CLI_BENCH_TABLE_HPP

// The summary of a benchmarks file (/benchmarks, written by `optbench bench`) on stdout: per
// workload, size K and thread count, optbench's median throughput and its ratios to the plain
// loop at the same threads, to the faster vectorised peer (NumPy or PyTorch), to
// torch.optim, and of OpenMP to Serial; then the copy bandwidth. Ratios above 1: optbench
// is faster.

#include <H5Cpp.h>

namespace optbench::cli {

// Throws H5::Exception or store::BadResultsFile on a malformed /benchmarks.
void print_bench_table(const H5::H5File& file);

}  // namespace optbench::cli

#endif  // OPTBENCH_SUITE_CLI_BENCH_TABLE_HPP
