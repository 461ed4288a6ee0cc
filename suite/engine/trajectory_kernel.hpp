#ifndef OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP

// The batched kernel: one run per work item, parameters and optimizer state in registers,
// every step of a run inside one kernel launch. Runs never interact, so the result of a run
// does not depend on the backend's thread count or schedule.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/kokkos_compat.hpp"
#include "suite/engine/record_plan.hpp"
#include "suite/engine/run_status.hpp"
#include "suite/optimizers/optimizer_settings.hpp"
#include "suite/optimizers/update.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::engine {

template <class Space, class Landscape, class Math>
struct TrajectoryKernel {
  static constexpr int kDim = Landscape::kDim;
  using Memory = typename Space::memory_space;
  template <class T>
  using Array = Kokkos::View<T, Kokkos::LayoutRight, Memory>;

  Landscape landscape;
  scenario::StopRule stop;
  double target_value;  // J*, the known global minimum value, for cost_tol
  RecordPlan plan;
  Array<const optimizers::OptimizerSettings*> settings;  // [K]
  Array<const double**> init;                            // [K, dim]
  Array<double***> params;                               // [K, R, dim]
  Array<double**> cost;                                  // [K, R]
  Array<double**> grad_norm;                             // [K, R]
  Array<std::int8_t*> status;                            // [K]
  Array<std::int64_t*> stop_step;                        // [K]

  KOKKOS_INLINE_FUNCTION void record(int k, std::int64_t r, const double* w, double j,
                                     double norm) const {
    for (int i = 0; i < kDim; ++i) params(k, r, i) = w[i];
    cost(k, r) = j;
    grad_norm(k, r) = norm;
  }

  // The status of a run at a step with cost j and gradient norm `norm`, or -1 to go on.
  KOKKOS_INLINE_FUNCTION int classify(const double* w, double j, double norm,
                                      std::int64_t t) const {
    // NaN fails every comparison, so `bounded` is false for NaN as for overflow.
    bool bounded = compat::kmath::fabs(j) <= stop.diverge_above;
    for (int i = 0; i < kDim; ++i) {
      bounded = bounded && compat::kmath::fabs(w[i]) <= stop.diverge_above;
    }
    if (!bounded) {
      return static_cast<int>(RunStatus::kDiverged);
    }
    const bool near_target = stop.cost_tol >= 0.0 && j - target_value <= stop.cost_tol;
    const bool flat = stop.grad_tol >= 0.0 && norm <= stop.grad_tol;
    if (near_target || flat) {
      return static_cast<int>(RunStatus::kConverged);
    }
    return t == plan.steps ? static_cast<int>(RunStatus::kMaxSteps) : -1;
  }

  KOKKOS_INLINE_FUNCTION void operator()(const int k) const {
    const optimizers::OptimizerSettings s = settings(k);
    optimizers::OptimizerState<kDim> state;
    double w[kDim];
    double g[kDim];
    for (int i = 0; i < kDim; ++i) w[i] = init(k, i);

    for (std::int64_t t = 0;; ++t) {
      const double j = landscape.template value_and_gradient<Math>(w, g);
      double squares = 0.0;
      for (int i = 0; i < kDim; ++i) squares += g[i] * g[i];
      const double norm = Math::sqrt(squares);

      const std::int64_t r = plan.record_at(t);
      if (r >= 0) record(k, r, w, j, norm);

      const int outcome = classify(w, j, norm, t);
      if (outcome >= 0) {
        for (std::int64_t rest = plan.first_record_after(t); rest < plan.count(); ++rest) {
          record(k, rest, w, j, norm);
        }
        status(k) = static_cast<std::int8_t>(outcome);
        stop_step(k) = t;
        return;
      }
      optimizers::apply_update<Math>(s, t, kDim, g, w, state);
    }
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
