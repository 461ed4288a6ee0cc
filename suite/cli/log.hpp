#ifndef OPTBENCH_SUITE_CLI_LOG_HPP
#define OPTBENCH_SUITE_CLI_LOG_HPP

// Diagnostics on stderr, by level; stdout is kept for results and listings.

#include <fmt/core.h>

#include <cstdio>
#include <utility>

namespace optbench::cli {

enum class LogLevel { kError = 0, kWarning = 1, kInfo = 2, kDebug = 3 };

// The most detailed level printed; --quiet lowers it to warnings, -v raises it to debug.
LogLevel& log_level();

template <class... Args>
void log(LogLevel level, fmt::format_string<Args...> format, Args&&... args) {
  if (level > log_level()) return;
  static constexpr const char* kPrefix[] = {"error", "warning", "info", "debug"};
  fmt::print(stderr, "optbench: {}: {}\n", kPrefix[static_cast<int>(level)],
             fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace optbench::cli

#endif  // OPTBENCH_SUITE_CLI_LOG_HPP
