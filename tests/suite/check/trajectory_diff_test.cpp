// Differences between two runs' values: counts, maxima, the first differing record, and
// whether they are within a tolerance.

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "suite/check/trajectory_diff.hpp"
#include "suite/check/ulp_distance.hpp"

namespace optbench::check {
namespace {

TEST(TrajectoryDiff, IdenticalValuesAreWithinEveryTolerance) {
  const std::vector<double> a = {1.0, 2.0, 3.0, 4.0};
  const DatasetDiff d = diff_values("params", a.data(), a.data(), a.size(), 2);
  EXPECT_EQ(d.differing, 0u);
  EXPECT_TRUE(within(d, 0.0));
  EXPECT_EQ(describe(d), "params: identical");
}

TEST(TrajectoryDiff, FindsTheFirstDifferingRecordAndTheLargestDistances) {
  const std::vector<double> a = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
  std::vector<double> b = a;
  b[3] = std::nextafter(4.0, 5.0);
  b[5] = 6.6;
  const DatasetDiff d = diff_values("params", a.data(), b.data(), a.size(), 2);
  EXPECT_EQ(d.differing, 2u);
  EXPECT_EQ(d.first_record, 1u);
  EXPECT_NEAR(d.max_relative, 0.6 / 6.6, 1e-15);
  EXPECT_EQ(d.max_ulp, ulp_distance(6.0, 6.6));
  EXPECT_FALSE(within(d, 0.0));
  EXPECT_FALSE(within(d, 0.01));
  EXPECT_TRUE(within(d, 0.1));
  EXPECT_EQ(describe(d, {0, 10, 20}), "params: 2 of 6 values differ, max rel 0.0909, max " +
                                          std::to_string(d.max_ulp) + " ulp, first at step 10");
}

TEST(TrajectoryDiff, BitwiseToleranceCatchesTheSignOfZero) {
  const std::vector<double> a = {0.0};
  const std::vector<double> b = {-0.0};
  const DatasetDiff d = diff_values("cost", a.data(), b.data(), 1, 1);
  EXPECT_EQ(d.max_relative, 0.0);
  EXPECT_FALSE(within(d, 0.0));
  EXPECT_TRUE(within(d, 1e-300));
}

TEST(TrajectoryDiff, NanAgainstANumberFailsEveryTolerance) {
  const std::vector<double> a = {std::numeric_limits<double>::quiet_NaN()};
  const std::vector<double> b = {1.0};
  const DatasetDiff d = diff_values("cost", a.data(), b.data(), 1, 1);
  EXPECT_EQ(d.max_ulp, kMaxUlp);
  EXPECT_FALSE(within(d, 1.0));
  EXPECT_NE(describe(d, {}, "row").find("NaN against a value, first at row 0"), std::string::npos);
}

}  // namespace
}  // namespace optbench::check
