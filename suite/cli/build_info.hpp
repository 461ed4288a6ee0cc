#ifndef OPTBENCH_SUITE_CLI_BUILD_INFO_HPP
#define OPTBENCH_SUITE_CLI_BUILD_INFO_HPP

#include <string>

namespace optbench {

// How this binary was built; recorded in every results file for provenance.
struct BuildInfo {
  const char* version;
  const char* git_commit;
  bool git_dirty;
  const char* compiler;         // CMake's name of the C++ compiler: "GNU" under nvcc_wrapper
  const char* compiler_version;
  const char* device_compiler;  // "nvcc 13.0.88", "hipcc 5.2.21153", or "" for host builds
  const char* build_type;
  const char* flags;
  const char* default_backend;  // empty: Kokkos's default execution space
};

const BuildInfo& build_info();

// The compiler as results files and `optbench info` name it: "GNU 12.2.0", or the device
// compiler first, "nvcc 13.0.88 with GNU 12.2.0".
inline std::string compiler_description(const BuildInfo& build) {
  const std::string host = std::string(build.compiler) + " " + build.compiler_version;
  return *build.device_compiler ? std::string(build.device_compiler) + " with " + host : host;
}

}  // namespace optbench

#endif  // OPTBENCH_SUITE_CLI_BUILD_INFO_HPP
