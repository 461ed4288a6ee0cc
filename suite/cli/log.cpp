#include "suite/cli/log.hpp"

namespace optbench::cli {

LogLevel& log_level() {
  static LogLevel level = LogLevel::kInfo;
  return level;
}

}  // namespace optbench::cli
