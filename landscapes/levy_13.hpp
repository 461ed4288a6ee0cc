#ifndef OPTBENCH_LANDSCAPES_LEVY_13_HPP
#define OPTBENCH_LANDSCAPES_LEVY_13_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Levy's function N. 13,
//   J = sin^2(3 pi x) + (x - 1)^2 (1 + sin^2(3 pi y)) + (y - 1)^2 (1 + sin^2(2 pi y)).
// Surjanovic & Bingham, Virtual Library of Simulation Experiments, "Levy function N. 13".
// Global minimum J(1, 1) = 0.
struct Levy13 {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "levy_13";

  static Levy13 from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "sin^2(3 pi x) + (x - 1)^2 (1 + sin^2(3 pi y)) + (y - 1)^2 (1 + sin^2(2 pi y))",
            kDim,
            {{-10.0, 10.0}, {-10.0, 10.0}},
            {{{1.0, 1.0}, 0.0}},
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments (Levy N. 13)",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double sx3 = Math::sin(3.0 * kPi * w[0]);
    const double cx3 = Math::cos(3.0 * kPi * w[0]);
    const double sy3 = Math::sin(3.0 * kPi * w[1]);
    const double cy3 = Math::cos(3.0 * kPi * w[1]);
    const double sy2 = Math::sin(2.0 * kPi * w[1]);
    const double cy2 = Math::cos(2.0 * kPi * w[1]);
    const double dx = w[0] - 1.0;
    const double dy = w[1] - 1.0;
    const double fx = 1.0 + sy3 * sy3;
    const double fy = 1.0 + sy2 * sy2;
    // d sin^2(k u)/du = 2k sin(k u) cos(k u).
    g[0] = 6.0 * kPi * sx3 * cx3 + 2.0 * dx * fx;
    g[1] = dx * dx * 6.0 * kPi * sy3 * cy3 + dy * (2.0 * fy + dy * 4.0 * kPi * sy2 * cy2);
    return sx3 * sx3 + dx * dx * fx + dy * dy * fy;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_LEVY_13_HPP
