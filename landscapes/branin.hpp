#ifndef OPTBENCH_LANDSCAPES_BRANIN_HPP
#define OPTBENCH_LANDSCAPES_BRANIN_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// The Branin (Branin-Hoo) function with the standard constants a = 1, b = 5.1/(4 pi^2),
// c = 5/pi, r = 6, s = 10, t = 1/(8 pi): J = a (y - b x^2 + c x - r)^2 + s (1 - t) cos x + s.
// F. H. Branin, "Widely convergent method for finding multiple solutions of simultaneous
// nonlinear equations", IBM J. Research and Development 16(5), 1972; L. C. W. Dixon and
// G. P. Szego, Towards Global Optimisation 2, North-Holland, 1978; Surjanovic & Bingham,
// Virtual Library of Simulation Experiments.
// Three global minima where cos x = -1 and the square vanishes: x = -pi, pi, 3 pi with
// y = b x^2 - c x + r = 12.275, 2.275, 2.475 exactly, J = s t = 5 / (4 pi) = 0.397887357...
// (published 0.397887).
struct Branin {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "branin";

  static Branin from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    constexpr double kValue = 0.3978873577297383;
    return {kName,
            "(y - 5.1/(4 pi^2) x^2 + 5/pi x - 6)^2 + 10 (1 - 1/(8 pi)) cos(x) + 10",
            kDim,
            {{-5.0, 10.0}, {0.0, 15.0}},
            {{{-kPi, 12.275}, kValue}, {{kPi, 2.275}, kValue}, {{3.0 * kPi, 2.475}, kValue}},
            "Branin, IBM J. Res. Dev. 16(5), 1972; Dixon & Szego, Towards Global "
            "Optimisation 2, 1978; Surjanovic & Bingham, Virtual Library of Simulation "
            "Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    constexpr double kB = 5.1 / (4.0 * kPi * kPi);
    constexpr double kC = 5.0 / kPi;
    constexpr double kWave = 10.0 * (1.0 - 1.0 / (8.0 * kPi));
    const double x = w[0];
    const double q = w[1] - kB * x * x + kC * x - 6.0;
    g[0] = 2.0 * q * (kC - 2.0 * kB * x) - kWave * Math::sin(x);
    g[1] = 2.0 * q;
    return q * q + kWave * Math::cos(x) + 10.0;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_BRANIN_HPP
