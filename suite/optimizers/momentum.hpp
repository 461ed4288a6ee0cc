#ifndef OPTBENCH_SUITE_OPTIMIZERS_MOMENTUM_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_MOMENTUM_HPP

#include <Kokkos_Core.hpp>

#include "suite/optimizers/optimizer_state.hpp"

namespace optbench::optimizers {

// Momentum in the article's convention, an exponential moving average of gradients:
//   v <- beta v + (1 - beta) g,   w <- w - alpha v.
// It equals heavy-ball momentum with rate alpha (1 - beta) and the same beta, step for step.
KOKKOS_INLINE_FUNCTION void momentum_coordinate(double alpha, double beta, double g, double& w,
                                                double& velocity) {
  velocity = beta * velocity + (1.0 - beta) * g;
  w -= alpha * velocity;
}

template <class Gradient, class Weights, class State>
KOKKOS_INLINE_FUNCTION void momentum_update(double alpha, double beta, int dim, const Gradient& g,
                                            Weights&& w, State& state) {
  for (int i = 0; i < dim; ++i) momentum_coordinate(alpha, beta, g[i], w[i], state.first[i]);
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_MOMENTUM_HPP
