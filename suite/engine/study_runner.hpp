#ifndef OPTBENCH_SUITE_ENGINE_STUDY_RUNNER_HPP
#define OPTBENCH_SUITE_ENGINE_STUDY_RUNNER_HPP

// Host side of a study on one execution space: upload the runs, launch the kernel for the
// study's landscape, time it, and copy the results back. Included only by the per-backend
// translation units (study_runner_<backend>.cpp).

#include <Kokkos_Core.hpp>

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "backends/native_math.hpp"
#include "backends/portable_math.hpp"
#include "landscapes/catalog.hpp"
#include "landscapes/registry.hpp"
#include "landscapes/instance.hpp"
#include "landscapes/nd/nd_catalog.hpp"
#include "suite/engine/grid_kernel.hpp"
#include "suite/engine/nd_trajectory_kernel.hpp"
#include "suite/engine/run_study.hpp"
#include "suite/engine/task_runner.hpp"
#include "suite/engine/timed_launches.hpp"
#include "suite/engine/trajectory_kernel.hpp"

namespace optbench::engine {
namespace detail {

// The stop rule with J*, the lowest known minimum value of the study's landscape (its
// instance's), or -infinity where none is known (cost_tol then never fires).
inline StopCheck stop_check(const scenario::Study& study) {
  const landscapes::LandscapeInfo info = landscapes::describe_landscape(study.landscape);
  double best = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < info.minima.size(); ++i) {
    best = i == 0 ? info.minima[i].value : std::min(best, info.minima[i].value);
  }
  return {study.stop, best, study.steps};
}

// Work items of a kernel over K runs: blocks of Kernel::kBlock runs where it has blocks.
template <class Kernel, class = void>
struct WorkItems {
  static int of(int runs) { return runs; }
};
template <class Kernel>
struct WorkItems<Kernel, std::void_t<decltype(Kernel::kBlock)>> {
  static int of(int runs) { return Kernel::work_items(runs); }
};

// Runs a trajectory kernel over K runs as time_launches says and brings its results home.
template <class Space, class Kernel>
void time_and_collect(const Kernel& kernel, int K, int repetitions, StudyResult& result) {
  Space space;
  const Kokkos::RangePolicy<Space> policy(space, 0, WorkItems<Kernel>::of(K));
  time_launches(
      space, repetitions,
      [&] { Kokkos::parallel_for("optbench::trajectories", policy, kernel); }, result);
  collect_outputs(kernel.out, result);
}

template <class Space, class Landscape, class Math>
void launch(const scenario::Study& study, const Landscape& textbook, StudyResult& result) {
  const auto landscape = landscapes::Instance<Landscape>::from(textbook, study.landscape);
  using Kernel = TrajectoryKernel<Space, std::decay_t<decltype(landscape)>, Math>;
  using Memory = typename Space::memory_space;
  const auto K = static_cast<int>(study.runs.size());
  const RecordPlan plan = RecordPlan::from_study(study);
  const Kernel kernel{landscape, stop_check(study), plan, upload_runs<Memory>(study, Kernel::kDim),
                      RunOutputs<Memory>(K, plan.count(), Kernel::kDim)};
  time_and_collect<Space>(kernel, K, study.repetitions, result);
}

template <class Space, class Landscape, class Math>
void evaluate_grid(const scenario::GridRequest& grid, const landscapes::LandscapeSpec& spec,
                   const Landscape& landscape, GridResult& result) {
  using Memory = typename Space::memory_space;
  result.x = grid.x.values();
  result.y = grid.y.values();
  const auto nx = static_cast<std::int64_t>(result.x.size());
  const auto ny = static_cast<std::int64_t>(result.y.size());
  Kokkos::View<double*, Memory> x("grid_x", nx);
  Kokkos::View<double*, Memory> y("grid_y", ny);
  Kokkos::deep_copy(x, Kokkos::View<const double*, Kokkos::HostSpace>(result.x.data(), nx));
  Kokkos::deep_copy(y, Kokkos::View<const double*, Kokkos::HostSpace>(result.y.data(), ny));
  const bool moved = spec.instance != 0;
  using Kernel = GridKernel<Space, Landscape, Math>;
  Kernel kernel{landscape,
                {moved ? spec.shift[0] : 0.0, moved ? spec.shift[1] : 0.0},
                moved ? spec.offset : -0.0,
                x,
                y,
                Kokkos::View<double**, Kokkos::LayoutRight, Memory>("grid", ny, nx)};
  Space space;
  space.fence();
  Kokkos::Timer timer;
  Kokkos::parallel_for(
      "optbench::grid",
      Kokkos::RangePolicy<Space, Kokkos::IndexType<std::int64_t>>(space, 0,
                                                                 Kernel::work_items(nx, ny)),
      kernel);
  space.fence();
  result.seconds = timer.seconds();
  result.value = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace{}, kernel.value);
}

