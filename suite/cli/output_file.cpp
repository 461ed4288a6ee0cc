#include "suite/cli/output_file.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>

#include "suite/cli/log.hpp"

namespace optbench::cli {

std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

bool output_location_is_usable(const std::string& output) {
  if (output.empty()) {
    log(LogLevel::kError, "-o: expected a file name, found an empty one");
    return false;
  }
  const std::filesystem::path path(output);
  const auto directory = path.has_parent_path() ? path.parent_path() : ".";
  if (!std::filesystem::is_directory(directory)) {
    log(LogLevel::kError, "output '{}': directory '{}' does not exist", output, directory.string());
    return false;
  }
  if (std::filesystem::is_directory(path)) {
    log(LogLevel::kError, "output '{}' is a directory; expected a file name", output);
    return false;
  }
  return true;
}

}  // namespace optbench::cli
