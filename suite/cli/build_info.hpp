#ifndef OPTBENCH_SUITE_CLI_BUILD_INFO_HPP
#define OPTBENCH_SUITE_CLI_BUILD_INFO_HPP

namespace optbench {

// How this binary was built; recorded in every results file for provenance.
struct BuildInfo {
  const char* version;
  const char* git_commit;
  bool git_dirty;
  const char* compiler;
  const char* compiler_version;
  const char* build_type;
  const char* flags;
  const char* default_backend;  // empty: Kokkos's default execution space
};

const BuildInfo& build_info();

}  // namespace optbench

#endif  // OPTBENCH_SUITE_CLI_BUILD_INFO_HPP
