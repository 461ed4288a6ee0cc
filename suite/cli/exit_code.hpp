#ifndef OPTBENCH_SUITE_CLI_EXIT_CODE_HPP
#define OPTBENCH_SUITE_CLI_EXIT_CODE_HPP

namespace optbench::cli {

// The process exit codes of every optbench command (DESIGN.md, "Command line").
enum ExitCode : int {
  kExitOk = 0,          // success
  kExitRegression = 1,  // a check found a regression
  kExitBadInput = 2,    // bad input or usage: nothing was written
  kExitFailure = 3,     // a failure while running (I/O, allocation)
};

}  // namespace optbench::cli

#endif  // OPTBENCH_SUITE_CLI_EXIT_CODE_HPP
