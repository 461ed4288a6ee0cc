#ifndef OPTBENCH_SUITE_ENGINE_REGRESSION_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_REGRESSION_KERNEL_HPP

// Mini-batch training of many runs on one regression dataset: one run per work item, its
// parameters, gradient and optimizer memory in rows of [K, P] Views. A launch trains every run
// through a block of epochs whose sample orders were drawn beforehand; what a run needs from
// one block to the next (Adam's powers, its update count, whether it still runs) lives in
// per-run Views. Gradients sum a batch's samples in the epoch's order and costs sum all
// samples in index order, inside one work item, so no result depends on the thread count.
//
// Records are taken at epoch ends (RecordPlan over epochs): the full-data cost and gradient
// norm. The stop rule is checked at each record, and at every epoch end when it has a
// tolerance; parameters are checked for divergence after every update.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/kokkos_compat.hpp"
#include "landscapes/regression/epoch_order.hpp"
#include "landscapes/regression/linear_model.hpp"
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
    landscapes::draw_epoch_order(seed, first_epoch + e, m, Kokkos::subview(order, e, Kokkos::ALL()));
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

template <class Space, class Math>
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
  bool check_every_epoch;
  RunInputs<Memory> in;
  Kokkos::View<const std::int64_t*, Memory> batch_size;  // [K]
  RunOutputs<Memory> out;
  RunProgress<Memory> progress;
  State w, g, first, second;
  // This launch's block: epochs [first_epoch, first_epoch + order.extent(0)).
  std::int64_t first_epoch;
  Kokkos::View<const std::int32_t**, Kokkos::LayoutRight, Memory> order;

  KOKKOS_INLINE_FUNCTION std::int64_t samples() const { return static_cast<std::int64_t>(x.extent(0)); }

  // The full-data cost at row k's parameters; the full gradient is left in row k of g.
  KOKKOS_INLINE_FUNCTION double evaluate(int k, double& norm) const {
    const Row weights{w, k};
    Row gradient{g, k};
    for (int p = 0; p < P; ++p) g(k, p) = 0.0;
    double loss = 0.0;
    const std::int64_t m = samples();
    for (std::int64_t i = 0; i < m; ++i) {
      landscapes::add_sample(x, y, i, d, o, weights, gradient, loss);
    }
    const double scale = 2.0 / static_cast<double>(m);
    double squares = 0.0;
    for (int p = 0; p < P; ++p) {
      g(k, p) *= scale;
      squares += g(k, p) * g(k, p);
    }
    norm = Math::sqrt(squares);
    return loss / static_cast<double>(m);
  }

  KOKKOS_INLINE_FUNCTION bool params_bounded(int k) const {
    bool within = true;
    for (int p = 0; p < P; ++p) {
      within = within && compat::kmath::fabs(w(k, p)) <= check.stop.diverge_above;
    }
    return within;
  }

  KOKKOS_INLINE_FUNCTION void record(int k, std::int64_t r, double j, double norm) const {
    for (int p = 0; p < P; ++p) out.params(k, r, p) = w(k, p);
    out.cost(k, r) = j;
    out.grad_norm(k, r) = norm;
  }

  // Ends run k in epoch `stop_epoch` (counted from 1; 0: before training), its state filling
  // every record after the `recorded` epochs already recorded.
  KOKKOS_INLINE_FUNCTION void finish(int k, std::int64_t recorded, std::int64_t stop_epoch,
                                     int outcome, double j, double norm) const {
    for (std::int64_t rest = plan.first_record_after(recorded); rest < plan.count(); ++rest) {
      record(k, rest, j, norm);
    }
    out.status(k) = static_cast<std::int8_t>(outcome);
    out.stop_step(k) = progress.updates(k);
    progress.stop_epoch(k) = stop_epoch;
    progress.running(k) = 0;
  }

  // Evaluates after `epoch` epochs when a record or the stop rule needs it; false when the
  // run stopped there.
  KOKKOS_INLINE_FUNCTION bool epoch_end(int k, std::int64_t epoch) const {
    const std::int64_t r = plan.record_at(epoch);
    if (r < 0 && !check_every_epoch) return true;
    double norm = 0.0;
    const double j = evaluate(k, norm);
    if (r >= 0) record(k, r, j, norm);
    const bool bounded = compat::kmath::fabs(j) <= check.stop.diverge_above && params_bounded(k);
    const int outcome = check.classify(bounded, j, norm, epoch);
    if (outcome < 0) return true;
    finish(k, epoch, epoch, outcome, j, norm);
    return false;
  }

  KOKKOS_INLINE_FUNCTION void start(int k) const {
    for (int p = 0; p < P; ++p) {
      w(k, p) = in.init(k, p);
      first(k, p) = 0.0;
      second(k, p) = 0.0;
    }
    progress.powers(k, 0) = 1.0;
    progress.powers(k, 1) = 1.0;
    progress.updates(k) = 0;
    progress.running(k) = 1;
    epoch_end(k, 0);
  }

  // One update on the batch at positions [begin, end) of the epoch's order; false when the
  // parameters left the bounds.
  template <class State_>
  KOKKOS_INLINE_FUNCTION bool update(int k, const optimizers::OptimizerSettings& s, int e,
                                     std::int64_t begin, std::int64_t end, State_& state) const {
    const Row weights{w, k};
    Row gradient{g, k};
    for (int p = 0; p < P; ++p) g(k, p) = 0.0;
    double loss = 0.0;
    for (std::int64_t position = begin; position < end; ++position) {
      landscapes::add_sample(x, y, order(e, position), d, o, weights, gradient, loss);
    }
    const double scale = 2.0 / static_cast<double>(end - begin);
    for (int p = 0; p < P; ++p) g(k, p) *= scale;
    optimizers::apply_update<Math>(s, progress.updates(k), P, gradient, weights, state);
    progress.updates(k) += 1;
    return params_bounded(k);
  }

  KOKKOS_INLINE_FUNCTION void operator()(const int k) const {
    if (first_epoch == 0) start(k);
    if (progress.running(k) == 0) return;
    const optimizers::OptimizerSettings s = in.settings(k);
    const std::int64_t m = samples();
    const std::int64_t b = batch_size(k);
    optimizers::RowState<Row> state{{first, k}, {second, k}, progress.powers(k, 0),
                                    progress.powers(k, 1)};
    bool running = true;
    const auto epochs = static_cast<int>(order.extent(0));
    for (int e = 0; e < epochs && running; ++e) {
      const std::int64_t epoch = first_epoch + e;  // epochs done before this one
      for (std::int64_t begin = 0; begin < m && running; begin += b) {
        const std::int64_t end = landscapes::batch_end(begin, b, m);
        if (!update(k, s, e, begin, end, state)) {
          double norm = 0.0;
          const double j = evaluate(k, norm);
          finish(k, epoch, epoch + 1, static_cast<int>(RunStatus::kDiverged), j, norm);
          running = false;
        }
      }
      running = running && epoch_end(k, epoch + 1);
    }
    progress.powers(k, 0) = state.beta1_power;
    progress.powers(k, 1) = state.beta2_power;
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_REGRESSION_KERNEL_HPP
