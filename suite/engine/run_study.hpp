#ifndef OPTBENCH_SUITE_ENGINE_RUN_STUDY_HPP
#define OPTBENCH_SUITE_ENGINE_RUN_STUDY_HPP

#include <string>

#include "suite/engine/study_result.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::engine {

// Runs every run of a validated study as one batched kernel on a resolved, compiled-in
// backend (see backends/backend.hpp) and brings the results to the host. Kokkos must be
// initialised. Numerical trouble marks runs; it never throws.
StudyResult run_study(const scenario::Study& study, const std::string& backend);

// The same on one execution space; defined in study_runner.hpp, instantiated once per
// backend in its own translation unit so that the backends compile in parallel.
template <class Space>
StudyResult run_study_on(const scenario::Study& study);

// Evaluates the study's landscape on its grid (study.grid must be set) on a backend.
GridResult evaluate_grid(const scenario::Study& study, const std::string& backend);

template <class Space>
GridResult evaluate_grid_on(const scenario::Study& study);

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_RUN_STUDY_HPP
