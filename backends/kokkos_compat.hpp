#ifndef OPTBENCH_BACKENDS_KOKKOS_COMPAT_HPP
#define OPTBENCH_BACKENDS_KOKKOS_COMPAT_HPP

// The one place that knows which Kokkos it is built against. optbench supports Kokkos 3.4
// through 4.x; everything that differs between them is hidden behind these names.

#include <Kokkos_Core.hpp>

#include <string>

namespace optbench::compat {

// Kokkos 3.x keeps the math functions in Kokkos::Experimental; 4.x moved them to Kokkos.
#if KOKKOS_VERSION >= 40000
namespace kmath = ::Kokkos;
#else
namespace kmath = ::Kokkos::Experimental;
#endif

#ifdef KOKKOS_ENABLE_HIP
// The HIP execution space left Kokkos::Experimental in Kokkos 4.0.
#if KOKKOS_VERSION >= 40000
using Hip = ::Kokkos::HIP;
#else
using Hip = ::Kokkos::Experimental::HIP;
#endif
#endif

// Kokkos::initialize with a thread count (0: Kokkos's own choice). Kokkos 3.x takes
// InitArguments, 4.x InitializationSettings.
inline void initialize(int threads) {
#if KOKKOS_VERSION >= 40000
  Kokkos::InitializationSettings settings;
  if (threads > 0) settings.set_num_threads(threads);
  settings.set_disable_warnings(true);
  Kokkos::initialize(settings);
#else
  Kokkos::InitArguments arguments;
  arguments.num_threads = threads > 0 ? threads : -1;
  arguments.disable_warnings = true;
  Kokkos::initialize(arguments);
#endif
}

// "major.minor.patch" of the Kokkos in use.
inline std::string kokkos_version() {
  constexpr int kVersion = KOKKOS_VERSION;
  return std::to_string(kVersion / 10000) + "." + std::to_string(kVersion / 100 % 100) + "." +
         std::to_string(kVersion % 100);
}

}  // namespace optbench::compat

#endif  // OPTBENCH_BACKENDS_KOKKOS_COMPAT_HPP
