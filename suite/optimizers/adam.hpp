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
template <class Math, class Gradient, class Weights, class State>
KOKKOS_INLINE_FUNCTION void adam_update(double alpha, double beta1, double beta2, double epsilon,
                                        int dim, const Gradient& g, Weights&& w, State& state) {
  state.beta1_power *= beta1;
  state.beta2_power *= beta2;
  const double first_correction = 1.0 - state.beta1_power;
  const double second_correction = 1.0 - state.beta2_power;
  for (int i = 0; i < dim; ++i) {
    state.first[i] = beta1 * state.first[i] + (1.0 - beta1) * g[i];
    state.second[i] = beta2 * state.second[i] + (1.0 - beta2) * (g[i] * g[i]);
    const double first_hat = state.first[i] / first_correction;
    const double second_hat = state.second[i] / second_correction;
    w[i] -= alpha * first_hat / (Math::sqrt(second_hat) + epsilon);
  }
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_ADAM_HPP
