#ifndef OPTBENCH_LANDSCAPES_ND_LEVY_HPP
#define OPTBENCH_LANDSCAPES_ND_LEVY_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// The Levy function with a runtime dimension n = dim, written with v_i = 1 + (w_i - 1) / 4:
//   J(w) = sin^2(pi v_1) + sum_{i<n} (v_i - 1)^2 [1 + 10 sin^2(pi v_i + 1)]
//          + (v_n - 1)^2 [1 + sin^2(2 pi v_n)].
// A. V. Levy and A. Montalvo, "The tunneling algorithm for the global minimization of
// functions", SIAM J. Sci. Stat. Comput. 6(1), 1985; this form as in M. Laguna and
// R. Marti, "Experimental testing of advanced scatter search designs for global optimization
// of multimodal functions", Journal of Global Optimization 33(2), 2005, and Surjanovic &
// Bingham, Virtual Library of Simulation Experiments, with their domain [-10, 10]^n.
// Global minimum J(1, ..., 1) = 0 (in doubles sin^2(pi) = 1.5e-32). Not the 2-D Levy N. 13
// of landscapes/levy_13.hpp.
struct LevyNd {
  static constexpr const char* kName = "levy";
  int dim = kDefaultNdDim;

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return nd_dim_problems(spec, kName);
  }

  static LevyNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return LevyNd{nd_dim(spec)};
  }

  LandscapeInfo info() const {
    return {kName,
            "sin^2(pi v_1) + sum_{i<n} (v_i - 1)^2 (1 + 10 sin^2(pi v_i + 1)) + (v_n - 1)^2 "
            "(1 + sin^2(2 pi v_n)), v_i = 1 + (x_i - 1)/4",
            dim,
            cube_domain(dim, -10.0, 10.0),
            {{std::vector<double>(dim, 1.0), 0.0}},
            "Levy & Montalvo, SIAM J. Sci. Stat. Comput. 6(1), 1985; Laguna & Marti, Journal "
            "of Global Optimization 33(2), 2005; Surjanovic & Bingham, Virtual Library of "
            "Simulation Experiments",
            {"dim"}};
  }

  // w[i], g[i] for i < dim (dim >= 2); w and g must not overlap. With u = v - 1 = (w - 1)/4
  // and dv/dw = 1/4: d sin^2(theta) = 2 sin(theta) cos(theta) d theta.
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    // The leading sin^2(pi v_1), which only w_0 feeds.
    const double u0 = 0.25 * (w[0] - 1.0);
    const double lead_angle = kPi * (1.0 + u0);
    const double lead_sin = Math::sin(lead_angle);
    const double lead_slope = 2.0 * kPi * lead_sin * Math::cos(lead_angle);
    double value = lead_sin * lead_sin;

    // The middle terms, one per coordinate but the last.
    for (int i = 0; i + 1 < dim; ++i) {
      const double u = i == 0 ? u0 : 0.25 * (w[i] - 1.0);
      const double angle = kPi * (1.0 + u) + 1.0;
      const double s = Math::sin(angle);
      const double bracket = 1.0 + 10.0 * (s * s);
      const double slope = 2.0 * u * bracket + (u * u) * (20.0 * kPi) * (s * Math::cos(angle));
      value += (u * u) * bracket;
      g[i] = 0.25 * (i == 0 ? lead_slope + slope : slope);
    }

    // The closing term of the last coordinate.
    const double u = 0.25 * (w[dim - 1] - 1.0);
    const double angle = 2.0 * kPi * (1.0 + u);
    const double s = Math::sin(angle);
    const double bracket = 1.0 + s * s;
    value += (u * u) * bracket;
    g[dim - 1] = 0.25 * (2.0 * u * bracket + (u * u) * (4.0 * kPi) * (s * Math::cos(angle)));
    return value;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_LEVY_HPP
