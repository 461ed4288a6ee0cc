#ifndef OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP

// The batched kernel: one run per work item, parameters and optimizer state in registers,
// every step of a run inside one kernel launch. Runs never interact, so the result of a run
// does not depend on the backend's thread count or schedule.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/kokkos_compat.hpp"
#include "suite/engine/record_plan.hpp"
#include "suite/engine/run_views.hpp"
#include "suite/optimizers/optimizer_settings.hpp"
#include "suite/optimizers/update.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::engine {

template <class Space, class Landscape, class Math>
struct TrajectoryKernel {
  static constexpr int kDim = Landscape::kDim;
  using Memory = typename Space::memory_space;

  Landscape landscape;
  StopCheck check;
  RecordPlan plan;
  RunInputs<Memory> in;
  RunOutputs<Memory> out;

  KOKKOS_INLINE_FUNCTION void record(int k, std::int64_t r, const double* w, double j,
                                     double norm) const {
    for (int i = 0; i < kDim; ++i) out.params(k, r, i) = w[i];
    out.cost(k, r) = j;
    out.grad_norm(k, r) = norm;
  }

  KOKKOS_INLINE_FUNCTION bool bounded(const double* w, double j) const {
    bool within = compat::kmath::fabs(j) <= check.stop.diverge_above;
    for (int i = 0; i < kDim; ++i) {
      within = within && compat::kmath::fabs(w[i]) <= check.stop.diverge_above;
    }
    return within;
  }

  KOKKOS_INLINE_FUNCTION void operator()(const int k) const {
    const optimizers::OptimizerSettings s = in.settings(k);
    optimizers::OptimizerState<kDim> state;
    double w[kDim];
    double g[kDim];
    for (int i = 0; i < kDim; ++i) w[i] = in.init(k, i);

    for (std::int64_t t = 0;; ++t) {
      const double j = landscape.template value_and_gradient<Math>(w, g);
      double squares = 0.0;
      for (int i = 0; i < kDim; ++i) squares += g[i] * g[i];
      const double norm = Math::sqrt(squares);

      const std::int64_t r = plan.record_at(t);
      if (r >= 0) record(k, r, w, j, norm);

      const int outcome = check.classify(bounded(w, j), j, norm, t);
      if (outcome >= 0) {
        for (std::int64_t rest = plan.first_record_after(t); rest < plan.count(); ++rest) {
          record(k, rest, w, j, norm);
        }
        out.status(k) = static_cast<std::int8_t>(outcome);
        out.stop_step(k) = t;
        return;
      }
      optimizers::apply_update<Math>(s, t, kDim, g, w, state);
    }
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
