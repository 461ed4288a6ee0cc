#ifndef OPTBENCH_LANDSCAPES_REGRESSION_HOST_DRAW_HPP
#define OPTBENCH_LANDSCAPES_REGRESSION_HOST_DRAW_HPP

// A task's dataset drawn on the host by the same sample function the kernels launch
// (sample_draws.hpp), one sample after the other: the same bits as on any backend. For code
// outside the engine (plain reference loops, tests) that needs the data without a launch.
// Kokkos must be initialised.

#include "landscapes/regression/task_dataset.hpp"
#include "landscapes/regression/task_spec.hpp"

namespace optbench::landscapes {

TaskDataset draw_dataset_on_host(const TaskSpec& spec);

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_REGRESSION_HOST_DRAW_HPP
