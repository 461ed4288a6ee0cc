#ifndef OPTBENCH_LANDSCAPES_SCHAFFER_2_HPP
#define OPTBENCH_LANDSCAPES_SCHAFFER_2_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Schaffer's function N. 2, J = 0.5 + (sin^2(x^2 - y^2) - 0.5) / (1 + 0.001 (x^2 + y^2))^2.
// Surjanovic & Bingham, Virtual Library of Simulation Experiments, "Schaffer function N. 2";
// S. K. Mishra, "Some new test functions for global optimization and performance of
// repulsive particle swarm method", MPRA paper 2718, 2006. Global minimum J(0, 0) = 0.
struct Schaffer2 {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "schaffer_2";

  static Schaffer2 from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "0.5 + (sin^2(x^2 - y^2) - 0.5) / (1 + 0.001 (x^2 + y^2))^2",
            kDim,
            {{-100.0, 100.0}, {-100.0, 100.0}},
            {{{0.0, 0.0}, 0.0}},
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments (Schaffer N. 2); "
            "Mishra, MPRA paper 2718, 2006",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double x2 = w[0] * w[0];
    const double y2 = w[1] * w[1];
    const double u = x2 - y2;
    const double su = Math::sin(u);
    const double numerator = su * su - 0.5;
    const double inverse = 1.0 / (1.0 + 0.001 * (x2 + y2));
    const double q = inverse * inverse;
    // d/dx = 2x * (2 sin u cos u q) - 2x * (0.002 numerator q / denominator), and the
    // same with -2y for the first term in y.
    const double wave = 4.0 * su * Math::cos(u) * q;
    const double damping = 0.004 * numerator * q * inverse;
    g[0] = w[0] * (wave - damping);
    g[1] = -w[1] * (wave + damping);
    return 0.5 + numerator * q;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_SCHAFFER_2_HPP
