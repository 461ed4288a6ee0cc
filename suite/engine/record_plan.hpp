#ifndef OPTBENCH_SUITE_ENGINE_RECORD_PLAN_HPP
#define OPTBENCH_SUITE_ENGINE_RECORD_PLAN_HPP

// Which steps a study records. Step t is the state after t updates (t = 0 is the start).
// Records are taken at t = 0, every, 2 every, ... and always at the last step `steps`, so the
// last record always holds the final state. A run that stops early at step s leaves its
// state at s in every later record. With final_only there is one record: the final state.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "suite/scenario/scenario.hpp"

namespace optbench::engine {

struct RecordPlan {
  std::int64_t steps = 0;
  std::int64_t every = 1;
  bool final_only = false;

  static RecordPlan from_study(const scenario::Study& study) {
    return {study.steps, study.record.every, study.record.final_only};
  }

  // Number of records R.
  KOKKOS_INLINE_FUNCTION std::int64_t count() const {
    if (final_only) return 1;
    return steps / every + 1 + (steps % every != 0 ? 1 : 0);
  }

  // The step that record r holds (for final_only: the last step a run may reach).
  KOKKOS_INLINE_FUNCTION std::int64_t step_of(std::int64_t r) const {
    if (final_only || r == count() - 1) return steps;
    return r * every;
  }

  // The record taken at step t, or -1 when step t is not recorded.
  KOKKOS_INLINE_FUNCTION std::int64_t record_at(std::int64_t t) const {
    if (final_only) return -1;
    if (t % every == 0) return t / every;
    return t == steps ? count() - 1 : -1;
  }

  // The first record that holds a step after t: where an early stop at t starts filling.
  KOKKOS_INLINE_FUNCTION std::int64_t first_record_after(std::int64_t t) const {
    if (final_only) return 0;
    return t >= steps ? count() : t / every + 1;
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_RECORD_PLAN_HPP
