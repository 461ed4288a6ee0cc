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

  // The runs of a work item in flight, coordinate-major (w[i][b] for lane b) so that one
  // coordinate of all lanes is contiguous and lanes can share vector instructions.
  template <int Count>
  struct Block {
    int k[Count];
    optimizers::OptimizerSettings s[Count];
    double w[kDim][Count];
    double g[kDim][Count];
    double first[kDim][Count];
    double second[kDim][Count];
    double beta1_power[Count];
    double beta2_power[Count];
    double j[Count];
    double alpha[Count];
  };

  // Coordinate i of one lane, indexable as the update rules expect.
  template <int Count>
  struct Column {
    double* p;
    KOKKOS_INLINE_FUNCTION double& operator[](int i) const { return p[i * Count]; }
  };

  // One lane's optimizer memory, in the shape the update rules take (OptimizerState).
  template <int Count>
  struct LaneState {
    Column<Count> first;
    Column<Count> second;
    double& beta1_power;
    double& beta2_power;
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

  // Records and the stop rule of lane b at step t (record r, or -1); true when its run ends
  // here. The gradient norm is computed only where something reads it: a record, grad_tol,
  // or the records an ending run fills; its bits are the same whenever it is computed.
  template <int Count>
  KOKKOS_INLINE_FUNCTION bool observe(const Block<Count>& blk, int b, std::int64_t t,
                                      std::int64_t r) const {
    double w[kDim];
    double g[kDim];
    for (int i = 0; i < kDim; ++i) {
      w[i] = blk.w[i][b];
      g[i] = blk.g[i][b];
    }
    const bool wants_norm = r >= 0 || check.stop.grad_tol >= 0.0;
    double norm = wants_norm ? gradient_norm(g) : 0.0;
    if (r >= 0) record(blk.k[b], r, w, blk.j[b], norm);
    const int outcome = check.classify(bounded(w, blk.j[b]), blk.j[b], norm, t);
    if (outcome < 0) return false;
    if (!wants_norm) norm = gradient_norm(g);
    for (std::int64_t rest = plan.first_record_after(t); rest < plan.count(); ++rest) {
      record(blk.k[b], rest, w, blk.j[b], norm);
    }
    out.status(blk.k[b]) = static_cast<std::int8_t>(outcome);
    out.stop_step(blk.k[b]) = t;
    return true;
  }

  // Whether step t can need anything of lane b's observer: a record, a gradient tolerance,
  // the last step, or a cost beyond the bound or within the target. Branch-free, so the
  // common case (none of these) is decided for all lanes in a few vector instructions.
  template <int Count>
  KOKKOS_INLINE_FUNCTION bool calm(const Block<Count>& blk, int b) const {
    bool within = compat::kmath::fabs(blk.j[b]) <= check.stop.diverge_above;
    for (int i = 0; i < kDim; ++i) {
      within = within & (compat::kmath::fabs(blk.w[i][b]) <= check.stop.diverge_above);
    }
    const bool near_target = (check.stop.cost_tol >= 0.0) &
                             (blk.j[b] - check.target_value <= check.stop.cost_tol);
    return within & !near_target;
  }

  // Steps the first `Count` lanes, all of one optimizer kind, until the first n have ended.
  // Lanes past n pad a short block, and lanes that have ended keep stepping unobserved: the
  // work stays the same for every lane, and nothing of theirs is written.
  template <optimizers::OptimizerKind Kind, int Count>
  KOKKOS_INLINE_FUNCTION void step_lanes(Block<Count>& blk, int n) const {
    bool ended[Count] = {};
    int live = n;
    const bool always_observe = check.stop.grad_tol >= 0.0;
    for (std::int64_t t = 0;; ++t) {
      for (int b = 0; b < Count; ++b) {
        double w[kDim];
        double g[kDim];
        for (int i = 0; i < kDim; ++i) w[i] = blk.w[i][b];
        blk.j[b] = landscape.template value_and_gradient<Math>(w, g);
        for (int i = 0; i < kDim; ++i) blk.g[i][b] = g[i];
      }
      const std::int64_t r = plan.record_at(t);
      bool quiet = !always_observe && r < 0 && t != check.steps;
      for (int b = 0; b < Count; ++b) quiet = quiet & (ended[b] | calm(blk, b));
      if (!quiet) {
        for (int b = 0; b < n; ++b) {
          if (!ended[b] && observe(blk, b, t, r)) {
            ended[b] = true;
            --live;
          }
        }
        if (live == 0) return;
      }
      for (int b = 0; b < Count; ++b) {
        blk.alpha[b] = optimizers::scheduled_rate(blk.s[b].learning_rate, blk.s[b].schedule, t);
      }
      for (int b = 0; b < Count; ++b) {
        LaneState<Count> state{{&blk.first[0][b]}, {&blk.second[0][b]}, blk.beta1_power[b],
                               blk.beta2_power[b]};
        optimizers::apply_update_at_rate<Kind, Math>(blk.alpha[b], blk.s[b], kDim,
                                                     Column<Count>{&blk.g[0][b]},
                                                     Column<Count>{&blk.w[0][b]}, state);
      }
    }
  }

  template <int Count>
  KOKKOS_INLINE_FUNCTION void step_by_kind(Block<Count>& blk, int n) const {
    using optimizers::OptimizerKind;
    switch (blk.s[0].kind) {
      case OptimizerKind::kGd: step_lanes<OptimizerKind::kGd, Count>(blk, n); break;
      case OptimizerKind::kMomentum: step_lanes<OptimizerKind::kMomentum, Count>(blk, n); break;
      case OptimizerKind::kRmsprop: step_lanes<OptimizerKind::kRmsprop, Count>(blk, n); break;
      case OptimizerKind::kAdam: step_lanes<OptimizerKind::kAdam, Count>(blk, n); break;
    }
  }

  // Lanes of runs first, first + 1, ...; lanes past n repeat run `first`.
  template <int Count>
  KOKKOS_INLINE_FUNCTION void load(Block<Count>& blk, int first, int n) const {
    for (int b = 0; b < Count; ++b) {
      const int k = b < n ? first + b : first;
      blk.k[b] = k;
      blk.s[b] = in.settings(k);
      for (int i = 0; i < kDim; ++i) {
        blk.w[i][b] = in.init(k, i);
        blk.first[i][b] = 0.0;
        blk.second[i][b] = 0.0;
      }
      blk.beta1_power[b] = 1.0;
      blk.beta2_power[b] = 1.0;
    }
  }

  OPTBENCH_FLATTEN KOKKOS_INLINE_FUNCTION void operator()(const int item) const {
    const int runs = static_cast<int>(in.settings.extent(0));
    const int first = item * kBlock;
    const int n = runs - first < kBlock ? runs - first : kBlock;
    bool uniform = true;
    for (int b = 1; b < n; ++b) {
      uniform = uniform && in.settings(first + b).kind == in.settings(first).kind;
    }
    if (uniform) {
      Block<kBlock> blk;
      load(blk, first, n);
      step_by_kind<kBlock>(blk, n);
      return;
    }
    for (int b = 0; b < n; ++b) {
      Block<1> one;
      load(one, first + b, 1);
      step_by_kind<1>(one, 1);
    }
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
