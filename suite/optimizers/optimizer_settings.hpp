#ifndef OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_SETTINGS_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_SETTINGS_HPP

// The hyperparameters of one run's optimizer: plain data, copied to the device with the run.

#include <cstdint>

namespace optbench::optimizers {

enum class OptimizerKind : std::int8_t { kGd, kMomentum, kRmsprop, kAdam };

// Whose update formulas a run follows (see DESIGN.md, "Update rules"). The article's
// convention: momentum as an exponential moving average, RMSprop with epsilon outside the
// root, Adam bias-corrected with 1 - beta^t.
enum class Convention : std::int8_t { kArticle };

// Learning-rate schedule over the update index t = 0, 1, 2, ...
//   constant:      alpha_t = alpha
//   inverse_time:  alpha_t = alpha / (1 + rate * t)
enum class ScheduleKind : std::int8_t { kConstant, kInverseTime };

struct Schedule {
  ScheduleKind kind = ScheduleKind::kConstant;
  double rate = 0.0;
};

// Unused fields hold 0; the store writes NaN for them so that a reader sees what applies.
struct OptimizerSettings {
  OptimizerKind kind = OptimizerKind::kGd;
  Convention convention = Convention::kArticle;
  double learning_rate = 0.0;  // alpha > 0
  double beta = 0.0;           // momentum and RMSprop: decay of the moving average, [0, 1)
  double beta1 = 0.0;          // Adam: decay of the first moment, [0, 1)
  double beta2 = 0.0;          // Adam: decay of the second moment, [0, 1)
  double epsilon = 0.0;        // RMSprop and Adam: added to the root, > 0
  Schedule schedule;
};

const char* to_string(OptimizerKind kind);
const char* to_string(Convention convention);
const char* to_string(ScheduleKind kind);

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_OPTIMIZER_SETTINGS_HPP
