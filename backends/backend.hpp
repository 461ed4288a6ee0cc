#ifndef OPTBENCH_BACKENDS_BACKEND_HPP
#define OPTBENCH_BACKENDS_BACKEND_HPP

// The Kokkos execution spaces compiled into this build, chosen by name at run time.

#include <string>
#include <vector>

#include "backends/kokkos_compat.hpp"

namespace optbench::backends {

// Names of the backends compiled in, in the order `optbench list backends` shows them.
std::vector<std::string> compiled_backends();

// The backend "default" stands for: the build's OPTBENCH_DEFAULT_BACKEND, else Kokkos's
// default execution space.
std::string default_backend();

// A backend name resolved ("default" becomes a real name); empty when not compiled in.
std::string resolve_backend(const std::string& name);

// What a results file records about the backend a study ran on.
struct BackendInfo {
  std::string name;
  int concurrency = 0;  // threads for host backends, resident threads on a GPU
  std::string device;   // CPU model, or the GPU's name
};

// Requires Kokkos to be initialised.
BackendInfo describe_backend(const std::string& name);

// The host's CPU model from /proc/cpuinfo, or "unknown".
std::string host_cpu_model();

// Every OMP_* environment variable as NAME=VALUE, sorted, space-separated: they change how
// the OpenMP backend places its threads, so timings depend on them.
std::string omp_environment();

// Calls f(ExecutionSpace{}) for a resolved backend name; returns false when it is not
// compiled in.
template <class F>
bool with_backend(const std::string& name, F&& f) {
#ifdef KOKKOS_ENABLE_SERIAL
  if (name == "serial") return f(Kokkos::Serial{}), true;
#endif
#ifdef KOKKOS_ENABLE_OPENMP
  if (name == "openmp") return f(Kokkos::OpenMP{}), true;
#endif
#ifdef KOKKOS_ENABLE_THREADS
  if (name == "threads") return f(Kokkos::Threads{}), true;
#endif
#ifdef KOKKOS_ENABLE_CUDA
  if (name == "cuda") return f(Kokkos::Cuda{}), true;
#endif
#ifdef KOKKOS_ENABLE_HIP
  if (name == "hip") return f(compat::Hip{}), true;
#endif
  return false;
}

}  // namespace optbench::backends

#endif  // OPTBENCH_BACKENDS_BACKEND_HPP
