#ifndef OPTBENCH_LANDSCAPES_GOLDSTEIN_PRICE_HPP
#define OPTBENCH_LANDSCAPES_GOLDSTEIN_PRICE_HPP

#include <Kokkos_Core.hpp>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// The Goldstein-Price function, J = A B with
//   A = 1 + (x + y + 1)^2 (19 - 14x + 3x^2 - 14y + 6xy + 3y^2),
//   B = 30 + (2x - 3y)^2 (18 - 32x + 12x^2 + 48y - 36xy + 27y^2).
// A. A. Goldstein and J. F. Price, "On descent from local minima", Mathematics of
// Computation 25(115), 1971, 569-574. Global minimum J(0, -1) = 3.
struct GoldsteinPrice {
  static constexpr int kDim = 2;
  static constexpr const char* kName = "goldstein_price";

  static GoldsteinPrice from_spec(const LandscapeSpec&) { return {}; }

  LandscapeInfo info() const {
    return {kName,
            "[1 + (x + y + 1)^2 (19 - 14x + 3x^2 - 14y + 6xy + 3y^2)] "
            "[30 + (2x - 3y)^2 (18 - 32x + 12x^2 + 48y - 36xy + 27y^2)]",
            kDim,
            {{-2.0, 2.0}, {-2.0, 2.0}},
            {{{0.0, -1.0}, 3.0}},
            "Goldstein & Price, Mathematics of Computation 25(115), 1971",
            {}};
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    const double x = w[0];
    const double y = w[1];
    // First factor; its polynomial p has the same partial derivative in x and in y.
    const double s = x + y + 1.0;
    const double p = 19.0 - 14.0 * x + 3.0 * x * x - 14.0 * y + 6.0 * x * y + 3.0 * y * y;
    const double a = 1.0 + s * s * p;
    const double da = s * (2.0 * p + s * (6.0 * x + 6.0 * y - 14.0));
    // Second factor.
    const double d = 2.0 * x - 3.0 * y;
    const double q = 18.0 - 32.0 * x + 12.0 * x * x + 48.0 * y - 36.0 * x * y + 27.0 * y * y;
    const double b = 30.0 + d * d * q;
    const double db_dx = d * (4.0 * q + d * (24.0 * x - 36.0 * y - 32.0));
    const double db_dy = d * (-6.0 * q + d * (54.0 * y - 36.0 * x + 48.0));
    g[0] = da * b + a * db_dx;
    g[1] = da * b + a * db_dy;
    return a * b;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_GOLDSTEIN_PRICE_HPP
