#ifndef OPTBENCH_SUITE_ENGINE_REGRESSION_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_REGRESSION_KERNEL_HPP

// Mini-batch training of many runs on one regression dataset: one run per work item, its
// parameters, gradient and optimizer memory in rows of [K, P] Views. A launch trains every run
// through a block of epochs whose sample orders were drawn beforehand; what a run needs from
// one block to the next (Adam's powers, its update count, whether it still runs) lives in
// per-run Views. Gradients sum a batch's samples in the epoch's order and costs sum all
// samples in index order, inside one work item, so no result depends on the thread count.
//
// The full-data cost and gradient norm are evaluated at the end of every epoch, where the stop
// rule is checked, so where a run stops does not depend on what is recorded; records
// (RecordPlan over epochs) keep them at the recorded epochs. Parameters are checked for
// divergence after every update as well. A task's cost diverges when it exceeds
// diverge_above times cost_scale, the cost of the all-zero model: the data set the scale.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/kokkos_compat.hpp"
#include "landscapes/regression/epoch_order.hpp"
#include "landscapes/regression/linear_model.hpp"
#include "suite/engine/flatten.hpp"
#include "suite/engine/record_plan.hpp"
#include "suite/engine/run_views.hpp"
#include "suite/optimizers/update.hpp"

namespace optbench::engine {

// Draws the sample order of epochs [first_epoch, first_epoch + order.extent(0)), one epoch
// per work item.
template <class Memory>
struct EpochOrderKernel {
  std::uint64_t seed;
  std::int64_t first_epoch;
  Kokkos::View<std::int32_t**, Kokkos::LayoutRight, Memory> order;  // [epochs, m]

  KOKKOS_INLINE_FUNCTION void operator()(const int e) const {
    const auto m = static_cast<std::int64_t>(order.extent(1));
    const auto row = Kokkos::subview(order, e, Kokkos::ALL());
    landscapes::draw_epoch_order(seed, first_epoch + e, m, row);
  }
};

// What a run carries from one block of epochs to the next.
template <class Memory>
struct RunProgress {
  Kokkos::View<double* [2], Memory> powers;   // Adam's beta1^t and beta2^t
  Kokkos::View<std::int64_t*, Memory> updates;
  Kokkos::View<std::int8_t*, Memory> running;  // 1 until the run stops
  Kokkos::View<std::int64_t*, Memory> stop_epoch;

  explicit RunProgress(int runs)
      : powers("powers", runs), updates("updates", runs), running("running", runs),
        stop_epoch("stop_epoch", runs) {}
};

// Fixed > 0: every run has exactly Fixed parameters, known to the compiler (a line fit's 2),
// so its loops unroll and its parameters stay in registers; 0: P, known at run time.
template <class Space, class Math, int Fixed = 0>
struct RegressionKernel {
  using Memory = typename Space::memory_space;
  using State = Kokkos::View<double**, typename Space::array_layout, Memory>;
  using Rows = Kokkos::View<const double**, Kokkos::LayoutRight, Memory>;
  using Row = RunRow<State>;

  Rows x;  // [m, d] as the model sees them
  Rows y;  // [m, o]
  int d;
  int o;
  int P;
  StopCheck check;  // steps: epochs; target_value: the optimal cost
  RecordPlan plan;  // over epochs
  double cost_scale;  // (1/m) Σ_i Σ_j y_ij², or 1 when that is 0
  RunInputs<Memory> in;
  Kokkos::View<const std::int64_t*, Memory> batch_size;  // [K]
  RunOutputs<Memory> out;
  RunProgress<Memory> progress;
  State w, g, first, second;
  // This launch's block: epochs [first_epoch, first_epoch + order.extent(0)).
  std::int64_t first_epoch;
  Kokkos::View<const std::int32_t**, Kokkos::LayoutRight, Memory> order;

  KOKKOS_INLINE_FUNCTION int parameters() const { return Fixed > 0 ? Fixed : P; }

  KOKKOS_INLINE_FUNCTION std::int64_t samples() const {
    return static_cast<std::int64_t>(x.extent(0));
  }

  // Sample i itself: the full-data sums visit the samples in index order.
  struct InIndexOrder {
    KOKKOS_INLINE_FUNCTION std::int64_t operator()(std::int64_t i) const { return i; }
  };

