#ifndef OPTBENCH_SUITE_SCENARIO_GRID_ENTRY_HPP
#define OPTBENCH_SUITE_SCENARIO_GRID_ENTRY_HPP

// A study's `grid`, the landscape sampled for contour figures:
//   grid: {nx: 512, ny: 512}                               over the landscape's domain
//   grid: {nx: 256, ny: 128, x: [-2, 2], y: [0.1, 10], y_scale: log}
// nx, ny: required integers in [1, 16384]; x, y: optional windows [low, high], low < high;
// scale (both axes), x_scale, y_scale: linear (default) or log, which needs low > 0.
// Only 2-D landscapes have grids. Internal to the parser.

#include <optional>

#include "landscapes/landscape.hpp"
#include "suite/scenario/scenario.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

inline constexpr std::int64_t kMaxGridSide = 16384;

// info: the study's landscape, or null when it is not valid (then only the keys are checked).
std::optional<GridRequest> read_grid(Reader& reader, const Where& at,
                                     const landscapes::LandscapeInfo* info);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_GRID_ENTRY_HPP
