#ifndef OPTBENCH_LANDSCAPES_ND_ROSENBROCK_HPP
#define OPTBENCH_LANDSCAPES_ND_ROSENBROCK_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// Rosenbrock's valley chained over a runtime dimension n = dim:
//   J(w) = sum_{i < n-1} [(1 - w_i)^2 + 100 (w_{i+1} - w_i^2)^2].
// H. H. Rosenbrock, "An automatic method for finding the greatest or least value of a
// function", The Computer Journal 3(3), 1960; the chained n-D form and its domain
// [-5, 10]^n as in Surjanovic & Bingham, Virtual Library of Simulation Experiments.
// Global minimum J(1, ..., 1) = 0. For 4 <= n <= 7 there is also a local minimum near
// (-1, 1, ..., 1): Y.-W. Shang and Y.-H. Qiu, "A note on the extended Rosenbrock function",
// Evolutionary Computation 14(1), 2006. At dim 2 it equals Rosenbrock
// (landscapes/rosenbrock.hpp) bit for bit.
struct RosenbrockNd {
  static constexpr const char* kName = "rosenbrock";
  int dim = kDefaultNdDim;

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return nd_dim_problems(spec, kName);
  }

  static RosenbrockNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return RosenbrockNd{nd_dim(spec)};
  }

  LandscapeInfo info() const {
    return {kName,
            "sum_{i<n-1} (1 - x_i)^2 + 100 (x_{i+1} - x_i^2)^2",
            dim,
            cube_domain(dim, -5.0, 10.0),
            {{std::vector<double>(dim, 1.0), 0.0}},
            "Rosenbrock, The Computer Journal 3(3), 1960; Shang & Qiu, Evolutionary "
            "Computation 14(1), 2006; Surjanovic & Bingham, Virtual Library of Simulation "
            "Experiments",
            {"dim"}};
  }

  // w[i], g[i] for i < dim; w and g must not overlap. Link i couples w_i and w_{i+1}: it
  // adds -2 a - 400 w_i b to dJ/dw_i and 200 b to dJ/dw_{i+1}, with a = 1 - w_i and
  // b = w_{i+1} - w_i^2. Each g[i] is written once, as (200 b_{i-1}) + (own part).
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    double value = 0.0;
    double from_left = 0.0;  // 200 b_{i-1}: what link i-1 adds to dJ/dw_i
    double x = w[0];
    for (int i = 0; i + 1 < dim; ++i) {
      const double next = w[i + 1];
      const double a = 1.0 - x;
      const double b = next - x * x;
      const double own = -2.0 * a - 400.0 * x * b;
      g[i] = i == 0 ? own : from_left + own;
      from_left = 200.0 * b;
      value += a * a + 100.0 * b * b;  // >= +0, so 0.0 + term keeps the 2-D bits
      x = next;
    }
    g[dim - 1] = from_left;
    return value;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_ROSENBROCK_HPP
