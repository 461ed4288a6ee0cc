#ifndef OPTBENCH_SUITE_ENGINE_GRID_KERNEL_HPP
#define OPTBENCH_SUITE_ENGINE_GRID_KERNEL_HPP

// A landscape evaluated on an nx x ny grid; value(j, i) is the landscape at (x[i], y[j]), the
// row-major layout of an image with y down the rows. A work item evaluates a run of up to
// kBlock neighbouring points of one row, in a loop free of branches that a CPU core's vector
// instructions take several points at a time; GPUs get one point per thread (kBlock 1). Each
// point's value is its own arithmetic, so the bits do not depend on the block.

#include <Kokkos_Core.hpp>

#include <cstdint>
#include <type_traits>

#include "suite/engine/flatten.hpp"

namespace optbench::engine {

template <class Space, class Landscape, class Math>
struct GridKernel {
  using Memory = typename Space::memory_space;
  static constexpr int kBlock = std::is_same<Memory, Kokkos::HostSpace>::value ? 16 : 1;

  Landscape landscape;  // the textbook landscape (2-D catalog or N-D family at dim 2)
  // A seeded instance's shift and offset. Instance 0 has shift +0 and offset -0: w - (+0) is
  // w and J + (-0) is J for every J, so the textbook values come out bit for bit.
  double shift[2];
  double offset;
  Kokkos::View<const double*, Memory> x;
  Kokkos::View<const double*, Memory> y;
  Kokkos::View<double**, Kokkos::LayoutRight, Memory> value;

  KOKKOS_INLINE_FUNCTION static std::int64_t blocks_per_row(std::int64_t nx) {
    return (nx + kBlock - 1) / kBlock;
  }

  static std::int64_t work_items(std::int64_t nx, std::int64_t ny) {
    return ny * blocks_per_row(nx);
  }

  OPTBENCH_FLATTEN KOKKOS_INLINE_FUNCTION void operator()(const std::int64_t item) const {
    const auto nx = static_cast<std::int64_t>(x.extent(0));
    const std::int64_t per_row = blocks_per_row(nx);
    const std::int64_t j = item / per_row;
    const std::int64_t begin = (item % per_row) * kBlock;
    const std::int64_t end = begin + kBlock < nx ? begin + kBlock : nx;
    const double row_y = y(j) - shift[1];
    for (std::int64_t i = begin; i < end; ++i) {
      const double w[2] = {x(i) - shift[0], row_y};
      double g[2];
      value(j, i) = landscape.template value_and_gradient<Math>(w, g) + offset;
    }
  }
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_GRID_KERNEL_HPP
