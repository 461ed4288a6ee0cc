#ifndef OPTBENCH_SUITE_OPTIMIZERS_RMSPROP_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_RMSPROP_HPP

#include <Kokkos_Core.hpp>

#include "suite/optimizers/optimizer_state.hpp"

namespace optbench::optimizers {

// RMSprop in the article's convention, epsilon outside the root:
//   s <- beta s + (1 - beta) g^2,   w <- w - alpha g / (sqrt(s) + epsilon).
// Tieleman and Hinton, COURSERA Neural Networks for Machine Learning, lecture 6.5, 2012.
template <class Math>
KOKKOS_INLINE_FUNCTION void rmsprop_coordinate(double alpha, double beta, double epsilon, double g,
                                               double& w, double& mean_square) {
  mean_square = beta * mean_square + (1.0 - beta) * (g * g);
  w -= alpha * g / (Math::sqrt(mean_square) + epsilon);
}

template <class Math, class Gradient, class Weights, class State>
KOKKOS_INLINE_FUNCTION void rmsprop_update(double alpha, double beta, double epsilon, int dim,
                                           const Gradient& g, Weights&& w, State& state) {
  for (int i = 0; i < dim; ++i) {
    rmsprop_coordinate<Math>(alpha, beta, epsilon, g[i], w[i], state.second[i]);
  }
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_RMSPROP_HPP
