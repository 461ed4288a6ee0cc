#ifndef OPTBENCH_BACKENDS_NATIVE_MATH_HPP
#define OPTBENCH_BACKENDS_NATIVE_MATH_HPP

// The math policy that every kernel is written against: landscapes and tasks call
// Math::exp(x), never std::exp, so that a scenario's `math:` mode picks the implementation.
// NativeMath forwards to the backend's own functions (the C library on the host, the vendor
// libraries on GPUs): fast, but their last bits may differ between compilers and backends.
// sqrt and fabs are exact (correctly rounded) everywhere.

#include "backends/kokkos_compat.hpp"

namespace optbench {

struct NativeMath {
  static constexpr const char* kName = "native";
  KOKKOS_INLINE_FUNCTION static double exp(double x) { return compat::kmath::exp(x); }
  KOKKOS_INLINE_FUNCTION static double log(double x) { return compat::kmath::log(x); }
  KOKKOS_INLINE_FUNCTION static double sin(double x) { return compat::kmath::sin(x); }
  KOKKOS_INLINE_FUNCTION static double cos(double x) { return compat::kmath::cos(x); }
  KOKKOS_INLINE_FUNCTION static double sqrt(double x) { return compat::kmath::sqrt(x); }
  KOKKOS_INLINE_FUNCTION static double fabs(double x) { return compat::kmath::fabs(x); }
};

}  // namespace optbench

#endif  // OPTBENCH_BACKENDS_NATIVE_MATH_HPP
