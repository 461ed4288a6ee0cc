#ifndef OPTBENCH_LANDSCAPES_BUKIN_6_HPP
#define OPTBENCH_LANDSCAPES_BUKIN_6_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Bukin's function N. 6, J = 100 sqrt|y - 0.01 x^2| + 0.01 |x + 10|: a sharp ridge along the
// parabola y = 0.01 x^2. A. D. Bukin, "New minimization strategy for non-smooth functions",
// Budker Institute of Nuclear Physics preprint BUDKER-INP-1997-79, 1997; Jamil & Yang 2013;
// domain as in Surjanovic & Bingham, Virtual Library of Simulation Experiments.
// Global minimum J(-10, 1) = 0.
// Non-smooth points: on the parabola (u = y - 0.01 x^2 = 0) d sqrt|u|/du is unbounded and is
// taken as 0; at x = -10, sign(0) = 0. The gradient at the minimum is therefore 0.
struct Bukin6 {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "bukin_6";

  static Bukin6 from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "100 sqrt(|y - 0.01 x^2|) + 0.01 |x + 10|",
            kDim,
            {{-15.0, -5.0}, {-3.0, 3.0}},
            {{{-10.0, 1.0}, 0.0}},
            "Bukin, Budker INP preprint 1997-79, 1997; Jamil & Yang 2013; Surjanovic & "
            "Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    // 0.01 * (x * x): exact 1 at x = -10, so the minimum lies exactly on the parabola.
    const double u = w[1] - 0.01 * (w[0] * w[0]);
    const double s = Math::sqrt(Math::fabs(u));
    const double ds_du = sign_or_zero(u) * half_inverse_or_zero(s);
    const double shift = w[0] + 10.0;
    g[0] = -2.0 * w[0] * ds_du + 0.01 * sign_or_zero(shift);
    g[1] = 100.0 * ds_du;
    return 100.0 * s + 0.01 * Math::fabs(shift);
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_BUKIN_6_HPP