// The cost of the study's 2-parameter task over its grid, on the task's own dataset.
template <class Space>
void evaluate_task_grid(const scenario::Study& study, GridResult& result) {
  using Memory = typename Space::memory_space;
  const landscapes::TaskDataset data = draw_dataset<Space>(*study.task);
  result.x = study.grid->x.values();
  result.y = study.grid->y.values();
  const auto nx = static_cast<std::int64_t>(result.x.size());
  const auto ny = static_cast<std::int64_t>(result.y.size());
  const TaskGridKernel<Memory> kernel{
      upload_rows<Memory>("x", data.model_x, data.samples, 1),
      upload_rows<Memory>("y", data.y, data.samples, 1),
      Kokkos::subview(upload_rows<Memory>("grid_w", result.x, 1, static_cast<int>(nx)), 0,
                      Kokkos::ALL()),
      Kokkos::subview(upload_rows<Memory>("grid_b", result.y, 1, static_cast<int>(ny)), 0,
                      Kokkos::ALL()),
      Kokkos::View<double**, Kokkos::LayoutRight, Memory>("grid", ny, nx)};
  Space space;
  space.fence();
  Kokkos::Timer timer;
  Kokkos::parallel_for(
      "optbench::task_grid",
      Kokkos::RangePolicy<Space, Kokkos::IndexType<std::int64_t>>(space, 0, nx * ny), kernel);
  space.fence();
  result.seconds = timer.seconds();
  result.value = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace{}, kernel.value);
}

template <class Space>
void run_task(const scenario::Study& study, StudyResult& result) {
  result.dataset = draw_dataset<Space>(*study.task);
  if (study.math == scenario::MathMode::kNative) {
    train<Space, NativeMath>(study, *result.dataset, result);
  } else {
    train<Space, PortableMath>(study, *result.dataset, result);
  }
  measure_final_states(*result.dataset, result);
}

// Calls f(landscape, math) with the study's textbook landscape (a 2-D catalog type, or an
// N-D family with its data in Space's memory) and its math policy.
template <class Space, class F>
void with_landscape_and_math(const scenario::Study& study, F&& f) {
  const auto call = [&](const auto& landscape) {
    if (study.math == scenario::MathMode::kNative) {
      f(landscape, NativeMath{});
    } else {
      f(landscape, PortableMath{});
    }
  };
  const bool found =
      landscapes::is_nd_spec(study.landscape)
          ? landscapes::visit_nd_landscape<typename Space::memory_space>(study.landscape, call)
          : landscapes::visit_landscape(study.landscape, call);
  if (!found) {
    throw std::logic_error("engine: no landscape matches '" + study.landscape.name + "'");
  }
}

// Whether L has a compile-time dimension (2-D catalog) rather than a runtime one (N-D).
template <class L, class = void>
struct HasFixedDim : std::false_type {};
template <class L>
struct HasFixedDim<L, std::void_t<decltype(L::kDim)>> : std::true_type {};

template <class Space, class Landscape, class Math>
void launch_nd(const scenario::Study& study, const Landscape& landscape, StudyResult& result) {
  using Kernel = NdTrajectoryKernel<Space, Landscape, Math>;
  using Memory = typename Space::memory_space;
  const auto K = static_cast<int>(study.runs.size());
  const int dim = study.dim;
  const RecordPlan plan = RecordPlan::from_study(study);

  const bool moved = study.landscape.instance != 0;
  Kokkos::View<double*, Memory> shift("shift", dim);
  auto shift_host = Kokkos::create_mirror_view(shift);
  for (int i = 0; i < dim && moved; ++i) shift_host(i) = study.landscape.shift[i];
  Kokkos::deep_copy(shift, shift_host);

  const Kernel kernel{landscape,
                      dim,
                      stop_check(study),
                      plan,
                      moved,
                      study.landscape.offset,
                      shift,
                      upload_runs<Memory>(study, dim),
                      RunOutputs<Memory>(K, plan.count(), dim),
                      typename Kernel::State("w", K, dim),
                      typename Kernel::State("g", K, dim),
                      typename Kernel::State("first", K, dim),
                      typename Kernel::State("second", K, dim)};
  time_and_collect<Space>(kernel, K, study.repetitions, result);
}

}  // namespace detail

template <class Space>
StudyResult run_study_on(const scenario::Study& study) {
  StudyResult result;
  result.runs = static_cast<std::int64_t>(study.runs.size());
  result.dim = study.dim;
  const RecordPlan plan = RecordPlan::from_study(study);
  result.records = plan.count();
  for (std::int64_t r = 0; r < result.records; ++r) result.step.push_back(plan.step_of(r));

  if (study.task) {
    detail::run_task<Space>(study, result);
  } else {
    detail::with_landscape_and_math<Space>(study, [&](const auto& landscape, auto math) {
      using L = std::decay_t<decltype(landscape)>;
      if constexpr (detail::HasFixedDim<L>::value) {
        detail::launch<Space, L, decltype(math)>(study, landscape, result);
      } else {
        detail::launch_nd<Space, L, decltype(math)>(study, landscape, result);
      }
    });
  }
  for (std::int64_t k = 0; k < result.runs; ++k) result.run_steps += result.stop_step(k);
  return result;
}

template <class Space>
GridResult evaluate_grid_on(const scenario::Study& study) {
  GridResult result;
  if (study.task) {
    detail::evaluate_task_grid<Space>(study, result);
    return result;
  }
  detail::with_landscape_and_math<Space>(study, [&](const auto& landscape, auto math) {
    using L = std::decay_t<decltype(landscape)>;
    detail::evaluate_grid<Space, L, decltype(math)>(*study.grid, study.landscape, landscape,
                                                    result);
  });
  return result;
}

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_STUDY_RUNNER_HPP
