#ifndef OPTBENCH_SUITE_ENGINE_TIMED_LAUNCHES_HPP
#define OPTBENCH_SUITE_ENGINE_TIMED_LAUNCHES_HPP

// How every study's kernel work is timed and its results brought home: `repetitions` timed
// launches, each between fences (after one untimed warm-up when there are several), so the
// times hold kernel work only, never copies or I/O; then the outputs through host mirrors.

#include <Kokkos_Core.hpp>

#include <algorithm>
#include <vector>

#include "suite/engine/run_views.hpp"
#include "suite/engine/study_result.hpp"

namespace optbench::engine {

inline double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
}

// Calls launch() as described above; every launch computes the same bits.
template <class Space, class Launch>
void time_launches(const Space& space, int repetitions, const Launch& launch,
                   StudyResult& result) {
  if (repetitions > 1) launch();
  for (int r = 0; r < repetitions; ++r) {
    space.fence();
    Kokkos::Timer timer;
    launch();
    space.fence();
    result.repetition_seconds.push_back(timer.seconds());
  }
  result.seconds = median(result.repetition_seconds);
}

template <class Memory>
void collect_outputs(const RunOutputs<Memory>& out, StudyResult& result) {
  const Kokkos::HostSpace host;
  result.params = Kokkos::create_mirror_view_and_copy(host, out.params);
  result.cost = Kokkos::create_mirror_view_and_copy(host, out.cost);
  result.grad_norm = Kokkos::create_mirror_view_and_copy(host, out.grad_norm);
  result.status = Kokkos::create_mirror_view_and_copy(host, out.status);
  result.stop_step = Kokkos::create_mirror_view_and_copy(host, out.stop_step);
}

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_TIMED_LAUNCHES_HPP
