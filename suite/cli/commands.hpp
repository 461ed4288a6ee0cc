#ifndef OPTBENCH_SUITE_CLI_COMMANDS_HPP
#define OPTBENCH_SUITE_CLI_COMMANDS_HPP

// The optbench subcommands. Each returns the process exit code (exit_code.hpp).

#include <optional>
#include <string>
#include <vector>

namespace optbench::cli {

struct RunOptions {
  std::vector<std::string> scenarios;
  std::string output = "results.h5";
  std::string backend;                 // empty: the scenarios' choice
  int threads = 0;                     // 0: Kokkos's choice
  std::vector<std::string> overrides;  // --set KEY=VALUE
};
int run_command(const RunOptions& options);

struct ValidateOptions {
  std::vector<std::string> scenarios;
  std::vector<std::string> overrides;
};
int validate_command(const ValidateOptions& options);

struct ListOptions {
  std::string what;             // landscapes | optimizers | backends
  std::string format = "text";  // text | json
};
int list_command(const ListOptions& options);

struct InfoOptions {
  std::string file;  // empty: describe this build
};
int info_command(const InfoOptions& options);

struct ReportOptions {
  std::string file;
  std::string output = "report";  // -o DIR
  std::string check;              // --check DIR: regenerate and compare
};
// Runs the Python `reports` package (Debian's python3) and passes its exit code through.
int report_command(const ReportOptions& options);

struct CompareOptions {
  std::string baseline;
  std::string candidate;
  std::string junit;                      // --junit FILE, or empty
  std::string markdown;                   // --markdown FILE, or empty
  std::optional<double> trajectory_rtol;  // unset: the scenario's check block
  std::optional<double> final_cost_rtol;
  std::optional<double> max_slowdown;
};
// Exit 0 when nothing regressed, 1 on a regression, 2 when a file cannot be read as results.
int compare_command(const CompareOptions& options);

}  // namespace optbench::cli

#endif  // OPTBENCH_SUITE_CLI_COMMANDS_HPP
