#ifndef OPTBENCH_LANDSCAPES_SIX_HUMP_CAMEL_HPP
#define OPTBENCH_LANDSCAPES_SIX_HUMP_CAMEL_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// The six-hump camel, J(x, y) = (4 - 2.1x^2 + x^4/3) x^2 + xy + (-4 + 4y^2) y^2: six local
// minima, two of them global. L. C. W. Dixon and G. P. Szego, "The global optimisation
// problem: an introduction", in Towards Global Optimisation 2, North-Holland, 1978; domain
// as in Surjanovic & Bingham, Virtual Library of Simulation Experiments.
// Global minima J = -1.0316 at (0.0898, -0.7126) and (-0.0898, 0.7126) as published; the
// digits below come from Newton's method on the gradient in 90-digit decimal arithmetic
// (x = 0.0898420131003180624..., y = -0.712656403020739633..., J = -1.03162845348987735...).
struct SixHumpCamel {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "six_hump_camel";

  static SixHumpCamel from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    constexpr double kX = 0.08984201310031806;
    constexpr double kY = -0.7126564030207396;
    constexpr double kValue = -1.0316284534898774;
    return {kName,
            "(4 - 2.1x^2 + x^4/3) x^2 + xy + (-4 + 4y^2) y^2",
            kDim,
            {{-3.0, 3.0}, {-2.0, 2.0}},
            {{{kX, kY}, kValue}, {{-kX, -kY}, kValue}},
            "Dixon & Szego, Towards Global Optimisation 2, North-Holland, 1978; "
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double x = w[0];
    const double y = w[1];
    const double x2 = x * x;
    const double y2 = y * y;
    g[0] = x * (8.0 - 8.4 * x2 + 2.0 * x2 * x2) + y;
    g[1] = x + y * (16.0 * y2 - 8.0);
    return (4.0 - 2.1 * x2 + x2 * x2 / 3.0) * x2 + x * y + (4.0 * y2 - 4.0) * y2;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_SIX_HUMP_CAMEL_HPP
