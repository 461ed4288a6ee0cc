#ifndef OPTBENCH_LANDSCAPES_THREE_HUMP_CAMEL_HPP
#define OPTBENCH_LANDSCAPES_THREE_HUMP_CAMEL_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// The three-hump camel, J(x, y) = 2x^2 - 1.05x^4 + x^6/6 + xy + y^2: one global and two
// local minima. Jamil & Yang, "A literature survey of benchmark functions for global
// optimization problems", 2013; Surjanovic & Bingham, Virtual Library of Simulation
// Experiments. Global minimum J(0, 0) = 0.
struct ThreeHumpCamel {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "three_hump_camel";

  static ThreeHumpCamel from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "2x^2 - 1.05x^4 + x^6/6 + xy + y^2",
            kDim,
            {{-5.0, 5.0}, {-5.0, 5.0}},
            {{{0.0, 0.0}, 0.0}},
            "Jamil & Yang, Int. J. Math. Modelling and Num. Optimisation 4(2), 2013; "
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double x = w[0];
    const double y = w[1];
    const double x2 = x * x;
    const double x4 = x2 * x2;
    g[0] = x * (4.0 - 4.2 * x2 + x4) + y;
    g[1] = x + 2.0 * y;
    return x2 * (2.0 - 1.05 * x2 + x4 / 6.0) + x * y + y * y;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_THREE_HUMP_CAMEL_HPP
