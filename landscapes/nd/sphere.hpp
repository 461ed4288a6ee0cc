#ifndef OPTBENCH_LANDSCAPES_ND_SPHERE_HPP
#define OPTBENCH_LANDSCAPES_ND_SPHERE_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// De Jong's first function with a runtime dimension n = dim, J(w) = sum_i w_i^2.
// K. A. De Jong, "An analysis of the behavior of a class of genetic adaptive systems",
// PhD thesis, University of Michigan, 1975 (F1); n-D domain and minimum as in Surjanovic &
// Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano), "Sphere function".
// Global minimum J(0, ..., 0) = 0. At dim 2 it equals Sphere (landscapes/sphere.hpp) bit for
// bit.
struct SphereNd {
  static constexpr const char* kName = "sphere";
  int dim = kDefaultNdDim;

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return nd_dim_problems(spec, kName);
  }

  static SphereNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return SphereNd{nd_dim(spec)};
  }

  LandscapeInfo info() const {
    return {kName,
            "sum_i x_i^2",
            dim,
            cube_domain(dim, -5.12, 5.12),
            {{std::vector<double>(dim, 0.0), 0.0}},
            "De Jong, PhD thesis, Univ. of Michigan, 1975 (F1); Surjanovic & Bingham, "
            "Virtual Library of Simulation Experiments",
            {"dim"}};
  }

  // w[i], g[i] for i < dim; w and g must not overlap. Terms are >= +0, so starting the sum
  // at 0.0 keeps the bits of the 2-D form w_0^2 + w_1^2.
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    double value = 0.0;
    for (int i = 0; i < dim; ++i) {
      const double x = w[i];
      g[i] = 2.0 * x;
      value += x * x;
    }
    return value;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_SPHERE_HPP