  // Position p of an epoch's sample order (a row of `order`).
  struct InEpochOrder {
    const std::int32_t* row;
    KOKKOS_INLINE_FUNCTION std::int64_t operator()(std::int64_t p) const { return row[p]; }
  };

  // Column 0 of a row-major [m, 1] View read through its pointer, as add_sample indexes it:
  // the line fit's inner loop then needs no strides.
  struct Column {
    const double* values;
    KOKKOS_INLINE_FUNCTION double operator()(std::int64_t i, int) const { return values[i]; }
  };

  // Up to this many parameters a run's parameters, gradient and optimizer memory live in
  // local arrays (registers) through a block of epochs and go back to the rows at its end;
  // larger models work in the rows. The arithmetic, and so every bit, is the same.
  static constexpr int kLocalParameters = 20;

  // The summed squared errors of samples sample_at(begin .. end-1), in that order, with the
  // matching gradient sums (not yet divided) in `gradient`. A line fit (one feature, one
  // output) takes a path with its sizes known to the compiler; the arithmetic is the same.
  template <class Weights, class Gradient, class SampleAt>
  KOKKOS_INLINE_FUNCTION double accumulate(const Weights& weights, Gradient& gradient,
                                           std::int64_t begin, std::int64_t end,
                                           const SampleAt& sample_at) const {
    for (int p = 0; p < parameters(); ++p) gradient[p] = 0.0;
    double loss = 0.0;
    if (d == 1 && o == 1) {
      const Column xs{x.data()};
      const Column ys{y.data()};
      for (std::int64_t s = begin; s < end; ++s) {
        landscapes::add_sample(xs, ys, sample_at(s), 1, 1, weights, gradient, loss);
      }
      return loss;
    }
    for (std::int64_t s = begin; s < end; ++s) {
      landscapes::add_sample(x, y, sample_at(s), d, o, weights, gradient, loss);
    }
    return loss;
  }

  // The full-data cost and gradient norm; the full gradient is left in `gradient`.
  template <class Weights, class Gradient>
  KOKKOS_INLINE_FUNCTION double evaluate(const Weights& weights, Gradient& gradient,
                                         double& norm) const {
    const std::int64_t m = samples();
    const double loss = accumulate(weights, gradient, 0, m, InIndexOrder{});
    const double scale = 2.0 / static_cast<double>(m);
    double squares = 0.0;
    for (int p = 0; p < parameters(); ++p) {
      gradient[p] *= scale;
      squares += gradient[p] * gradient[p];
    }
    norm = Math::sqrt(squares);
    return loss / static_cast<double>(m);
  }

  template <class Weights>
  KOKKOS_INLINE_FUNCTION bool params_bounded(const Weights& weights) const {
    bool within = true;
    for (int p = 0; p < parameters(); ++p) {
      within = within && compat::kmath::fabs(weights[p]) <= check.stop.diverge_above;
    }
    return within;
  }

  template <class Weights>
  KOKKOS_INLINE_FUNCTION void record(int k, std::int64_t r, const Weights& weights, double j,
                                     double norm) const {
    for (int p = 0; p < parameters(); ++p) out.params(k, r, p) = weights[p];
    out.cost(k, r) = j;
    out.grad_norm(k, r) = norm;
  }

  // Ends run k in epoch `stop_epoch` (counted from 1; 0: before training) after `updates`
  // updates, its state filling every record after the `recorded` epochs already recorded.
  template <class Weights>
  KOKKOS_INLINE_FUNCTION void finish(int k, const Weights& weights, std::int64_t recorded,
                                     std::int64_t stop_epoch, std::int64_t updates, int outcome,
                                     double j, double norm) const {
    for (std::int64_t rest = plan.first_record_after(recorded); rest < plan.count(); ++rest) {
      record(k, rest, weights, j, norm);
    }
    out.status(k) = static_cast<std::int8_t>(outcome);
    out.stop_step(k) = updates;
    progress.stop_epoch(k) = stop_epoch;
    progress.running(k) = 0;
  }

