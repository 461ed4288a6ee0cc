#ifndef OPTBENCH_LANDSCAPES_ND_RASTRIGIN_HPP
#define OPTBENCH_LANDSCAPES_ND_RASTRIGIN_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// Rastrigin's function with a runtime dimension n = dim and A = 10,
//   J(w) = A n + sum_i (w_i^2 - A cos(2 pi w_i)).
// L. A. Rastrigin, "Systems of Extremal Control", Nauka, Moscow, 1974; the n-D form of
// H. Muehlenbein, M. Schomisch and J. Born, "The parallel genetic algorithm as function
// optimizer", Parallel Computing 17, 1991; domain [-5.12, 5.12]^n as in Surjanovic &
// Bingham, Virtual Library of Simulation Experiments. Global minimum J(0, ..., 0) = 0.
// At dim 2 it equals Rastrigin (landscapes/rastrigin.hpp) bit for bit.
struct RastriginNd {
  static constexpr const char* kName = "rastrigin";
  int dim = kDefaultNdDim;

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return nd_dim_problems(spec, kName);
  }

  static RastriginNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return RastriginNd{nd_dim(spec)};
  }

  LandscapeInfo info() const {
    return {kName,
            "10 n + sum_i (x_i^2 - 10 cos(2 pi x_i))",
            dim,
            cube_domain(dim, -5.12, 5.12),
            {{std::vector<double>(dim, 0.0), 0.0}},
            "Rastrigin, Systems of Extremal Control, Nauka, 1974; Muehlenbein, Schomisch & "
            "Born, Parallel Computing 17, 1991; Surjanovic & Bingham, Virtual Library of "
            "Simulation Experiments",
            {"dim"}};
  }

  // w[i], g[i] for i < dim; w and g must not overlap. Each coordinate adds
  // w_i^2 + 10 (1 - cos(2 pi w_i)) >= +0: exact 0 at the minimum, no cancellation near it,
  // and 0.0 + term keeps the bits of the 2-D form.
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    constexpr double kTwoPi = 2.0 * kPi;
    double value = 0.0;
    for (int i = 0; i < dim; ++i) {
      const double x = w[i];
      const double angle = kTwoPi * x;
      g[i] = 2.0 * x + 10.0 * kTwoPi * Math::sin(angle);
      value += x * x + 10.0 * (1.0 - Math::cos(angle));
    }
    return value;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_RASTRIGIN_HPP
