#ifndef OPTBENCH_LANDSCAPES_EGGHOLDER_HPP
#define OPTBENCH_LANDSCAPES_EGGHOLDER_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// The egg holder, J = -(y + 47) sin(sqrt|x/2 + y + 47|) - x sin(sqrt|x - y - 47|).
// D. Whitley, S. Rana, J. Dzubera and K. E. Mathias, "Evaluating evolutionary algorithms",
// Artificial Intelligence 85, 1996; Jamil & Yang 2013; Surjanovic & Bingham, Virtual
// Library of Simulation Experiments.
// Global minimum on the domain's edge x = 512 (the gradient there is not 0: g_x < 0 points
// out of the domain): published J(512, 404.2319) = -959.6407. The y below solves dJ/dy = 0
// at x = 512 by Newton's method in 90-digit decimal arithmetic (404.23180511375781...,
// J = -959.640662720850803).
// Non-smooth lines: where u = x/2 + y + 47 or u = x - y - 47 is 0, d sqrt|u|/du is
// unbounded; there it is taken as 0 (sign(0) = 0, the symmetric subgradient).
struct Eggholder {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "eggholder";

  static Eggholder from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "-(y + 47) sin(sqrt|x/2 + y + 47|) - x sin(sqrt|x - y - 47|)",
            kDim,
            {{-512.0, 512.0}, {-512.0, 512.0}},
            {{{512.0, 404.2318051137578}, -959.6406627208509}},
            "Whitley, Rana, Dzubera & Mathias, Artificial Intelligence 85, 1996; Jamil & "
            "Yang 2013; Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double x = w[0];
    const double z = w[1] + 47.0;
    const double u1 = 0.5 * x + z;
    const double u2 = x - z;
    const double s1 = Math::sqrt(Math::fabs(u1));
    const double s2 = Math::sqrt(Math::fabs(u2));
    const double sin1 = Math::sin(s1);
    const double sin2 = Math::sin(s2);
    // dJ/du1 and dJ/du2 through d sqrt|u|/du = sign(u) / (2 sqrt|u|), 0 at u = 0.
    const double d1 = -z * Math::cos(s1) * sign_or_zero(u1) * half_inverse_or_zero(s1);
    const double d2 = -x * Math::cos(s2) * sign_or_zero(u2) * half_inverse_or_zero(s2);
    g[0] = 0.5 * d1 - sin2 + d2;
    g[1] = -sin1 + d1 - d2;
    return -z * sin1 - x * sin2;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_EGGHOLDER_HPP
