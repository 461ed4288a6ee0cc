#ifndef OPTBENCH_LANDSCAPES_RASTRIGIN_HPP
#define OPTBENCH_LANDSCAPES_RASTRIGIN_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Rastrigin's function in 2-D with A = 10, J = 2A + sum_i (w_i^2 - A cos(2 pi w_i)): a bowl
// under a regular egg-crate of local minima. L. A. Rastrigin, "Systems of Extremal Control",
// Nauka, Moscow, 1974; the n-D form of H. Muehlenbein, M. Schomisch and J. Born, "The
// parallel genetic algorithm as function optimizer", Parallel Computing 17, 1991; domain as
// in Surjanovic & Bingham, Virtual Library of Simulation Experiments.
// Global minimum J(0, 0) = 0.
struct Rastrigin {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "rastrigin";

  static Rastrigin from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "20 + x^2 - 10 cos(2 pi x) + y^2 - 10 cos(2 pi y)",
            kDim,
            {{-5.12, 5.12}, {-5.12, 5.12}},
            {{{0.0, 0.0}, 0.0}},
            "Rastrigin, Systems of Extremal Control, Nauka, 1974; Muehlenbein, Schomisch & "
            "Born, Parallel Computing 17, 1991; Surjanovic & Bingham, Virtual Library of "
            "Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    constexpr double kTwoPi = 2.0 * kPi;
    const double ax = kTwoPi * w[0];
    const double ay = kTwoPi * w[1];
    g[0] = 2.0 * w[0] + 10.0 * kTwoPi * Math::sin(ax);
    g[1] = 2.0 * w[1] + 10.0 * kTwoPi * Math::sin(ay);
    // 10 (1 - cos) rather than 20 - 10 cos: exact 0 at the minimum, no cancellation near it.
    // Summed per axis, in the order of RastriginNd (landscapes/nd/rastrigin.hpp), so that
    // both give the same bits at dim 2.
    return (w[0] * w[0] + 10.0 * (1.0 - Math::cos(ax))) +
           (w[1] * w[1] + 10.0 * (1.0 - Math::cos(ay)));
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_RASTRIGIN_HPP
