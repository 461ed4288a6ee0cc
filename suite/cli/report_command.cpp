#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "suite/cli/commands.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/log.hpp"

namespace optbench::cli {
namespace {

// Where the `reports` package lives: OPTBENCH_REPORTS_PATH when set, else the source tree
// this binary was built from.
std::string reports_path() {
  const char* given = std::getenv("OPTBENCH_REPORTS_PATH");
  return given != nullptr ? given : OPTBENCH_SOURCE_DIR;
}

// Debian's interpreter carries python3-h5py, numpy and matplotlib; OPTBENCH_PYTHON overrides.
std::string python() {
  const char* given = std::getenv("OPTBENCH_PYTHON");
  return given != nullptr ? given : "/usr/bin/python3";
}

}  // namespace

int report_command(const ReportOptions& options) {
  std::vector<std::string> arguments = {python(), "-m", "reports", options.file};
  if (!options.check.empty()) {
    arguments.insert(arguments.end(), {"--check", options.check});
  } else {
    arguments.insert(arguments.end(), {"-o", options.output});
  }
  if (log_level() <= LogLevel::kWarning) arguments.push_back("-q");
  if (log_level() >= LogLevel::kDebug) arguments.push_back("-v");

  std::string path = reports_path();
  if (const char* existing = std::getenv("PYTHONPATH")) path += std::string(":") + existing;
  const pid_t child = fork();
  if (child == 0) {
    setenv("PYTHONPATH", path.c_str(), 1);
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) < 0) {
    log(LogLevel::kError, "cannot start {} for the reports", arguments[0]);
    return kExitFailure;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    log(LogLevel::kError, "cannot run {} -m reports; is Debian's python3 installed?", arguments[0]);
    return kExitFailure;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : kExitFailure;
}

}  // namespace optbench::cli
