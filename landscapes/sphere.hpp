#ifndef OPTBENCH_LANDSCAPES_SPHERE_HPP
#define OPTBENCH_LANDSCAPES_SPHERE_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// De Jong's first function in 2-D, J(x, y) = x^2 + y^2.
// K. A. De Jong, "An analysis of the behavior of a class of genetic adaptive systems",
// PhD thesis, University of Michigan, 1975 (F1); domain and minimum as in Surjanovic &
// Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano), "Sphere function".
// Global minimum J(0, 0) = 0.
struct Sphere {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "sphere";

  static Sphere from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "x^2 + y^2",
            kDim,
            {{-5.12, 5.12}, {-5.12, 5.12}},
            {{{0.0, 0.0}, 0.0}},
            "De Jong, PhD thesis, Univ. of Michigan, 1975 (F1); Surjanovic & Bingham, "
            "Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    g[0] = 2.0 * w[0];
    g[1] = 2.0 * w[1];
    return w[0] * w[0] + w[1] * w[1];
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_SPHERE_HPP
