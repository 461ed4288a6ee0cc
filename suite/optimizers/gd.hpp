#ifndef OPTBENCH_SUITE_OPTIMIZERS_GD_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_GD_HPP

#include <Kokkos_Core.hpp>

namespace optbench::optimizers {

// Gradient descent: w <- w - alpha g.
KOKKOS_INLINE_FUNCTION void gd_coordinate(double alpha, double g, double& w) { w -= alpha * g; }

template <class Gradient, class Weights>
KOKKOS_INLINE_FUNCTION void gd_update(double alpha, int dim, const Gradient& g, Weights&& w) {
  for (int i = 0; i < dim; ++i) gd_coordinate(alpha, g[i], w[i]);
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_GD_HPP
