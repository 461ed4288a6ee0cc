#include "suite/engine/basins.hpp"

#include <cmath>
#include <limits>

#include "suite/engine/run_status.hpp"

namespace optbench::engine {

BasinAssignment assign_basins(const StudyResult& result,
                              const std::vector<landscapes::KnownMinimum>& minima) {
  BasinAssignment basins;
  basins.runs_per_minimum.assign(minima.size(), 0);
  const std::int64_t last = result.records - 1;
  for (std::int64_t k = 0; k < result.runs; ++k) {
    std::int64_t best = -1;
    double best_distance = std::numeric_limits<double>::quiet_NaN();
    const bool diverged = result.status(k) == static_cast<std::int8_t>(RunStatus::kDiverged);
    for (std::size_t m = 0; m < minima.size() && !diverged; ++m) {
      double squares = 0.0;
      for (int i = 0; i < result.dim; ++i) {
        const double d = result.params(k, last, i) - minima[m].location[i];
        squares += d * d;
      }
      const double distance = std::sqrt(squares);
      if (best < 0 || distance < best_distance) {
        best = static_cast<std::int64_t>(m);
        best_distance = distance;
      }
    }
    if (best >= 0) ++basins.runs_per_minimum[static_cast<std::size_t>(best)];
    basins.nearest_minimum.push_back(best);
    basins.distance.push_back(best_distance);
  }
  return basins;
}

}  // namespace optbench::engine
