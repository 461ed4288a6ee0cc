#ifndef OPTBENCH_LANDSCAPES_REGRESSION_SAMPLE_DRAWS_HPP
#define OPTBENCH_LANDSCAPES_REGRESSION_SAMPLE_DRAWS_HPP

// How a task's samples are drawn, the same bits on every backend: sample i takes the Philox
// draws (seed, stream, i * (d + o) + s), slot s < d for feature s and slot d + j for the noise
// of output j, so a larger sample starts with the smaller one. Gaussians come from the
// Box-Muller transform with the portable log and cos (backends/portable_math.hpp), whose
// results do not depend on the compiler or the device.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/philox.hpp"
#include "backends/portable_math.hpp"
#include "landscapes/regression/task_spec.hpp"

namespace optbench::landscapes {

// A feature's distribution in a form kernels can copy: uniform on [a, b] or gaussian (a, b).
struct FeatureDraw {
  Distribution distribution;
  double a;
  double b;
};

// A standard normal from two uniforms in [0, 1): sqrt(-2 log(1 - u1)) cos(2 pi u2).
KOKKOS_INLINE_FUNCTION double standard_normal(double u1, double u2) {
  constexpr double kTwoPi = 6.283185307179586476925286766559;
  return PortableMath::sqrt(-2.0 * PortableMath::log(1.0 - u1)) *
         PortableMath::cos(kTwoPi * u2);
}

// Fills x [m, d] and y [m, o] with the task's raw samples, one sample per work item.
template <class Memory>
struct SampleKernel {
  std::uint64_t seed;
  std::uint64_t stream;  // random::name_hash of the task's kind
  int d;
  int o;
  double noise_sd;
  Kokkos::View<const FeatureDraw*, Memory> features;  // [d]
  Kokkos::View<const double*, Memory> truth;          // [(d + 1) o], raw
  Kokkos::View<double**, Kokkos::LayoutRight, Memory> x;
  Kokkos::View<double**, Kokkos::LayoutRight, Memory> y;

  KOKKOS_INLINE_FUNCTION void operator()(const std::int64_t i) const {
    const auto first = static_cast<std::uint64_t>(i) * static_cast<std::uint64_t>(d + o);
    for (int f = 0; f < d; ++f) {
      double u1 = 0.0;
      double u2 = 0.0;
      random::uniform_pair(seed, stream, first + f, u1, u2);
      const FeatureDraw draw = features(f);
      x(i, f) = draw.distribution == Distribution::kUniform
                    ? draw.a + (draw.b - draw.a) * u1
                    : draw.a + draw.b * standard_normal(u1, u2);
    }
    for (int j = 0; j < o; ++j) {
      double u1 = 0.0;
      double u2 = 0.0;
      random::uniform_pair(seed, stream, first + d + j, u1, u2);
      const int base = j * (d + 1);
      double value = 0.0;
      for (int f = 0; f < d; ++f) value += truth(base + f) * x(i, f);
      y(i, j) = value + truth(base + d) + noise_sd * standard_normal(u1, u2);
    }
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_REGRESSION_SAMPLE_DRAWS_HPP
