#ifndef OPTBENCH_SUITE_OPTIMIZERS_SCHEDULE_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_SCHEDULE_HPP

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "suite/optimizers/optimizer_settings.hpp"

namespace optbench::optimizers {

// inverse_time's rate of update t; with rate 0 it is learning_rate exactly (a division by 1).
KOKKOS_INLINE_FUNCTION double inverse_time_rate(double learning_rate, double rate,
                                                std::int64_t t) {
  return learning_rate / (1.0 + rate * static_cast<double>(t));
}

// The learning rate of update t (t = 0 for the first update).
KOKKOS_INLINE_FUNCTION double scheduled_rate(double learning_rate, const Schedule& schedule,
                                             std::int64_t t) {
  switch (schedule.kind) {
    case ScheduleKind::kInverseTime:
      return inverse_time_rate(learning_rate, schedule.rate, t);
    case ScheduleKind::kConstant: break;
  }
  return learning_rate;
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_SCHEDULE_HPP
