#ifndef OPTBENCH_LANDSCAPES_GRID_AXIS_HPP
#define OPTBENCH_LANDSCAPES_GRID_AXIS_HPP

// One axis of a grid on which a landscape is evaluated for contour figures.

#include <vector>

namespace optbench::landscapes {

enum class AxisScale { kLinear, kLog };

struct GridAxis {
  double low = 0.0;
  double high = 0.0;
  int count = 0;                         // >= 1; 1 gives the single value `low`
  AxisScale scale = AxisScale::kLinear;  // log needs 0 < low

  // The count values from low to high, both ends included. Computed on the host, once, so
  // every backend evaluates the landscape at the same points.
  std::vector<double> values() const;
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_GRID_AXIS_HPP
