#ifndef OPTBENCH_SUITE_OPTIMIZERS_UPDATE_HPP
#define OPTBENCH_SUITE_OPTIMIZERS_UPDATE_HPP

// One optimizer step for any kind: the engine's only entry into suite/optimizers/.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "suite/optimizers/adam.hpp"
#include "suite/optimizers/gd.hpp"
#include "suite/optimizers/momentum.hpp"
#include "suite/optimizers/optimizer_settings.hpp"
#include "suite/optimizers/optimizer_state.hpp"
#include "suite/optimizers/rmsprop.hpp"
#include "suite/optimizers/schedule.hpp"

namespace optbench::optimizers {

// Applies update t (0 for the first) to w given the gradient g at w.
template <int Dim, class Math>
KOKKOS_INLINE_FUNCTION void apply_update(const OptimizerSettings& s, std::int64_t t,
                                         const double* g, double* w,
                                         OptimizerState<Dim>& state) {
  const double alpha = scheduled_rate(s.learning_rate, s.schedule, t);
  switch (s.kind) {
    case OptimizerKind::kGd:
      gd_update<Dim>(alpha, g, w);
      break;
    case OptimizerKind::kMomentum:
      momentum_update<Dim>(alpha, s.beta, g, w, state);
      break;
    case OptimizerKind::kRmsprop:
      rmsprop_update<Dim, Math>(alpha, s.beta, s.epsilon, g, w, state);
      break;
    case OptimizerKind::kAdam:
      adam_update<Dim, Math>(alpha, s.beta1, s.beta2, s.epsilon, g, w, state);
      break;
  }
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_UPDATE_HPP
