#ifndef OPTBENCH_LANDSCAPES_ND_ZAKHAROV_HPP
#define OPTBENCH_LANDSCAPES_ND_ZAKHAROV_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// Zakharov's function with a runtime dimension n = dim, with S = sum_i (i/2) w_i (i = 1..n):
//   J(w) = sum_i w_i^2 + S^2 + S^4.
// A convex plate whose quartic term grows fastest along (1, 2, ..., n). As listed by
// R. Chelouah and P. Siarry, "Tabu search applied to global optimization", European Journal
// of Operational Research 123(2), 2000 (functions Z_n), and Surjanovic & Bingham, Virtual
// Library of Simulation Experiments, with their domain [-5, 10]^n.
// Global minimum J(0, ..., 0) = 0.
struct ZakharovNd {
  static constexpr const char* kName = "zakharov";
  int dim = kDefaultNdDim;

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return nd_dim_problems(spec, kName);
  }

  static ZakharovNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return ZakharovNd{nd_dim(spec)};
  }

  LandscapeInfo info() const {
    return {kName,
            "sum_i x_i^2 + (sum_i i x_i / 2)^2 + (sum_i i x_i / 2)^4",
            dim,
            cube_domain(dim, -5.0, 10.0),
            {{std::vector<double>(dim, 0.0), 0.0}},
            "Chelouah & Siarry, European Journal of Operational Research 123(2), 2000; "
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {"dim"}};
  }

  // w[i], g[i] for i < dim; w and g must not overlap. dJ/dw_i = 2 w_i + (i/2) (2 S + 4 S^3)
  // (i counted from 1), so a second pass follows the sums.
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    double squares = 0.0;
    double s = 0.0;
    for (int i = 0; i < dim; ++i) {
      const double x = w[i];
      squares += x * x;
      s += (0.5 * (i + 1)) * x;
    }
    const double s2 = s * s;
    const double slope = 2.0 * s + 4.0 * s * s2;  // d(S^2 + S^4)/dS
    for (int i = 0; i < dim; ++i) g[i] = 2.0 * w[i] + (0.5 * (i + 1)) * slope;
    return squares + s2 + s2 * s2;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_ZAKHAROV_HPP
