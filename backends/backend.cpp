#include "backends/backend.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>

#include "suite/cli/build_info.hpp"

namespace optbench::backends {
namespace {

std::string kokkos_default_backend() {
  std::string name = Kokkos::DefaultExecutionSpace::name();
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

}  // namespace

std::string host_cpu_model() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("model name", 0) == 0) {
      const auto colon = line.find(':');
      if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
    }
  }
  return "unknown";
}

std::string omp_environment() {
  std::vector<std::string> variables;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    if (std::strncmp(*entry, "OMP_", 4) == 0) variables.emplace_back(*entry);
  }
  std::sort(variables.begin(), variables.end());
  std::string joined;
  for (const auto& v : variables) joined += (joined.empty() ? "" : " ") + v;
  return joined;
}

std::vector<std::string> compiled_backends() {
  std::vector<std::string> names;
#ifdef KOKKOS_ENABLE_SERIAL
  names.push_back("serial");
#endif
#ifdef KOKKOS_ENABLE_OPENMP
  names.push_back("openmp");
#endif
#ifdef KOKKOS_ENABLE_THREADS
  names.push_back("threads");
#endif
#ifdef KOKKOS_ENABLE_CUDA
  names.push_back("cuda");
#endif
#ifdef KOKKOS_ENABLE_HIP
  names.push_back("hip");
#endif
  return names;
}

std::string default_backend() {
  const std::string configured = build_info().default_backend;
  return configured.empty() ? kokkos_default_backend() : configured;
}

std::string resolve_backend(const std::string& name) {
  const std::string resolved = name == "default" ? default_backend() : name;
  for (const auto& compiled : compiled_backends()) {
    if (compiled == resolved) return resolved;
  }
  return {};
}

BackendInfo describe_backend(const std::string& name) {
  BackendInfo info{name, 1, host_cpu_model()};
  with_backend(name, [&](auto space) {
    info.concurrency = static_cast<int>(space.concurrency());
#ifdef KOKKOS_ENABLE_CUDA
    if constexpr (std::is_same_v<decltype(space), Kokkos::Cuda>) {
      cudaDeviceProp properties;
      if (cudaGetDeviceProperties(&properties, space.cuda_device()) == cudaSuccess) {
        info.device = properties.name;
      }
    }
#endif
  });
  return info;
}

}  // namespace optbench::backends
