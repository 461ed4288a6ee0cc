#ifndef OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP

// The batched kernel: every step of a run inside one kernel launch, parameters and optimizer
// state in registers (or the stack next to them). Runs never interact, so the result of a
// run does not depend on the backend's thread count or schedule, nor on which runs share a
// work item.
//
// A work item steps a block of kBlock runs together. Each run alone is a chain of dependent
// divisions and square roots that leaves a CPU core idle most of each step; independent runs
// side by side fill its pipeline. Every run still does exactly its own arithmetic in its own
// order, so the bits are those of one run per work item. A block whose runs use different
// optimizer kinds steps them one after the other. GPUs get one run per thread (kBlock 1), so
// that neighbouring threads read neighbouring runs.

#include <Kokkos_Core.hpp>

#include <cstdint>
#include <type_traits>

#include "backends/kokkos_compat.hpp"
#include "suite/engine/flatten.hpp"
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
  static constexpr int kBlock = std::is_same<Memory, Kokkos::HostSpace>::value ? 8 : 1;

  Landscape landscape;
  StopCheck check;
  RecordPlan plan;
  RunInputs<Memory> in;
  RunOutputs<Memory> out;

  // Work items for K runs.
  static int work_items(int runs) { return (runs + kBlock - 1) / kBlock; }

  // One run in flight.
  struct Lane {
    int k;
    optimizers::OptimizerSettings s;
    optimizers::OptimizerState<kDim> state;
    double w[kDim];
    double g[kDim];
    double j;
  };

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

  KOKKOS_INLINE_FUNCTION double gradient_norm(const double* g) const {
    double squares = 0.0;
    for (int i = 0; i < kDim; ++i) squares += g[i] * g[i];
    return Math::sqrt(squares);
  }

  // Records and the stop rule of a lane at step t (record r, or -1); true when its run ends
  // here. The gradient norm is computed only where something reads it: a record, grad_tol,
  // or the records an ending run fills; its bits are the same whenever it is computed.
  KOKKOS_INLINE_FUNCTION bool observe(const Lane& lane, std::int64_t t, std::int64_t r) const {
    const bool wants_norm = r >= 0 || check.stop.grad_tol >= 0.0;
    double norm = wants_norm ? gradient_norm(lane.g) : 0.0;
    if (r >= 0) record(lane.k, r, lane.w, lane.j, norm);
    const int outcome = check.classify(bounded(lane.w, lane.j), lane.j, norm, t);
    if (outcome < 0) return false;
    if (!wants_norm) norm = gradient_norm(lane.g);
    for (std::int64_t rest = plan.first_record_after(t); rest < plan.count(); ++rest) {
      record(lane.k, rest, lane.w, lane.j, norm);
    }
    out.status(lane.k) = static_cast<std::int8_t>(outcome);
    out.stop_step(lane.k) = t;
    return true;
  }

  // Steps `count` lanes of one optimizer kind until the first n have ended. Lanes past n pad
  // a short block, and lanes that have ended keep stepping unobserved: the work stays the
  // same for every lane, and nothing of theirs is written.
  template <optimizers::OptimizerKind Kind, int Count>
  KOKKOS_INLINE_FUNCTION void step_lanes(Lane* lanes, int n) const {
    bool ended[Count] = {};
    int live = n;
    for (std::int64_t t = 0;; ++t) {
      for (int b = 0; b < Count; ++b) {
        lanes[b].j = landscape.template value_and_gradient<Math>(lanes[b].w, lanes[b].g);
      }
      const std::int64_t r = plan.record_at(t);
      for (int b = 0; b < n; ++b) {
        if (!ended[b] && observe(lanes[b], t, r)) {
          ended[b] = true;
          --live;
        }
      }
      if (live == 0) return;
      for (int b = 0; b < Count; ++b) {
        optimizers::apply_update_as<Kind, Math>(lanes[b].s, t, kDim, lanes[b].g, lanes[b].w,
                                                lanes[b].state);
      }
    }
  }

  template <int Count>
  KOKKOS_INLINE_FUNCTION void step_by_kind(Lane* lanes, int n) const {
    using optimizers::OptimizerKind;
    switch (lanes[0].s.kind) {
      case OptimizerKind::kGd: step_lanes<OptimizerKind::kGd, Count>(lanes, n); break;
      case OptimizerKind::kMomentum: step_lanes<OptimizerKind::kMomentum, Count>(lanes, n); break;
      case OptimizerKind::kRmsprop: step_lanes<OptimizerKind::kRmsprop, Count>(lanes, n); break;
      case OptimizerKind::kAdam: step_lanes<OptimizerKind::kAdam, Count>(lanes, n); break;
    }
  }

  KOKKOS_INLINE_FUNCTION void load(Lane& lane, int k) const {
    lane.k = k;
    lane.s = in.settings(k);
    lane.state = optimizers::OptimizerState<kDim>{};
    for (int i = 0; i < kDim; ++i) lane.w[i] = in.init(k, i);
  }

  OPTBENCH_FLATTEN KOKKOS_INLINE_FUNCTION void operator()(const int item) const {
    const int runs = static_cast<int>(in.settings.extent(0));
    const int first = item * kBlock;
    const int n = runs - first < kBlock ? runs - first : kBlock;
    Lane lanes[kBlock];
    bool uniform = true;
    for (int b = 0; b < kBlock; ++b) {
      load(lanes[b], b < n ? first + b : first);
      uniform = uniform && lanes[b].s.kind == lanes[0].s.kind;
    }
    if (uniform) {
      step_by_kind<kBlock>(lanes, n);
      return;
    }
    for (int b = 0; b < n; ++b) step_by_kind<1>(&lanes[b], 1);
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
