#ifndef OPTBENCH_LANDSCAPES_ROSENBROCK_HPP
#define OPTBENCH_LANDSCAPES_ROSENBROCK_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Rosenbrock's banana valley, J(x, y) = (1 - x)^2 + 100 (y - x^2)^2.
// H. H. Rosenbrock, "An automatic method for finding the greatest or least value of a
// function", The Computer Journal 3(3), 1960. Global minimum J(1, 1) = 0.
struct Rosenbrock {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "rosenbrock";

  static Rosenbrock from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "(1 - x)^2 + 100 (y - x^2)^2",
            kDim,
            {{-2.0, 2.0}, {-1.0, 3.0}},
            {{{1.0, 1.0}, 0.0}},
            "Rosenbrock, The Computer Journal 3(3), 1960",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double a = 1.0 - w[0];
    const double b = w[1] - w[0] * w[0];
    g[0] = -2.0 * a - 400.0 * w[0] * b;
    g[1] = 200.0 * b;
    return a * a + 100.0 * b * b;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ROSENBROCK_HPP
