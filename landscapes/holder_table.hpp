#ifndef OPTBENCH_LANDSCAPES_HOLDER_TABLE_HPP
#define OPTBENCH_LANDSCAPES_HOLDER_TABLE_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/kernel_helpers.hpp"
#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// The Hoelder table, J = -|sin x cos y exp(|1 - r/pi|)| with r = sqrt(x^2 + y^2).
// Jamil & Yang, "A literature survey of benchmark functions for global optimization
// problems", 2013; Surjanovic & Bingham, Virtual Library of Simulation Experiments.
// Four global minima at (+-8.05502, +-9.66459) with J = -19.2085 as published; Newton's
// method in 90-digit decimal arithmetic gives (8.05502347573656..., 9.66459001924127...)
// and J = -19.2085025678867318, which agree with the published digits.
// Non-smooth points: |A| where sin x cos y = 0 (x = k pi, y = pi/2 + k pi) and |1 - r/pi|
// on the circle r = pi, both with sign(0) = 0; x / r := 0 at r = 0. The exponent is
// capped at 700 (r > 701 pi, about 220 times the domain) so that exp never overflows.
struct HolderTable {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "holder_table";

  static HolderTable from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    constexpr double kX = 8.055023475736563;
    constexpr double kY = 9.664590019241272;
    constexpr double kValue = -19.208502567886732;
    return {kName,
            "-|sin(x) cos(y) exp(|1 - sqrt(x^2 + y^2)/pi|)|",
            kDim,
            {{-10.0, 10.0}, {-10.0, 10.0}},
            {{{kX, kY}, kValue}, {{kX, -kY}, kValue}, {{-kX, kY}, kValue}, {{-kX, -kY}, kValue}},
            "Jamil & Yang, Int. J. Math. Modelling and Num. Optimisation 4(2), 2013; "
            "Surjanovic & Bingham, Virtual Library of Simulation Experiments",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    constexpr double kCap = 700.0;
    const double r = Math::sqrt(w[0] * w[0] + w[1] * w[1]);
    const double offset = 1.0 - r / kPi;
    const double distance = Math::fabs(offset);
    const bool capped = distance > kCap;
    const double t = capped ? kCap : distance;
    const double dt_dr_over_r = capped ? 0.0 : -sign_or_zero(offset) / kPi * inverse_or_zero(r);
    const double growth = Math::exp(t);
    const double sx = Math::sin(w[0]);
    const double cy = Math::cos(w[1]);
    const double product = sx * cy;
    // J = -|product| exp(t), so dJ = -sign(product) exp(t) (d product + product dt).
    const double k = -sign_or_zero(product) * growth;
    g[0] = k * (Math::cos(w[0]) * cy + product * dt_dr_over_r * w[0]);
    g[1] = k * (-sx * Math::sin(w[1]) + product * dt_dr_over_r * w[1]);
    return -Math::fabs(product) * growth;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_HOLDER_TABLE_HPP
