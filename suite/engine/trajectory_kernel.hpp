#ifndef OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_TRAJECTORY_KERNEL_HPP

// The batched kernel: every step of a run inside one kernel launch, parameters and optimizer
// state in registers (or the stack next to them). Runs never interact, so the result of a
// run does not depend on the backend's thread count or schedule, nor on which runs share a
// work item.
//
// A work item steps a block of kBlock runs together. Each run alone is a chain of dependent
// divisions and square roots that leaves a CPU core idle most of each step; independent runs
// side by side fill its pipeline, and one pass over the block per step (cost, gradient, stop
// test and update, free of branches) lets the compiler give the lanes vector instructions.
// Every run still does exactly its own arithmetic in its own order, so the bits are those of
// one run per work item. A block whose runs use different optimizer kinds, or with few runs,
// steps them one after the other. GPUs get one run per thread (kBlock 1), so that
// neighbouring threads read neighbouring runs.

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
  static constexpr int kBlock = std::is_same<Memory, Kokkos::HostSpace>::value ? 16 : 1;

  Landscape landscape;
  StopCheck check;
  RecordPlan plan;
  RunInputs<Memory> in;
  RunOutputs<Memory> out;

  // Work items for K runs.
  static int work_items(int runs) { return (runs + kBlock - 1) / kBlock; }

  // The runs of a work item in flight, coordinate-major (w[i][b] for lane b) so that one
  // coordinate of all lanes is contiguous and lanes can share vector instructions; the
  // settings the updates read lie side by side for the same reason.
  template <int Count>
  struct Block {
    int k[Count];
    optimizers::OptimizerKind kind;
    double learning_rate[Count];
    double decay[Count];  // inverse_time's rate, 0 for a constant schedule
    double beta[Count];
    double beta1[Count];
    double beta2[Count];
    double epsilon[Count];
    double w[kDim][Count];
    double first[kDim][Count];
    double second[kDim][Count];
    double beta1_power[Count];
    double beta2_power[Count];
    double live[Count];  // 1 while the run goes on, 0 once it has ended (or pads the block)
    // What the observer reads of step t: the parameters before its update, their cost and
    // gradient.
    double seen_w[kDim][Count];
    double seen_g[kDim][Count];
    double seen_j[Count];
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
      w[i] = blk.seen_w[i][b];
      g[i] = blk.seen_g[i][b];
    }
    const double j = blk.seen_j[b];
    const bool wants_norm = r >= 0 || check.stop.grad_tol >= 0.0;
    double norm = wants_norm ? gradient_norm(g) : 0.0;
    if (r >= 0) record(blk.k[b], r, w, j, norm);
    const int outcome = check.classify(bounded(w, j), j, norm, t);
    if (outcome < 0) return false;
    if (!wants_norm) norm = gradient_norm(g);
    for (std::int64_t rest = plan.first_record_after(t); rest < plan.count(); ++rest) {
      record(blk.k[b], rest, w, j, norm);
    }
    out.status(blk.k[b]) = static_cast<std::int8_t>(outcome);
    out.stop_step(blk.k[b]) = t;
    return true;
  }

  // Step t of every lane in one pass: cost and gradient (kept for the observer), then the
  // update. Returns whether a live lane (live[b] = 1) may need its observer at t: a cost or
  // parameter beyond the bound (or NaN), or a cost within the target. The test is
  // branch-free, so the common case costs a few vector instructions; a lane's update does
  // not depend on it, and a lane that ends at t has its update thrown away unread.
  template <optimizers::OptimizerKind Kind, bool Decay, int Count>
  KOKKOS_INLINE_FUNCTION bool step_all(Block<Count>& blk, std::int64_t t) const {
    const double bound = check.stop.diverge_above;
    const bool targets = check.stop.cost_tol >= 0.0;
    double restless[Count];
    for (int b = 0; b < Count; ++b) {
      double w[kDim];
      double g[kDim];
      for (int i = 0; i < kDim; ++i) w[i] = blk.w[i][b];
      const double j = landscape.template value_and_gradient<Math>(w, g);
      bool within = compat::kmath::fabs(j) <= bound;
      for (int i = 0; i < kDim; ++i) within = within & (compat::kmath::fabs(w[i]) <= bound);
      const bool near = targets & (j - check.target_value <= check.stop.cost_tol);
      restless[b] = (within & !near) ? 0.0 : blk.live[b];
      blk.seen_j[b] = j;
      for (int i = 0; i < kDim; ++i) {
        blk.seen_w[i][b] = w[i];
        blk.seen_g[i][b] = g[i];
      }
      const double alpha =
          Decay ? optimizers::inverse_time_rate(blk.learning_rate[b], blk.decay[b], t)
                : blk.learning_rate[b];
      const optimizers::UpdateRule rule{
          alpha,          blk.beta[b],    blk.beta1[b],
          blk.beta2[b],   blk.epsilon[b],
          optimizers::begin_update<Kind>(blk.beta1[b], blk.beta2[b], blk.beta1_power[b],
                                         blk.beta2_power[b])};
      for (int i = 0; i < kDim; ++i) {
        optimizers::update_coordinate<Kind, Math>(rule, g[i], w[i], blk.first[i][b],
                                                  blk.second[i][b]);
        blk.w[i][b] = w[i];
      }
    }
    bool any = false;
    for (int b = 0; b < Count; ++b) any = any | (restless[b] != 0.0);
    return any;
  }

  // Steps the first `Count` lanes, all of one optimizer kind, until the first n have ended.
  // Lanes past n pad a short block, and lanes that have ended keep stepping unobserved: the
  // work stays the same for every lane, and nothing of theirs is written.
  template <optimizers::OptimizerKind Kind, bool Decay, int Count>
  KOKKOS_INLINE_FUNCTION void step_lanes(Block<Count>& blk, int n) const {
    for (int b = 0; b < Count; ++b) blk.live[b] = b < n ? 1.0 : 0.0;
    int running = n;
    const bool always_observe = check.stop.grad_tol >= 0.0;
    for (std::int64_t t = 0;; ++t) {
      const bool restless = step_all<Kind, Decay, Count>(blk, t);
      const std::int64_t r = plan.record_at(t);
      if (restless || always_observe || r >= 0 || t == check.steps) {
        for (int b = 0; b < n; ++b) {
          if (blk.live[b] != 0.0 && observe(blk, b, t, r)) {
            blk.live[b] = 0.0;
            --running;
          }
        }
        if (running == 0) return;
      }
    }
  }

  template <optimizers::OptimizerKind Kind, int Count>
  KOKKOS_INLINE_FUNCTION void step_by_schedule(Block<Count>& blk, int n) const {
    bool decays = false;
    for (int b = 0; b < Count; ++b) decays = decays || blk.decay[b] != 0.0;
    if (decays) {
      step_lanes<Kind, true, Count>(blk, n);
    } else {
      step_lanes<Kind, false, Count>(blk, n);
    }
  }

  template <int Count>
  KOKKOS_INLINE_FUNCTION void step_by_kind(Block<Count>& blk, int n) const {
    using optimizers::OptimizerKind;
    switch (blk.kind) {
      case OptimizerKind::kGd: step_by_schedule<OptimizerKind::kGd, Count>(blk, n); break;
      case OptimizerKind::kMomentum:
        step_by_schedule<OptimizerKind::kMomentum, Count>(blk, n);
        break;
      case OptimizerKind::kRmsprop:
        step_by_schedule<OptimizerKind::kRmsprop, Count>(blk, n);
        break;
      case OptimizerKind::kAdam: step_by_schedule<OptimizerKind::kAdam, Count>(blk, n); break;
    }
  }

  // Lanes of runs first, first + 1, ...; lanes past n repeat run `first`.
  template <int Count>
  KOKKOS_INLINE_FUNCTION void load(Block<Count>& blk, int first, int n) const {
    blk.kind = in.settings(first).kind;
    for (int b = 0; b < Count; ++b) {
      const int k = b < n ? first + b : first;
      const optimizers::OptimizerSettings& s = in.settings(k);
      blk.k[b] = k;
      blk.learning_rate[b] = s.learning_rate;
      blk.decay[b] =
          s.schedule.kind == optimizers::ScheduleKind::kInverseTime ? s.schedule.rate : 0.0;
      blk.beta[b] = s.beta;
      blk.beta1[b] = s.beta1;
      blk.beta2[b] = s.beta2;
      blk.epsilon[b] = s.epsilon;
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
    // A block costs about as much as a few runs stepped alone, whose chains of dependent
    // operations leave the core idle: a short block of few runs is cheaper one by one.
    if (uniform && n * 4 > kBlock) {
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
