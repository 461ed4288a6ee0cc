// ULP and relative distances between doubles, against neighbours from std::nextafter and
// values whose bit patterns are known.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "suite/check/ulp_distance.hpp"

namespace optbench::check {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMax = std::numeric_limits<double>::max();
constexpr double kDenorm = std::numeric_limits<double>::denorm_min();

double from_bits(std::uint64_t bits) {
  double x = 0.0;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

TEST(UlpDistance, AdjacentDoublesAreOneApart) {
  for (const double x : {1.0, -1.0, 0.1, -3.5e-300, 1e300, kDenorm, -kDenorm}) {
    EXPECT_EQ(ulp_distance(x, std::nextafter(x, kInf)), 1u) << x;
    EXPECT_EQ(ulp_distance(std::nextafter(x, -kInf), x), 1u) << x;
  }
}

TEST(UlpDistance, IsZeroOnlyForIdenticalBits) {
  EXPECT_EQ(ulp_distance(0.25, 0.25), 0u);
  EXPECT_EQ(ulp_distance(-kInf, -kInf), 0u);
  // -0.0 == +0.0, but the bits differ: one step apart, so that 0 always means same bits.
  EXPECT_EQ(ulp_distance(-0.0, 0.0), 1u);
}

TEST(UlpDistance, CountsStepsAcrossZero) {
  // -d, -0, +0, +d.
  EXPECT_EQ(ulp_distance(-kDenorm, kDenorm), 3u);
  EXPECT_EQ(ulp_distance(0.0, kDenorm), 1u);
  EXPECT_EQ(ulp_distance(-0.0, -kDenorm), 1u);
  // 1.0 is 0x3FF0000000000000: as many steps below it to +0, one more to -0, and as many again
  // from -0 down to -1.0.
  const std::uint64_t one = 0x3FF0000000000000u;
  EXPECT_EQ(ulp_distance(-1.0, 1.0), 2 * one + 1);
}

TEST(UlpDistance, IsSymmetricAndCountsABinade) {
  EXPECT_EQ(ulp_distance(1.0, 2.0), std::uint64_t{1} << 52);
  EXPECT_EQ(ulp_distance(2.0, 1.0), std::uint64_t{1} << 52);
  EXPECT_EQ(ulp_distance(kMax, kInf), 1u);
}

TEST(UlpDistance, NanMatchesOnlyTheSameBits) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double other_nan = from_bits(0x7FF8000000000001u);
  EXPECT_EQ(ulp_distance(nan, nan), 0u);
  EXPECT_EQ(ulp_distance(nan, 1.0), kMaxUlp);
  EXPECT_EQ(ulp_distance(kInf, nan), kMaxUlp);
  EXPECT_EQ(ulp_distance(nan, other_nan), kMaxUlp);
}

TEST(OrderedBits, GrowsWithTheValue) {
  EXPECT_LT(ordered_bits(-kInf), ordered_bits(-kMax));
  EXPECT_LT(ordered_bits(-kDenorm), ordered_bits(-0.0));
  EXPECT_LT(ordered_bits(-0.0), ordered_bits(0.0));
  EXPECT_EQ(ordered_bits(0.0), 0);
  EXPECT_EQ(ordered_bits(-0.0), -1);
  EXPECT_LT(ordered_bits(kMax), ordered_bits(kInf));
}

TEST(RelativeDifference, ScalesByTheLargerMagnitude) {
  const double eps = std::numeric_limits<double>::epsilon();
  EXPECT_DOUBLE_EQ(relative_difference(1.0, 1.0 + eps), eps / (1.0 + eps));
  EXPECT_DOUBLE_EQ(relative_difference(2.0, -2.0), 2.0);
  EXPECT_DOUBLE_EQ(relative_difference(4.0, 3.0), 0.25);
  EXPECT_DOUBLE_EQ(relative_difference(3.0, 4.0), 0.25);
  // a - b overflows here; the result is still 2.
  EXPECT_DOUBLE_EQ(relative_difference(kMax, -kMax), 2.0);
}

TEST(RelativeDifference, TreatsZerosNansAndInfinities) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(relative_difference(0.0, -0.0), 0.0);
  EXPECT_EQ(relative_difference(nan, from_bits(0xFFF8000000000000u)), 0.0);
  EXPECT_EQ(relative_difference(nan, 1.0), kInf);
  EXPECT_EQ(relative_difference(kInf, kInf), 0.0);
  EXPECT_EQ(relative_difference(kInf, kMax), kInf);
  EXPECT_EQ(relative_difference(0.0, 1e-300), 1.0);
}

}  // namespace
}  // namespace optbench::check
