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

// An update for runs stepped side by side, in two parts that give the bits of apply_update
// (below): begin_update once per run and update, then update_coordinate for each coordinate.
// They take plain numbers, so that runs whose settings lie side by side can share vector
// instructions.

// The numbers one run's update reads (those its kind does not use are ignored).
struct UpdateRule {
  double alpha;  // the schedule's rate for this update
  double beta;
  double beta1;
  double beta2;
  double epsilon;
  AdamCorrections corrections;
};

template <OptimizerKind Kind>
KOKKOS_INLINE_FUNCTION AdamCorrections begin_update(double beta1, double beta2,
                                                    double& beta1_power, double& beta2_power) {
  if constexpr (Kind == OptimizerKind::kAdam) {
    return adam_corrections(beta1, beta2, beta1_power, beta2_power);
  } else {
    return {};
  }
}

template <OptimizerKind Kind, class Math>
KOKKOS_INLINE_FUNCTION void update_coordinate(const UpdateRule& u, double g, double& w,
                                              double& first, double& second) {
  if constexpr (Kind == OptimizerKind::kGd) {
    gd_coordinate(u.alpha, g, w);
  } else if constexpr (Kind == OptimizerKind::kMomentum) {
    momentum_coordinate(u.alpha, u.beta, g, w, first);
  } else if constexpr (Kind == OptimizerKind::kRmsprop) {
    rmsprop_coordinate<Math>(u.alpha, u.beta, u.epsilon, g, w, second);
  } else {
    adam_coordinate<Math>(u.alpha, u.beta1, u.beta2, u.epsilon, u.corrections, g, w, first,
                          second);
  }
}

// Update t (0 for the first) of an optimizer of kind Kind, known at compile time, at the
// schedule's rate, to the dim coordinates of w given the gradient g at w. w, g and the state's
// `first` and `second` are anything indexable with [i]: register arrays for compile-time
// dimensions (the loops then unroll), View rows for runtime ones.
template <OptimizerKind Kind, class Math, class Gradient, class Weights, class State>
KOKKOS_INLINE_FUNCTION void apply_update_as(const OptimizerSettings& s, std::int64_t t, int dim,
                                            const Gradient& g, Weights&& w, State& state) {
  const double alpha = scheduled_rate(s.learning_rate, s.schedule, t);
  if constexpr (Kind == OptimizerKind::kGd) {
    gd_update(alpha, dim, g, w);
  } else if constexpr (Kind == OptimizerKind::kMomentum) {
    momentum_update(alpha, s.beta, dim, g, w, state);
  } else if constexpr (Kind == OptimizerKind::kRmsprop) {
    rmsprop_update<Math>(alpha, s.beta, s.epsilon, dim, g, w, state);
  } else {
    adam_update<Math>(alpha, s.beta1, s.beta2, s.epsilon, dim, g, w, state);
  }
}

// The same for the kind in the settings.
template <class Math, class Gradient, class Weights, class State>
KOKKOS_INLINE_FUNCTION void apply_update(const OptimizerSettings& s, std::int64_t t, int dim,
                                         const Gradient& g, Weights&& w, State& state) {
  switch (s.kind) {
    case OptimizerKind::kGd:
      apply_update_as<OptimizerKind::kGd, Math>(s, t, dim, g, w, state);
      break;
    case OptimizerKind::kMomentum:
      apply_update_as<OptimizerKind::kMomentum, Math>(s, t, dim, g, w, state);
      break;
    case OptimizerKind::kRmsprop:
      apply_update_as<OptimizerKind::kRmsprop, Math>(s, t, dim, g, w, state);
      break;
    case OptimizerKind::kAdam:
      apply_update_as<OptimizerKind::kAdam, Math>(s, t, dim, g, w, state);
      break;
  }
}

}  // namespace optbench::optimizers

#endif  // OPTBENCH_SUITE_OPTIMIZERS_UPDATE_HPP
