#ifndef OPTBENCH_LANDSCAPES_MATYAS_HPP
#define OPTBENCH_LANDSCAPES_MATYAS_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Matyas' function, J(x, y) = 0.26 (x^2 + y^2) - 0.48 x y: a flat, tilted quadratic
// (eigenvalues 1.48 and 0.04 of twice the form, condition number 25).
// Jamil & Yang, "A literature survey of benchmark functions for global optimization
// problems", 2013; Surjanovic & Bingham, Virtual Library of Simulation Experiments.
// Global minimum J(0, 0) = 0.
struct Matyas {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "matyas";

  static Matyas from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "0.26 (x^2 + y^2) - 0.48 x y",
            kDim,
            {{-10.0, 10.0}, {-10.0, 10.0}},
            {{{0.0, 0.0}, 0.0}},
            "Jamil & Yang, Int. J. Math. Modelling and Num. Optimisation 4(2), 2013; "
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    g[0] = 0.52 * w[0] - 0.48 * w[1];
    g[1] = 0.52 * w[1] - 0.48 * w[0];
    return 0.26 * (w[0] * w[0] + w[1] * w[1]) - 0.48 * w[0] * w[1];
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_MATYAS_HPP
