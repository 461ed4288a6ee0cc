#ifndef OPTBENCH_LANDSCAPES_BEALE_HPP
#define OPTBENCH_LANDSCAPES_BEALE_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Beale's function, J(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2.
// E. M. L. Beale, "On an iterative method for finding a local minimum of a function of more
// than one variable", Tech. Rep. 25, Statistical Techniques Research Group, Princeton
// University, 1958; domain as in Jamil & Yang 2013 and Surjanovic & Bingham.
// Global minimum J(3, 0.5) = 0.
struct Beale {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "beale";

  static Beale from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "(1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2",
            kDim,
            {{-4.5, 4.5}, {-4.5, 4.5}},
            {{{3.0, 0.5}, 0.0}},
            "Beale, Tech. Rep. 25, Statistical Techniques Research Group, Princeton, 1958; "
            "Jamil & Yang 2013; Surjanovic & Bingham, Virtual Library of Simulation "
            "Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double x = w[0];
    const double y = w[1];
    const double y2 = y * y;
    const double y3 = y2 * y;
    const double a = 1.5 - x + x * y;
    const double b = 2.25 - x + x * y2;
    const double c = 2.625 - x + x * y3;
    g[0] = 2.0 * (a * (y - 1.0) + b * (y2 - 1.0) + c * (y3 - 1.0));
    g[1] = 2.0 * x * (a + 2.0 * y * b + 3.0 * y2 * c);
    return a * a + b * b + c * c;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_BEALE_HPP
