#ifndef OPTBENCH_LANDSCAPES_ACKLEY_HPP
#define OPTBENCH_LANDSCAPES_ACKLEY_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Ackley's function in 2-D with the standard a = 20, b = 0.2, c = 2 pi:
//   J = -a exp(-b r) - exp((cos(c x) + cos(c y)) / 2) + a + e,  r = sqrt((x^2 + y^2) / 2).
// D. H. Ackley, "A Connectionist Machine for Genetic Hillclimbing", Kluwer, 1987; in the n-D
// form of T. Baeck, "Evolutionary Algorithms in Theory and Practice", Oxford University
// Press, 1996; domain as in Surjanovic & Bingham, Virtual Library of Simulation Experiments.
// Global minimum J(0, 0) = 0.
// Non-smooth point: J grows like 2 sqrt(2) |w| at the origin (a cone); the gradient there is
// taken as 0, the centre of the cone's subdifferential, so x / r := 0 at r = 0.
struct Ackley {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "ackley";

  static Ackley from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "-20 exp(-0.2 sqrt((x^2 + y^2)/2)) - exp((cos(2 pi x) + cos(2 pi y))/2) + 20 + e",
            kDim,
            {{-32.768, 32.768}, {-32.768, 32.768}},
            {{{0.0, 0.0}, 0.0}},
            "Ackley, A Connectionist Machine for Genetic Hillclimbing, Kluwer, 1987; Baeck, "
            "Evolutionary Algorithms in Theory and Practice, 1996; Surjanovic & Bingham, "
            "Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    constexpr double kTwoPi = 2.0 * kPi;
    const double r = Math::sqrt(0.5 * (w[0] * w[0] + w[1] * w[1]));
    const double radial = Math::exp(-0.2 * r);
    const double ax = kTwoPi * w[0];
    const double ay = kTwoPi * w[1];
    const double wave = Math::exp(0.5 * (Math::cos(ax) + Math::cos(ay)));
    // d(-20 exp(-0.2 r))/dx = 4 exp(-0.2 r) dr/dx with dr/dx = x / (2 r).
    const double k = 2.0 * radial * inverse_or_zero(r);
    g[0] = k * w[0] + kPi * wave * Math::sin(ax);
    g[1] = k * w[1] + kPi * wave * Math::sin(ay);
    // Grouped so that both brackets vanish at the origin without cancellation against 20 + e.
    return 20.0 * (1.0 - radial) + (kE - wave);
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ACKLEY_HPP
