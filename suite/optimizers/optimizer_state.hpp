#ifndef OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_STATE_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_STATE_HPP

// Per-run optimizer memory, sized at compile time so that it lives in registers.

namespace optbench::optimizers {

template <int Dim>
struct OptimizerState {
  double first[Dim] = {};    // momentum's velocity, Adam's first moment
  double second[Dim] = {};   // RMSprop's and Adam's moving average of squared gradients
  double beta1_power = 1.0;  // beta1^t, for Adam's bias correction
  double beta2_power = 1.0;  // beta2^t
};

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_STATE_HPP
