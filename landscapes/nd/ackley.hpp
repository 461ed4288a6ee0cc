#ifndef OPTBENCH_LANDSCAPES_ND_ACKLEY_HPP
#define OPTBENCH_LANDSCAPES_ND_ACKLEY_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// Ackley's function with a runtime dimension n = dim and the standard a = 20, b = 0.2,
// c = 2 pi:
//   J = -a exp(-b r) - exp(sum_i cos(c w_i) / n) + a + e,  r = sqrt(sum_i w_i^2 / n).
// D. H. Ackley, "A Connectionist Machine for Genetic Hillclimbing", Kluwer, 1987; in the n-D
// form of T. Baeck, "Evolutionary Algorithms in Theory and Practice", Oxford University
// Press, 1996; domain [-32.768, 32.768]^n as in Surjanovic & Bingham, Virtual Library of
// Simulation Experiments. Global minimum J(0, ..., 0) = 0.
// Non-smooth point: J grows like 4 |w| / sqrt(n) at the origin (a cone); the gradient there
// is taken as 0, the centre of the cone's subdifferential, so w_i / r := 0 at r = 0.
// At dim 2 it equals Ackley (landscapes/ackley.hpp) bit for bit: 1/n = 0.5, 4/n = 2 and
// 2 pi / n = pi are exact there.
struct AckleyNd {
  static constexpr const char* kName = "ackley";
  int dim = kDefaultNdDim;

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return nd_dim_problems(spec, kName);
  }

  static AckleyNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return AckleyNd{nd_dim(spec)};
  }

  LandscapeInfo info() const {
    return {kName,
            "-20 exp(-0.2 sqrt(sum_i x_i^2 / n)) - exp(sum_i cos(2 pi x_i) / n) + 20 + e",
            dim,
            cube_domain(dim, -32.768, 32.768),
            {{std::vector<double>(dim, 0.0), 0.0}},
            "Ackley, A Connectionist Machine for Genetic Hillclimbing, Kluwer, 1987; Baeck, "
            "Evolutionary Algorithms in Theory and Practice, 1996; Surjanovic & Bingham, "
            "Virtual Library of Simulation Experiments",
            {"dim"}};
  }

  // w[i], g[i] for i < dim; w and g must not overlap. Two passes over w: the sums, then the
  // gradient (which needs both exponentials).
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    constexpr double kTwoPi = 2.0 * kPi;
    const double inv_dim = 1.0 / dim;

    // Sums of squares and of cosines, one accumulator each, in index order.
    double squares = 0.0;
    double waves = 0.0;
    for (int i = 0; i < dim; ++i) {
      const double x = w[i];
      squares += x * x;
      waves += Math::cos(kTwoPi * x);
    }
    const double r = Math::sqrt(inv_dim * squares);
    const double radial = Math::exp(-0.2 * r);
    const double wave = Math::exp(inv_dim * waves);

    // d(-20 exp(-0.2 r))/dw_i = 4 exp(-0.2 r) dr/dw_i with dr/dw_i = w_i / (n r);
    // d(-exp(waves / n))/dw_i = (2 pi / n) exp(waves / n) sin(2 pi w_i).
    const double k = 4.0 * inv_dim * radial * inverse_or_zero(r);
    const double ripple = kTwoPi * inv_dim * wave;
    for (int i = 0; i < dim; ++i) {
      const double x = w[i];
      g[i] = k * x + ripple * Math::sin(kTwoPi * x);
    }
    // Grouped so that both brackets vanish at the origin without cancellation against 20 + e.
    return 20.0 * (1.0 - radial) + (kE - wave);
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_ACKLEY_HPP
