#ifndef OPTBENCH_SUITE_ENGINE_BASINS_HPP
#define OPTBENCH_SUITE_ENGINE_BASINS_HPP

// Which known minimum each run reached: the nearest one (Euclidean distance) to the run's
// final state, and how many runs ended near each minimum.

#include <cstdint>
#include <vector>

#include "landscapes/landscape.hpp"
#include "suite/engine/study_result.hpp"

namespace optbench::engine {

struct BasinAssignment {
  std::vector<std::int64_t> nearest_minimum;   // [K] index into the landscape's minima; -1 for
                                               // diverged runs, whose end point means nothing
  std::vector<double> distance;                // [K] distance to it (NaN when -1)
  std::vector<std::int64_t> runs_per_minimum;  // [M] non-diverged runs nearest to each
};

BasinAssignment assign_basins(const StudyResult& result,
                              const std::vector<landscapes::KnownMinimum>& minima);

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_BASINS_HPP
