// Properties every analytic landscape in the catalog must have, written once and run for
// each catalog type: listed minima are right and stationary, gradients match finite
// differences, descriptions are complete, non-smooth points stay finite.

#include "landscapes/catalog.hpp"

#include <gtest/gtest.h>

#include <Kokkos_Core.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "backends/native_math.hpp"

namespace optbench::landscapes {
namespace {

using Math = optbench::NativeMath;
using Point = std::array<double, 2>;  // the first kDim entries are used

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

template <class List>
struct GtestTypes;
template <class... Ls>
struct GtestTypes<TypeList<Ls...>> {
  using type = ::testing::Types<Ls...>;
};

// Test names read "LandscapeCatalog/rosenbrock_2d.ListedMinimaHaveListedValues".
struct LandscapeName {
  template <class L>
  static std::string GetName(int) {
    return std::string(L::kName) + "_" + std::to_string(L::kDim) + "d";
  }
};

template <class L>
double evaluate(const L& landscape, const Point& w, Point& g) {
  g = {0.0, 0.0};
  return landscape.template value_and_gradient<Math>(w.data(), g.data());
}

template <class L>
double evaluate(const L& landscape, const Point& w) {
  Point g;
  return evaluate(landscape, w, g);
}

Point to_point(const std::vector<double>& location) {
  Point p = {0.0, 0.0};
  std::copy(location.begin(), location.end(), p.begin());
  return p;
}

double max_abs(const Point& g, int dim) {
  double m = 0.0;
  for (int i = 0; i < dim; ++i) m = std::max(m, std::fabs(g[i]));
  return m;
}

// Values on an n^dim grid spanning the domain (corners included), evaluated in a kernel on
// the default execution space, as the engine evaluates landscapes.
template <class L>
std::vector<double> grid_values(const L& landscape, const LandscapeInfo& info, int n) {
  constexpr int kDim = L::kDim;
  Kokkos::Array<double, kDim> low;
  Kokkos::Array<double, kDim> step;
  int count = 1;
  for (int d = 0; d < kDim; ++d) {
    low[d] = info.domain[d].low;
    step[d] = (info.domain[d].high - info.domain[d].low) / (n - 1);
    count *= n;
  }
  Kokkos::View<double*> values("grid_values", count);
  Kokkos::parallel_for(
      "landscape_grid", Kokkos::RangePolicy<>(0, count), KOKKOS_LAMBDA(const int k) {
        double w[kDim];
        double g[kDim];
        int rest = k;
        for (int d = 0; d < kDim; ++d) {
          w[d] = low[d] + step[d] * (rest % n);
          rest /= n;
        }
        values(k) = landscape.template value_and_gradient<Math>(w, g);
      });
  auto host = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace(), values);
  return std::vector<double>(host.data(), host.data() + count);
}

// The landscape's own gradient scale: the spread of its values on a 101-point grid over the
// domain divided by the widest axis (the median gradient would be 0 on Easom's plateau).
template <class L>
double gradient_scale(const L& landscape) {
  const LandscapeInfo info = landscape.info();
  const std::vector<double> values = grid_values(landscape, info, 101);
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  double width = 0.0;
  for (const Interval& axis : info.domain) width = std::max(width, axis.high - axis.low);
  return (*high - *low) / width;
}

// Points spread over the domain (the additive R2 low-discrepancy sequence), and points
// a few percent of the domain away from each listed minimum, towards the domain's centre
// (where Easom's well is; its plateau elsewhere has value and gradient exactly 0).
template <class L>
std::vector<Point> spread_points(const L& landscape) {
  const LandscapeInfo info = landscape.info();
  constexpr std::array<double, 2> kAlpha = {0.7548776662466927, 0.5698402909980532};
  std::vector<Point> points;
  for (int k = 1; k <= 8; ++k) {
    Point p = {0.0, 0.0};
    for (int d = 0; d < L::kDim; ++d) {
      const double u = std::fmod(0.5 + k * kAlpha[d], 1.0);
      p[d] = info.domain[d].low + u * (info.domain[d].high - info.domain[d].low);
    }
    points.push_back(p);
  }
  constexpr std::array<double, 2> kOffset = {0.031, 0.047};
  for (const KnownMinimum& minimum : info.minima) {
    Point p = to_point(minimum.location);
    for (int d = 0; d < L::kDim; ++d) {
      const Interval& axis = info.domain[d];
      const double toward_centre = p[d] < 0.5 * (axis.low + axis.high) ? 1.0 : -1.0;
      p[d] += toward_centre * kOffset[d] * (axis.high - axis.low);
    }
    points.push_back(p);
  }
  return points;
}

// Points where some landscape is not smooth (origins of cones, zero lines of |u| and
// sqrt|u|, the Hoelder table's circle r = pi, the cross-in-tray's circle r = 100 pi), tiny
// and far-away coordinates, and points beyond the exponent caps.
std::vector<Point> awkward_points() {
  const double pi = kPi;
  return {{0.0, 0.0},
          {0.0, 5.0},
          {5.0, 0.0},
          {pi, 0.0},
          {0.0, pi / 2},
          {pi, pi / 2},
          {-10.0, 1.0},
          {-12.0, 1.44},
          {0.0, -47.0},
          {-94.0, 0.0},
          {47.0, 0.0},
          {100.0 * pi, 0.0},
          {0.0, 5000.0},
          {4000.0, -4000.0},
          {-1.0e4, 1.0e4},
          {1.0e-300, 0.0},
          {1.0e-160, -1.0e-160},
          {4.9e-324, 0.0},
          {-3.0, 1.0e-310},
          {512.0, 512.0}};
}

template <class L>
class LandscapeCatalog : public ::testing::Test {};

TYPED_TEST_SUITE(LandscapeCatalog, GtestTypes<Catalog>::type, LandscapeName);

TYPED_TEST(LandscapeCatalog, DescriptionIsComplete) {
  const TypeParam landscape;
  const LandscapeInfo info = landscape.info();
  EXPECT_EQ(info.name, TypeParam::kName);
  EXPECT_EQ(info.dim, TypeParam::kDim);
  EXPECT_FALSE(info.formula.empty());
  EXPECT_FALSE(info.source.empty());
  ASSERT_EQ(info.domain.size(), static_cast<size_t>(TypeParam::kDim));
  for (const Interval& axis : info.domain) EXPECT_LT(axis.low, axis.high);
  ASSERT_FALSE(info.minima.empty());
  for (const KnownMinimum& minimum : info.minima) {
    EXPECT_EQ(minimum.location.size(), static_cast<size_t>(TypeParam::kDim));
  }
}

TYPED_TEST(LandscapeCatalog, ListedMinimaLieInsideDomain) {
  const LandscapeInfo info = TypeParam{}.info();
  for (const KnownMinimum& minimum : info.minima) {
    for (int d = 0; d < TypeParam::kDim; ++d) {
      EXPECT_GE(minimum.location[d], info.domain[d].low) << "axis " << d;
      EXPECT_LE(minimum.location[d], info.domain[d].high) << "axis " << d;
    }
  }
}

// 1e-9 relative to the listed value, or 1e-12 absolute where the listed value is 0.
TYPED_TEST(LandscapeCatalog, ListedMinimaHaveListedValues) {
  const TypeParam landscape;
  for (const KnownMinimum& minimum : landscape.info().minima) {
    const double value = evaluate(landscape, to_point(minimum.location));
    const double tolerance = minimum.value == 0.0 ? 1e-12 : 1e-9 * std::fabs(minimum.value);
    EXPECT_NEAR(value, minimum.value, tolerance)
        << "at (" << minimum.location[0] << ", " << minimum.location.back() << ")";
  }
}

// The gradient at a minimum rounded to doubles is not exactly 0 but tiny next to the
// landscape's own gradient scale G (value spread over the domain / widest axis):
// |g_i| <= 1e-9 G. The catalog's worst case is 2.5e-13 G (Easom: sin(pi) = 1.2e-16 in
// doubles); a location right to only 6 digits fails. On a domain edge (the egg holder's
// x = 512) only the components along the edge must vanish; the normal one must point out.
TYPED_TEST(LandscapeCatalog, GradientVanishesAtListedMinima) {
  const TypeParam landscape;
  const LandscapeInfo info = landscape.info();
  const double tolerance = 1e-9 * gradient_scale(landscape);
  for (const KnownMinimum& minimum : info.minima) {
    Point g;
    evaluate(landscape, to_point(minimum.location), g);
    for (int d = 0; d < TypeParam::kDim; ++d) {
      const double x = minimum.location[d];
      if (x == info.domain[d].high) {
        EXPECT_LE(g[d], tolerance) << "axis " << d << " at the upper edge";
      } else if (x == info.domain[d].low) {
        EXPECT_GE(g[d], -tolerance) << "axis " << d << " at the lower edge";
      } else {
        EXPECT_LE(std::fabs(g[d]), tolerance) << "axis " << d << " at x = " << x;
      }
    }
  }
}

// Five-point central differences with step h = 1e-7 of the axis width. Truncation error
// h^4 J^(5) / 30: the fastest oscillation in the catalog, Schaffer's sin^2(x^2 - y^2) near
// |w| = 100 (about 400 rad per unit, J^(5) ~ 4e10), keeps it near 2e-10. Rounding adds
// about 1.5 eps |J| / h. Tolerance: 1e-6 of the gradient's infinity norm plus ten times
// that rounding. The points miss every kink of the non-smooth landscapes; a kink within 2h
// would show as a mismatch of order one, not a near miss.
TYPED_TEST(LandscapeCatalog, GradientMatchesCentralDifferences) {
  const TypeParam landscape;
  const LandscapeInfo info = landscape.info();
  for (const Point& w : spread_points(landscape)) {
    Point g;
    const double value = evaluate(landscape, w, g);
    for (int d = 0; d < TypeParam::kDim; ++d) {
      const double h = 1e-7 * (info.domain[d].high - info.domain[d].low);
      auto shifted = [&](double steps) {
        Point p = w;
        p[d] += steps * h;
        return evaluate(landscape, p);
      };
      const double difference =
          (8.0 * (shifted(1.0) - shifted(-1.0)) - (shifted(2.0) - shifted(-2.0))) / (12.0 * h);
      const double tolerance =
          1e-6 * max_abs(g, TypeParam::kDim) + 15.0 * kEpsilon * std::fabs(value) / h;
      EXPECT_NEAR(g[d], difference, tolerance)
          << "axis " << d << " at (" << w[0] << ", " << w[1] << ")";
    }
  }
}

TYPED_TEST(LandscapeCatalog, StaysFiniteAtNonSmoothAndFarPoints) {
  const TypeParam landscape;
  std::vector<Point> points = awkward_points();
  for (const KnownMinimum& minimum : landscape.info().minima) {
    points.push_back(to_point(minimum.location));
  }
  for (const Point& w : points) {
    Point g;
    const double value = evaluate(landscape, w, g);
    EXPECT_TRUE(std::isfinite(value)) << "J(" << w[0] << ", " << w[1] << ") = " << value;
    for (int d = 0; d < TypeParam::kDim; ++d) {
      EXPECT_TRUE(std::isfinite(g[d]))
          << "axis " << d << " at (" << w[0] << ", " << w[1] << "): " << g[d];
    }
  }
}

// No point of a 401 x 401 grid over the domain lies below the lowest listed minimum
// (beyond 1e-9 (1 + |J*|) for rounding).
TYPED_TEST(LandscapeCatalog, NoGridPointLiesBelowListedMinimum) {
  const TypeParam landscape;
  const LandscapeInfo info = landscape.info();
  double lowest = std::numeric_limits<double>::infinity();
  for (const KnownMinimum& minimum : info.minima) lowest = std::min(lowest, minimum.value);
  const std::vector<double> values = grid_values(landscape, info, 401);
  const auto smallest = std::min_element(values.begin(), values.end());
  EXPECT_GE(*smallest, lowest - 1e-9 * (1.0 + std::fabs(lowest)))
      << "grid index " << (smallest - values.begin());
}

TEST(LandscapeCatalog, ListsEveryNamedLandscapeOnce) {
  const std::vector<std::string> expected = {
      "ackley",          "beale",           "booth",      "branin",          "bukin_6",
      "cross_in_tray",   "easom",           "eggholder",  "goldstein_price", "himmelblau",
      "holder_table",    "levy_13",         "matyas",     "mccormick",       "quadratic",
      "rastrigin",       "rosenbrock",      "schaffer_2", "six_hump_camel",  "sphere",
      "styblinski_tang", "three_hump_camel"};
  EXPECT_EQ(landscape_names(), expected);
}

TEST(LandscapeCatalog, CheckSpecNamesUnknownParameter) {
  LandscapeSpec spec;
  spec.name = "sphere";
  spec.parameters = {{"curvature", {1.0}}};
  const std::vector<ParameterProblem> problems = check_spec(spec);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "curvature");
}

}  // namespace
}  // namespace optbench::landscapes
