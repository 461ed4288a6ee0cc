#ifndef OPTBENCH_SUITE_BENCH_CHILD_PROCESS_HPP
#define OPTBENCH_SUITE_BENCH_CHILD_PROCESS_HPP

// A child program run to completion, with extra environment variables; stdout and stderr
// are shared with this process (children log to stderr, results go to files).

#include <string>
#include <utility>
#include <vector>

namespace optbench::bench {

// The child's exit status; 127 when it could not be started, 128 + N when killed by signal N.
int run_child(const std::vector<std::string>& arguments,
              const std::vector<std::pair<std::string, std::string>>& environment);

// This program's own path (/proc/self/exe), to start workers of the same build.
std::string own_executable();

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_CHILD_PROCESS_HPP
