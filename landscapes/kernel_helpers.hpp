#ifndef OPTBENCH_LANDSCAPES_KERNEL_HELPERS_HPP
#define OPTBENCH_LANDSCAPES_KERNEL_HELPERS_HPP

// Constants and the subgradient conventions that the analytic landscapes share. Everything
// here runs inside kernels: no std:: math, no branches beyond a select.

#include <Kokkos_Core.hpp>

namespace optbench::landscapes {

// The doubles nearest to pi and e.
inline constexpr double kPi = 3.141592653589793;
inline constexpr double kE = 2.718281828459045;

// sign(x) with sign(0) = 0: the subgradient of |x| taken at x = 0 (the middle of [-1, 1]).
KOKKOS_INLINE_FUNCTION double sign_or_zero(double x) {
  return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0);
}

// 1 / (2 s) for s = sqrt(|u|) > 0, and 0 for s = 0. Times sign(u) it is d sqrt(|u|) / du;
// at u = 0, where that derivative is unbounded, it gives the subgradient 0.
KOKKOS_INLINE_FUNCTION double half_inverse_or_zero(double s) {
  return s > 0.0 ? 0.5 / s : 0.0;
}

// 1 / r for r > 0 and 0 for r = 0. The gradient of a radius r = |w| is w / r; with this
// factor it is 0 at the origin, the centre of the cone's subdifferential there.
KOKKOS_INLINE_FUNCTION double inverse_or_zero(double r) {
  return r > 0.0 ? 1.0 / r : 0.0;
}

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_KERNEL_HELPERS_HPP
