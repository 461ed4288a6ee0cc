#ifndef OPTBENCH_SUITE_ENGINE_ND_TRAJECTORY_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_ND_TRAJECTORY_KERNEL_HPP

// The batched kernel for landscapes with a runtime dimension (up to thousands): one run per
// work item, as for the 2-D landscapes, with the run's parameters, gradient and optimizer
// memory in rows of [K, dim] Views laid out as the execution space prefers (rows contiguous
// on CPUs, runs interleaved on GPUs so that neighbouring work items read neighbouring
// words). Every sum over coordinates runs in index order inside one work item, so results do
// not depend on the thread count or the backend.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/kokkos_compat.hpp"
#include "suite/engine/record_plan.hpp"
#include "suite/engine/run_views.hpp"
#include "suite/optimizers/optimizer_settings.hpp"
#include "suite/optimizers/update.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::engine {

// A row read as w - shift: where a seeded instance evaluates its textbook landscape.
template <class View, class Shift>
struct ShiftedRow {
  RunRow<View> row;
  Shift shift;
  KOKKOS_INLINE_FUNCTION double operator[](int i) const { return row[i] - shift(i); }
};

template <class Space, class Landscape, class Math>
struct NdTrajectoryKernel {
  using Memory = typename Space::memory_space;
  using State = Kokkos::View<double**, typename Space::array_layout, Memory>;

  Landscape landscape;
  int dim;
  StopCheck check;
  RecordPlan plan;
  bool moved;  // a seeded instance, not the textbook function
  double offset;
  Kokkos::View<const double*, Memory> shift;  // [dim]
  RunInputs<Memory> in;
  RunOutputs<Memory> out;
  State w, g, first, second;  // [K, dim] working rows

  KOKKOS_INLINE_FUNCTION double evaluate(int k) const {
    const RunRow<State> weights{w, k};
    RunRow<State> gradient{g, k};
    if (!moved) return landscape.template value_and_gradient<Math>(weights, gradient);
    const ShiftedRow<State, Kokkos::View<const double*, Memory>> x{weights, shift};
    return landscape.template value_and_gradient<Math>(x, gradient) + offset;
  }

  KOKKOS_INLINE_FUNCTION void record(int k, std::int64_t r, double j, double norm) const {
    for (int i = 0; i < dim; ++i) out.params(k, r, i) = w(k, i);
    out.cost(k, r) = j;
    out.grad_norm(k, r) = norm;
  }

  KOKKOS_INLINE_FUNCTION bool bounded(int k, double j) const {
    bool within = compat::kmath::fabs(j) <= check.stop.diverge_above;
    for (int i = 0; i < dim; ++i) {
      within = within && compat::kmath::fabs(w(k, i)) <= check.stop.diverge_above;
    }
    return within;
  }

  KOKKOS_INLINE_FUNCTION void operator()(const int k) const {
    const optimizers::OptimizerSettings s = in.settings(k);
    for (int i = 0; i < dim; ++i) {
      w(k, i) = in.init(k, i);
      first(k, i) = 0.0;
      second(k, i) = 0.0;
    }
    optimizers::RowState<RunRow<State>> state{{first, k}, {second, k}};
    const RunRow<State> weights{w, k};
    const RunRow<State> gradient{g, k};

    for (std::int64_t t = 0;; ++t) {
      const double j = evaluate(k);
      double squares = 0.0;
      for (int i = 0; i < dim; ++i) squares += g(k, i) * g(k, i);
      const double norm = Math::sqrt(squares);

      const std::int64_t r = plan.record_at(t);
      if (r >= 0) record(k, r, j, norm);

      const int outcome = check.classify(bounded(k, j), j, norm, t);
      if (outcome >= 0) {
        for (std::int64_t rest = plan.first_record_after(t); rest < plan.count(); ++rest) {
          record(k, rest, j, norm);
        }
        out.status(k) = static_cast<std::int8_t>(outcome);
        out.stop_step(k) = t;
        return;
      }
      optimizers::apply_update<Math>(s, t, dim, gradient, weights, state);
    }
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_ND_TRAJECTORY_KERNEL_HPP
