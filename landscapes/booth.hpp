#ifndef OPTBENCH_LANDSCAPES_BOOTH_HPP
#define OPTBENCH_LANDSCAPES_BOOTH_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Booth's function, J(x, y) = (x + 2y - 7)^2 + (2x + y - 5)^2: a quadratic with condition
// number 9. M. Jamil and X.-S. Yang, "A literature survey of benchmark functions for global
// optimization problems", Int. J. Math. Modelling and Numerical Optimisation 4(2), 2013;
// Surjanovic & Bingham, Virtual Library of Simulation Experiments. Global minimum J(1, 3) = 0.
struct Booth {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "booth";

  static Booth from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "(x + 2y - 7)^2 + (2x + y - 5)^2",
            kDim,
            {{-10.0, 10.0}, {-10.0, 10.0}},
            {{{1.0, 3.0}, 0.0}},
            "Jamil & Yang, Int. J. Math. Modelling and Num. Optimisation 4(2), 2013; "
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double a = w[0] + 2.0 * w[1] - 7.0;
    const double b = 2.0 * w[0] + w[1] - 5.0;
    g[0] = 2.0 * a + 4.0 * b;
    g[1] = 4.0 * a + 2.0 * b;
    return a * a + b * b;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_BOOTH_HPP
