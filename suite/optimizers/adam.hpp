#ifndef OPTBENCH_SUITE_OPTIMIZERS_ADAM_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_ADAM_HPP

#include <Kokkos_Core.hpp>

#include "suite/optimizers/optimizer_state.hpp"

namespace optbench::optimizers {

// Adam in the article's convention, with the bias correction of the paper (1 - beta^t; the
// article prints (1 - beta)^t, a typo):
//   m <- beta1 m + (1 - beta1) g,   s <- beta2 s + (1 - beta2) g^2,
//   w <- w - alpha (m / (1 - beta1^t)) / (sqrt(s / (1 - beta2^t)) + epsilon),
// t = 1 for the first update. Kingma and Ba, "Adam: a method for stochastic optimization",
// ICLR 2015, Algorithm 1.
//
// An update is split in two: the corrections, once per update, and the coordinate rule, once
// per coordinate. Runs stepped side by side call each for all runs in turn.

// 1 - beta^t of the update about to be made, advancing the powers beta^t.
struct AdamCorrections {
  double first = 1.0;
  double second = 1.0;
};

KOKKOS_INLINE_FUNCTION AdamCorrections adam_corrections(double beta1, double beta2,
                                                        double& beta1_power,
                                                        double& beta2_power) {
  beta1_power *= beta1;
  beta2_power *= beta2;
  return {1.0 - beta1_power, 1.0 - beta2_power};
}

template <class Math>
KOKKOS_INLINE_FUNCTION void adam_coordinate(double alpha, double beta1, double beta2,
                                            double epsilon, const AdamCorrections& c, double g,
                                            double& w, double& first, double& second) {
  first = beta1 * first + (1.0 - beta1) * g;
  second = beta2 * second + (1.0 - beta2) * (g * g);
  const double first_hat = first / c.first;
  const double second_hat = second / c.second;
  w -= alpha * first_hat / (Math::sqrt(second_hat) + epsilon);
}

template <class Math, class Gradient, class Weights, class State>
KOKKOS_INLINE_FUNCTION void adam_update(double alpha, double beta1, double beta2, double epsilon,
                                        int dim, const Gradient& g, Weights&& w, State& state) {
  const AdamCorrections c = adam_corrections(beta1, beta2, state.beta1_power, state.beta2_power);
  for (int i = 0; i < dim; ++i) {
    adam_coordinate<Math>(alpha, beta1, beta2, epsilon, c, g[i], w[i], state.first[i],
                          state.second[i]);
  }
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_ADAM_HPP
