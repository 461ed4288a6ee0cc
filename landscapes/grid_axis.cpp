#include "landscapes/grid_axis.hpp"

#include <cmath>

namespace optbench::landscapes {

std::vector<double> GridAxis::values() const {
  std::vector<double> v(static_cast<std::size_t>(count));
  const double last = count > 1 ? static_cast<double>(count - 1) : 1.0;
  for (int i = 0; i < count; ++i) {
    const double fraction = static_cast<double>(i) / last;
    if (scale == AxisScale::kLog) {
      v[i] = std::exp(std::log(low) + (std::log(high) - std::log(low)) * fraction);
    } else {
      v[i] = low + (high - low) * fraction;
    }
  }
  // The ends exactly as given, whatever the rounding above.
  v.front() = low;
  if (count > 1) v.back() = high;
  return v;
}

}  // namespace optbench::landscapes
