#ifndef OPTBENCH_LANDSCAPES_HIMMELBLAU_HPP
#define OPTBENCH_LANDSCAPES_HIMMELBLAU_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Himmelblau's function, J(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2: four global minima
// of value 0, where both residuals vanish. D. M. Himmelblau, "Applied Nonlinear
// Programming", McGraw-Hill, 1972. Published: (3, 2), (-2.805118, 3.131312),
// (-3.779310, -3.283186), (3.584428, -1.848126); the three irrational ones below are the
// doubles nearest the roots found by Newton's method in 90-digit decimal arithmetic and
// agree with the published six decimals.
struct Himmelblau {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "himmelblau";

  static Himmelblau from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            kDim,
            {{-5.0, 5.0}, {-5.0, 5.0}},
            {{{3.0, 2.0}, 0.0},
             {{-2.805118086952745, 3.131312518250573}, 0.0},
             {{-3.779310253377747, -3.2831859912861696}, 0.0},
             {{3.5844283403304917, -1.8481265269644036}, 0.0}},
            "Himmelblau, Applied Nonlinear Programming, McGraw-Hill, 1972",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double a = w[0] * w[0] + w[1] - 11.0;
    const double b = w[0] + w[1] * w[1] - 7.0;
    g[0] = 4.0 * w[0] * a + 2.0 * b;
    g[1] = 2.0 * a + 4.0 * w[1] * b;
    return a * a + b * b;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_HIMMELBLAU_HPP
