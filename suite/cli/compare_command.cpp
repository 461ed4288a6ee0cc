#include <fmt/core.h>

#include <cstdio>
#include <filesystem>

#include "suite/check/compare_files.hpp"
#include "suite/check/junit_report.hpp"
#include "suite/check/markdown_report.hpp"
#include "suite/check/report_file.hpp"
#include "suite/check/text_report.hpp"
#include "suite/cli/commands.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/log.hpp"
#include "suite/store/results_reader.hpp"

namespace optbench::cli {
namespace {

// A report's directory must exist before the comparison starts.
bool report_location_is_usable(const std::string& option, const std::string& path) {
  if (path.empty()) return true;
  const std::filesystem::path file(path);
  const auto directory = file.has_parent_path() ? file.parent_path() : ".";
  if (!std::filesystem::is_directory(directory)) {
    log(LogLevel::kError, "{} '{}': directory '{}' does not exist", option, path,
        directory.string());
    return false;
  }
  if (std::filesystem::is_directory(file)) {
    log(LogLevel::kError, "{} '{}': is a directory; expected a file name", option, path);
    return false;
  }
  return true;
}

}  // namespace

int compare_command(const CompareOptions& options) {
  if (!report_location_is_usable("--junit", options.junit) ||
      !report_location_is_usable("--markdown", options.markdown)) {
    return kExitBadInput;
  }
  check::ToleranceOverrides overrides;
  overrides.trajectory_rtol = options.trajectory_rtol;
  overrides.final_cost_rtol = options.final_cost_rtol;
  overrides.max_slowdown = options.max_slowdown;

  check::Comparison comparison;
  try {
    comparison = check::compare_files(options.baseline, options.candidate, overrides);
  } catch (const store::BadResultsFile& e) {
    log(LogLevel::kError, "{}", e.what());
    return kExitBadInput;
  }
  fmt::print("{}", check::text_report(comparison));
  std::fflush(stdout);
  if (!options.junit.empty()) {
    check::write_report_file(options.junit, check::junit_report(comparison));
  }
  if (!options.markdown.empty()) {
    check::write_report_file(options.markdown, check::markdown_report(comparison));
  }
  return comparison.verdict() == check::Verdict::kRegression ? kExitRegression : kExitOk;
}

}  // namespace optbench::cli