  // After `epoch` epochs: evaluates, records when planned and applies the stop rule; false
  // when the run stopped there.
  template <class Weights, class Gradient>
  KOKKOS_INLINE_FUNCTION bool epoch_end(int k, const Weights& weights, Gradient& gradient,
                                        std::int64_t epoch, std::int64_t updates) const {
    const std::int64_t r = plan.record_at(epoch);
    double norm = 0.0;
    const double j = evaluate(weights, gradient, norm);
    if (r >= 0) record(k, r, weights, j, norm);
    const bool bounded =
        compat::kmath::fabs(j) <= check.stop.diverge_above * cost_scale && params_bounded(weights);
    const int outcome = check.classify(bounded, j, norm, epoch);
    if (outcome < 0) return true;
    finish(k, weights, epoch, epoch, updates, outcome, j, norm);
    return false;
  }

  // Trains run k through this launch's block of epochs with its working set in
  // (weights, gradient, state), which hold its state from the previous block.
  template <class Weights, class Gradient, class OptimizerState>
  KOKKOS_INLINE_FUNCTION void train_block(int k, Weights& weights, Gradient& gradient,
                                          OptimizerState& state) const {
    std::int64_t updates = 0;
    if (first_epoch == 0) {
      progress.running(k) = 1;
      if (!epoch_end(k, weights, gradient, 0, updates)) return;
    } else {
      updates = progress.updates(k);
    }
    if (progress.running(k) == 0) return;
    const optimizers::OptimizerSettings s = in.settings(k);
    const std::int64_t m = samples();
    const std::int64_t b = batch_size(k);
    const double full_batch_scale = 2.0 / static_cast<double>(b);
    const auto epochs = static_cast<int>(order.extent(0));
    for (int e = 0; e < epochs; ++e) {
      const std::int64_t epoch = first_epoch + e;  // epochs done before this one
      for (std::int64_t begin = 0; begin < m; begin += b) {
        const std::int64_t end = landscapes::batch_end(begin, b, m);
        accumulate(weights, gradient, begin, end, InEpochOrder{&order(e, 0)});
        const double scale =
            end - begin == b ? full_batch_scale : 2.0 / static_cast<double>(end - begin);
        for (int p = 0; p < parameters(); ++p) gradient[p] *= scale;
        optimizers::apply_update<Math>(s, updates, parameters(), gradient, weights, state);
        ++updates;
        if (!params_bounded(weights)) {
          double norm = 0.0;
          const double j = evaluate(weights, gradient, norm);
          finish(k, weights, epoch, epoch + 1, updates, static_cast<int>(RunStatus::kDiverged),
                 j, norm);
          return;
        }
      }
      if (!epoch_end(k, weights, gradient, epoch + 1, updates)) return;
    }
    progress.updates(k) = updates;
  }

  OPTBENCH_FLATTEN KOKKOS_INLINE_FUNCTION void operator()(const int k) const {
    const bool fresh = first_epoch == 0;
    if (!fresh && progress.running(k) == 0) return;
    if (Fixed > 0 || P <= kLocalParameters) {
      constexpr int kSize = Fixed > 0 ? Fixed : kLocalParameters;
      double weights[kSize];
      double gradient[kSize];
      optimizers::OptimizerState<kSize> state;
      for (int p = 0; p < parameters(); ++p) {
        weights[p] = fresh ? in.init(k, p) : w(k, p);
        state.first[p] = fresh ? 0.0 : first(k, p);
        state.second[p] = fresh ? 0.0 : second(k, p);
      }
      state.beta1_power = fresh ? 1.0 : progress.powers(k, 0);
      state.beta2_power = fresh ? 1.0 : progress.powers(k, 1);
      train_block(k, weights, gradient, state);
      for (int p = 0; p < parameters(); ++p) {
        w(k, p) = weights[p];
        first(k, p) = state.first[p];
        second(k, p) = state.second[p];
      }
      progress.powers(k, 0) = state.beta1_power;
      progress.powers(k, 1) = state.beta2_power;
      return;
    }
    Row weights{w, k};
    Row gradient{g, k};
    optimizers::RowState<Row> state{{first, k}, {second, k}, 1.0, 1.0};
    if (fresh) {
      for (int p = 0; p < parameters(); ++p) {
        w(k, p) = in.init(k, p);
        first(k, p) = 0.0;
        second(k, p) = 0.0;
      }
    } else {
      state.beta1_power = progress.powers(k, 0);
      state.beta2_power = progress.powers(k, 1);
    }
    train_block(k, weights, gradient, state);
    progress.powers(k, 0) = state.beta1_power;
    progress.powers(k, 1) = state.beta2_power;
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_REGRESSION_KERNEL_HPP
