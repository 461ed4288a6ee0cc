// The Mann-Whitney U test against values computed by hand and against a brute-force count of
// every ordering.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "suite/check/mann_whitney.hpp"

namespace optbench::check {
namespace {

std::vector<double> range(double start, int count) {
  std::vector<double> values;
  for (int i = 0; i < count; ++i) values.push_back(start + i);
  return values;
}

// U of the first sample by its definition: pairs x > y, ties counting 1/2.
double u_by_pairs(const std::vector<double>& x, const std::vector<double>& y) {
  double u = 0.0;
  for (const double a : x) {
    for (const double b : y) u += a > b ? 1.0 : (a == b ? 0.5 : 0.0);
  }
  return u;
}

// Two-sided exact p by enumerating which n1 of the ranks 1..n belong to x.
double p_by_enumeration(double u, int n1, int n2) {
  const int n = n1 + n2;
  std::vector<bool> chosen(static_cast<std::size_t>(n), false);
  std::fill(chosen.begin(), chosen.begin() + n1, true);
  const double mean = n1 * n2 / 2.0;
  const double observed = std::abs(u - mean);
  double extreme = 0.0;
  double all = 0.0;
  do {
    std::vector<double> x, y;
    for (int i = 0; i < n; ++i) (chosen[static_cast<std::size_t>(i)] ? x : y).push_back(i);
    all += 1.0;
    extreme += std::abs(u_by_pairs(x, y) - mean) >= observed ? 1.0 : 0.0;
  } while (std::prev_permutation(chosen.begin(), chosen.end()));
  return std::min(1.0, extreme / all);
}

TEST(MannWhitney, CompleteSeparationOfNineAndNineGivesTwoOverC18Choose9) {
  const auto result = mann_whitney_u(range(0.0, 9), range(100.0, 9));
  EXPECT_TRUE(result.exact);
  EXPECT_EQ(result.u, 0.0);
  // C(18, 9) = 48620 orderings; the two fully separated ones are as extreme.
  EXPECT_NEAR(result.p_value, 2.0 / 48620.0, 1e-15);
  EXPECT_NEAR(result.p_value, 4.1135e-5, 1e-9);
  EXPECT_EQ(mann_whitney_u(range(100.0, 9), range(0.0, 9)).u, 81.0);
}

TEST(MannWhitney, TwoAndTwoCannotGoBelowOneThird) {
  EXPECT_NEAR(smallest_two_sided_p(2, 2), 1.0 / 3.0, 1e-15);
  EXPECT_NEAR(mann_whitney_u({1.0, 2.0}, {3.0, 4.0}).p_value, 1.0 / 3.0, 1e-15);
}

TEST(MannWhitney, SmallestPFollowsTheBinomialCoefficient) {
  EXPECT_NEAR(smallest_two_sided_p(9, 9), 2.0 / 48620.0, 1e-15);
  EXPECT_NEAR(smallest_two_sided_p(6, 6), 2.0 / 924.0, 1e-15);
  EXPECT_NEAR(smallest_two_sided_p(6, 7), 2.0 / 1716.0, 1e-15);
  EXPECT_EQ(smallest_two_sided_p(1, 1), 1.0);
  EXPECT_EQ(smallest_two_sided_p(0, 5), 1.0);
}

TEST(MannWhitney, ThreeAndThreeMatchesTheHandCountedDistribution) {
  // U of {1, 2, 4} against {3, 5, 6} is 1 (only 4 > 3). Of the C(6, 3) = 20 orderings, U = 0
  // and U = 1 occur once each, so P(U <= 1) = 2/20 and the two-sided p is 0.2.
  const auto result = mann_whitney_u({1.0, 2.0, 4.0}, {3.0, 5.0, 6.0});
  EXPECT_EQ(result.u, 1.0);
  EXPECT_TRUE(result.exact);
  EXPECT_NEAR(result.p_value, 0.2, 1e-15);
}

TEST(MannWhitney, ExactPMatchesEnumerationOfEveryOrdering) {
  const std::vector<double> x = {0.3, 1.7, 2.2, 5.1};
  const std::vector<double> y = {0.9, 1.1, 3.3, 4.0, 6.5};
  const auto result = mann_whitney_u(x, y);
  EXPECT_EQ(result.u, u_by_pairs(x, y));
  EXPECT_NEAR(result.p_value, p_by_enumeration(result.u, 4, 5), 1e-14);
  const auto separated = mann_whitney_u({10.0, 11.0, 12.0, 13.0}, y);
  EXPECT_NEAR(separated.p_value, p_by_enumeration(separated.u, 4, 5), 1e-14);
}

TEST(MannWhitney, TiesUseTheNormalApproximationWithTieCorrection) {
  // x = {1, 2, 2}, y = {2, 3, 4}: U = 2 x 1/2 = 1, mean 4.5. One group of three tied values:
  // var = 9/12 (7 - (27 - 3)/30) = 4.65; with the continuity correction z = 3 / sqrt(4.65).
  const auto result = mann_whitney_u({1.0, 2.0, 2.0}, {2.0, 3.0, 4.0});
  EXPECT_FALSE(result.exact);
  EXPECT_EQ(result.u, 1.0);
  EXPECT_NEAR(result.p_value, std::erfc(3.0 / std::sqrt(4.65) / std::sqrt(2.0)), 1e-15);
}

TEST(MannWhitney, IdenticalSamplesGiveOne) {
  EXPECT_EQ(mann_whitney_u({1.0, 1.0, 1.0}, {1.0, 1.0}).p_value, 1.0);
  EXPECT_EQ(mann_whitney_u(range(0.0, 5), range(0.0, 5)).p_value, 1.0);
  EXPECT_EQ(mann_whitney_u({}, {1.0}).p_value, 1.0);
}

TEST(MannWhitney, LargeSamplesUseTheNormalApproximation) {
  // 60 and 60 fully separated: U = 0, var = 60 * 60 * 121 / 12 = 36300.
  const auto result = mann_whitney_u(range(0.0, 60), range(1000.0, 60));
  EXPECT_FALSE(result.exact);
  EXPECT_NEAR(result.p_value, std::erfc((1800.0 - 0.5) / std::sqrt(2.0 * 36300.0)), 1e-300);
  EXPECT_LT(result.p_value, 1e-15);
}

}  // namespace
}  // namespace optbench::check
