#ifndef OPTBENCH_SUITE_ENGINE_RUN_VIEWS_HPP
#define OPTBENCH_SUITE_ENGINE_RUN_VIEWS_HPP

// What every trajectory kernel reads and writes, whatever its dimension handling: the runs'
// settings and initial points going in, the records and end states coming out, and the stop
// rule that decides between them.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "suite/engine/record_plan.hpp"
#include "suite/engine/run_status.hpp"
#include "suite/optimizers/optimizer_settings.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::engine {

template <class Memory>
struct RunInputs {
  template <class T>
  using Array = Kokkos::View<T, Kokkos::LayoutRight, Memory>;
  Array<const optimizers::OptimizerSettings*> settings;  // [K]
  Array<const double**> init;                            // [K, dim]
};

// Uploads a study's runs through host mirrors.
template <class Memory>
RunInputs<Memory> upload_runs(const scenario::Study& study, int dim) {
  const auto K = static_cast<int>(study.runs.size());
  typename RunInputs<Memory>::template Array<optimizers::OptimizerSettings*> settings("settings",
                                                                                      K);
  typename RunInputs<Memory>::template Array<double**> init("init", K, dim);
  auto settings_host = Kokkos::create_mirror_view(settings);
  auto init_host = Kokkos::create_mirror_view(init);
  for (int k = 0; k < K; ++k) {
    settings_host(k) = study.runs[k].optimizer;
    for (int i = 0; i < dim; ++i) init_host(k, i) = study.runs[k].init[i];
  }
  Kokkos::deep_copy(settings, settings_host);
  Kokkos::deep_copy(init, init_host);
  return {settings, init};
}

template <class Memory>
struct RunOutputs {
  template <class T>
  using Array = Kokkos::View<T, Kokkos::LayoutRight, Memory>;
  Array<double***> params;         // [K, R, dim]
  Array<double**> cost;            // [K, R]
  Array<double**> grad_norm;       // [K, R]
  Array<std::int8_t*> status;      // [K]
  Array<std::int64_t*> stop_step;  // [K]

  RunOutputs(int runs, std::int64_t records, int dim)
      : params("params", runs, records, dim),
        cost("cost", runs, records),
        grad_norm("grad_norm", runs, records),
        status("status", runs),
        stop_step("stop_step", runs) {}
};

// Row k of a [K, dim] View, indexable like an array.
template <class View>
struct RunRow {
  View view;
  int k;
  KOKKOS_INLINE_FUNCTION double& operator[](int i) const { return view(k, i); }
};

// The stop rule applied at step t of a run: its status, or -1 to go on. `bounded`: the cost
// and every parameter are within diverge_above (false for NaN, which fails every comparison).
struct StopCheck {
  scenario::StopRule stop;
  double target_value;  // J*, the known global minimum value, for cost_tol
  std::int64_t steps;

  KOKKOS_INLINE_FUNCTION int classify(bool bounded, double j, double norm, std::int64_t t) const {
    if (!bounded) return static_cast<int>(RunStatus::kDiverged);
    const bool near_target = stop.cost_tol >= 0.0 && j - target_value <= stop.cost_tol;
    const bool flat = stop.grad_tol >= 0.0 && norm <= stop.grad_tol;
    if (near_target || flat) return static_cast<int>(RunStatus::kConverged);
    return t == steps ? static_cast<int>(RunStatus::kMaxSteps) : -1;
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_RUN_VIEWS_HPP
