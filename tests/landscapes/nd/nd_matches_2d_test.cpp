// At dim 2 the N-D families that the 2-D catalog also has give the same bits as the 2-D
// landscapes (value and gradient), so that a 2-D study gives the same numbers whichever
// catalog the scenario picks.

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "backends/philox.hpp"
#include "landscapes/ackley.hpp"
#include "landscapes/nd/nd_catalog.hpp"
#include "landscapes/rastrigin.hpp"
#include "landscapes/rosenbrock.hpp"
#include "landscapes/sphere.hpp"
#include "landscapes/styblinski_tang.hpp"
#include "tests/landscapes/nd/nd_test_support.hpp"

namespace optbench::landscapes::nd_test {
namespace {

using Point = std::array<double, 2>;

// Signed zeros, subnormals, squares that underflow, the minima of the five families,
// values near the kinks and far outside every domain; every pair of them is a test point.
const std::vector<double> kSpecialValues = {
    0.0,  -0.0, 4.9e-324,           -1e-310,           1e-300,  1e-160, -1e-8, 1.0,
    -1.0, 0.5,  -2.903534027771177, 3.141592653589793, -32.768, 1e4,    -1e6,  1e150};

std::vector<Point> test_points() {
  std::vector<Point> points;
  for (double x : kSpecialValues) {
    for (double y : kSpecialValues) points.push_back({x, y});
  }
  // A 61 x 61 grid over [-6, 6]^2 and 2000 uniform points over [-40, 40]^2.
  for (int i = 0; i <= 60; ++i) {
    for (int j = 0; j <= 60; ++j) points.push_back({-6.0 + 0.2 * i, -6.0 + 0.2 * j});
  }
  const std::uint64_t stream = random::name_hash("nd_matches_2d_test");
  for (std::uint64_t k = 0; k < 2000; ++k) {
    double u = 0.0;
    double v = 0.0;
    random::uniform_pair(7, stream, k, u, v);
    points.push_back({-40.0 + 80.0 * u, -40.0 + 80.0 * v});
  }
  return points;
}

// Counts the points where the value or either gradient component differs in any bit.
template <class Flat, class Nd>
int count_mismatches(const Flat& flat, const Nd& nd) {
  int mismatches = 0;
  for (const Point& w : test_points()) {
    double g_flat[2];
    double g_nd[2];
    const double v_flat = flat.template value_and_gradient<Math>(w.data(), g_flat);
    const double v_nd = nd.template value_and_gradient<Math>(w.data(), g_nd);
    const bool same = std::memcmp(&v_flat, &v_nd, sizeof(double)) == 0 &&
                      std::memcmp(g_flat, g_nd, sizeof(g_flat)) == 0;
    if (!same) {
      ++mismatches;
      ADD_FAILURE() << Nd::kName << " at (" << w[0] << ", " << w[1] << "): 2-D " << v_flat << " ("
                    << g_flat[0] << ", " << g_flat[1] << "), N-D " << v_nd << " (" << g_nd[0]
                    << ", " << g_nd[1] << ")";
      if (mismatches >= 5) break;
    }
  }
  return mismatches;
}

TEST(NdMatches2d, SphereBitForBit) {
  EXPECT_EQ(count_mismatches(Sphere{}, make<SphereNd>(2)), 0);
}

TEST(NdMatches2d, RosenbrockBitForBit) {
  EXPECT_EQ(count_mismatches(Rosenbrock{}, make<RosenbrockNd>(2)), 0);
}

TEST(NdMatches2d, RastriginBitForBit) {
  EXPECT_EQ(count_mismatches(Rastrigin{}, make<RastriginNd>(2)), 0);
}

TEST(NdMatches2d, AckleyBitForBit) {
  EXPECT_EQ(count_mismatches(Ackley{}, make<AckleyNd>(2)), 0);
}

TEST(NdMatches2d, StyblinskiTangBitForBit) {
  EXPECT_EQ(count_mismatches(StyblinskiTang{}, make<StyblinskiTangNd>(2)), 0);
}

// The descriptions agree on the minimum; domains may differ (the N-D Rosenbrock takes
// Surjanovic & Bingham's [-5, 10]^n, the 2-D one a plotting window).
TEST(NdMatches2d, MinimaAgreeWithTwoDimensionalDescriptions) {
  auto expect_same_minimum = [](const LandscapeInfo& flat, const LandscapeInfo& nd) {
    ASSERT_EQ(flat.minima.size(), 1u);
    EXPECT_EQ(flat.minima[0].location, nd.minima.at(0).location) << nd.name;
    EXPECT_NEAR(flat.minima[0].value, nd.minima.at(0).value, 1e-13) << nd.name;
  };
  expect_same_minimum(Sphere{}.info(), make<SphereNd>(2).info());
  expect_same_minimum(Rosenbrock{}.info(), make<RosenbrockNd>(2).info());
  expect_same_minimum(Rastrigin{}.info(), make<RastriginNd>(2).info());
  expect_same_minimum(Ackley{}.info(), make<AckleyNd>(2).info());
  expect_same_minimum(StyblinskiTang{}.info(), make<StyblinskiTangNd>(2).info());
}

}  // namespace
}  // namespace optbench::landscapes::nd_test
