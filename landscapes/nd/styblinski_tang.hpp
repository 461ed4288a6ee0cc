#ifndef OPTBENCH_LANDSCAPES_ND_STYBLINSKI_TANG_HPP
#define OPTBENCH_LANDSCAPES_ND_STYBLINSKI_TANG_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// The Styblinski-Tang function with a runtime dimension n = dim,
//   J(w) = 1/2 sum_i (w_i^4 - 16 w_i^2 + 5 w_i).
// M. A. Styblinski and T.-S. Tang, "Experiments in nonconvex optimization: stochastic
// approximation with function smoothing and simulated annealing", Neural Networks 3(4),
// 1990, 467-483; domain [-5, 5]^n as in Surjanovic & Bingham, Virtual Library of Simulation
// Experiments. The global minimum sits where 4t^3 - 32t + 5 = 0 on every axis, at the double
// t = -2.903534027771177 (see landscapes/styblinski_tang.hpp for the digits); J there is
// n times the 1-D value, about -39.16616570377142 n. At dim 2 it equals StyblinskiTang
// (landscapes/styblinski_tang.hpp) bit for bit.
struct StyblinskiTangNd {
  static constexpr const char* kName = "styblinski_tang";
  static constexpr double kArgmin = -2.903534027771177;
  int dim = kDefaultNdDim;

  // w^4 - 16 w^2 + 5 w, as the kernel computes it (so that the listed minimum is the value
  // the kernel reaches).
  KOKKOS_INLINE_FUNCTION static double term(double x) {
    const double x2 = x * x;
    return x2 * (x2 - 16.0) + 5.0 * x;
  }

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return nd_dim_problems(spec, kName);
  }

  static StyblinskiTangNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return StyblinskiTangNd{nd_dim(spec)};
  }

  LandscapeInfo info() const {
    return {kName,
            "sum_i (x_i^4 - 16 x_i^2 + 5 x_i) / 2",
            dim,
            cube_domain(dim, -5.0, 5.0),
            {{std::vector<double>(dim, kArgmin), dim * (0.5 * term(kArgmin))}},
            "Styblinski & Tang, Neural Networks 3(4), 1990; Surjanovic & Bingham, Virtual "
            "Library of Simulation Experiments",
            {"dim"}};
  }

  // w[i], g[i] for i < dim; w and g must not overlap. The sum starts with the first term,
  // not 0.0, so that a term of -0 keeps its sign as in the 2-D form.
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    double sum = 0.0;
    for (int i = 0; i < dim; ++i) {
      const double x = w[i];
      g[i] = x * (2.0 * (x * x) - 16.0) + 2.5;
      sum = i == 0 ? term(x) : sum + term(x);
    }
    return 0.5 * sum;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_STYBLINSKI_TANG_HPP
