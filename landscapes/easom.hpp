#ifndef OPTBENCH_LANDSCAPES_EASOM_HPP
#define OPTBENCH_LANDSCAPES_EASOM_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Easom's function, J = -cos x cos y exp(-((x - pi)^2 + (y - pi)^2)): a narrow well in a
// plateau (value and gradient underflow to exactly 0 a few units from the well).
// E. E. Easom, "A survey of global optimization techniques", M. Eng. thesis, University of
// Louisville, 1990; Jamil & Yang 2013; Surjanovic & Bingham, Virtual Library of Simulation
// Experiments. Global minimum J(pi, pi) = -1.
struct Easom {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "easom";

  static Easom from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "-cos(x) cos(y) exp(-((x - pi)^2 + (y - pi)^2))",
            kDim,
            {{-100.0, 100.0}, {-100.0, 100.0}},
            {{{kPi, kPi}, -1.0}},
            "Easom, M. Eng. thesis, University of Louisville, 1990; Jamil & Yang 2013; "
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double dx = w[0] - kPi;
    const double dy = w[1] - kPi;
    const double envelope = Math::exp(-(dx * dx + dy * dy));
    const double cx = Math::cos(w[0]);
    const double cy = Math::cos(w[1]);
    g[0] = envelope * cy * (Math::sin(w[0]) + 2.0 * dx * cx);
    g[1] = envelope * cx * (Math::sin(w[1]) + 2.0 * dy * cy);
    return -cx * cy * envelope;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_EASOM_HPP
