#ifndef OPTBENCH_SUITE_ENGINE_GRID_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_GRID_KERNEL_HPP

// A landscape evaluated on an nx x ny grid, one point per work item; value(j, i) is the
// landscape at (x[i], y[j]), the row-major layout of an image with y down the rows.

#include <Kokkos_Core.hpp>

#include "suite/engine/flatten.hpp"

namespace optbench::engine {

template <class Space, class Landscape, class Math>
struct GridKernel {
  using Memory = typename Space::memory_space;
  Landscape landscape;  // the textbook landscape (2-D catalog or N-D family at dim 2)
  double shift[2];      // a seeded instance's shift and offset; zero for instance 0
  double offset;
  bool moved;
  Kokkos::View<const double*, Memory> x;
  Kokkos::View<const double*, Memory> y;
  Kokkos::View<double**, Kokkos::LayoutRight, Memory> value;

  OPTBENCH_FLATTEN KOKKOS_INLINE_FUNCTION void operator()(const std::int64_t point) const {
    const auto nx = static_cast<std::int64_t>(x.extent(0));
    const std::int64_t j = point / nx;
    const std::int64_t i = point % nx;
    double g[2];
    if (!moved) {
      const double w[2] = {x(i), y(j)};
      value(j, i) = landscape.template value_and_gradient<Math>(w, g);
    } else {
      const double w[2] = {x(i) - shift[0], y(j) - shift[1]};
      value(j, i) = landscape.template value_and_gradient<Math>(w, g) + offset;
    }
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_GRID_KERNEL_HPP
