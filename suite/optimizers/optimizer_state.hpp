#ifndef OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_STATE_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_STATE_HPP

// Per-run optimizer memory. OptimizerState holds it in registers for compile-time
// dimensions; RowState points into Views for runtime ones. The update rules take either.

namespace optbench::optimizers {

template <int Dim>
struct OptimizerState {
  double first[Dim] = {};    // momentum's velocity, Adam's first moment
  double second[Dim] = {};   // RMSprop's and Adam's moving average of squared gradients
  double beta1_power = 1.0;  // beta1^t, for Adam's bias correction
  double beta2_power = 1.0;  // beta2^t
};

// A run's optimizer memory in rows of [K, dim] Views (Row: an indexable row accessor).
template <class Row>
struct RowState {
  Row first;
  Row second;
  double beta1_power = 1.0;
  double beta2_power = 1.0;
};

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_STATE_HPP
