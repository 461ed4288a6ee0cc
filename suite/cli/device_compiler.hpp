#ifndef OPTBENCH_SUITE_CLI_DEVICE_COMPILER_HPP
#define OPTBENCH_SUITE_CLI_DEVICE_COMPILER_HPP

// OPTBENCH_DEVICE_COMPILER: the device compiler translating this file and its version, as a
// string literal ("nvcc 13.0.88", "hipcc 5.2.21153"), or "" under a host compiler. CMake sees
// nvcc_wrapper as its host g++ and hipcc as its clang, so only the compiler itself can tell.
// Included by the generated build_info.cpp.

#if defined(__HIP__) && __has_include(<hip/hip_version.h>)
#include <hip/hip_version.h>
#endif

#define OPTBENCH_DEVICE_COMPILER_TEXT(x) #x
#define OPTBENCH_DEVICE_COMPILER_VERSION(major, minor, patch)                    \
  OPTBENCH_DEVICE_COMPILER_TEXT(major) "." OPTBENCH_DEVICE_COMPILER_TEXT(minor) "." \
  OPTBENCH_DEVICE_COMPILER_TEXT(patch)

#if defined(__NVCC__)
#define OPTBENCH_DEVICE_COMPILER                                                           \
  "nvcc " OPTBENCH_DEVICE_COMPILER_VERSION(__CUDACC_VER_MAJOR__, __CUDACC_VER_MINOR__, \
                                           __CUDACC_VER_BUILD__)
#elif defined(__HIP__) && defined(HIP_VERSION_MAJOR)
#define OPTBENCH_DEVICE_COMPILER \
  "hipcc " OPTBENCH_DEVICE_COMPILER_VERSION(HIP_VERSION_MAJOR, HIP_VERSION_MINOR, HIP_VERSION_PATCH)
#else
#define OPTBENCH_DEVICE_COMPILER ""
#endif

#endif  // OPTBENCH_SUITE_CLI_DEVICE_COMPILER_HPP
