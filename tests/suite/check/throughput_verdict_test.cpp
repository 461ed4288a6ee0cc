// The throughput verdict: a slowdown fails only when it is both large and significant.

#include <gtest/gtest.h>

#include <vector>

#include "suite/check/throughput_verdict.hpp"

namespace optbench::check {
namespace {

// Kernel times of n repetitions around 10 ms, all distinct.
std::vector<double> seconds(int n, double scale = 1.0) {
  std::vector<double> s;
  for (int i = 0; i < n; ++i) s.push_back(scale * 0.010 * (1.0 + 0.01 * i));
  return s;
}

constexpr double kRunSteps = 1e6;

ThroughputComparison compare(const std::vector<double>& baseline,
                             const std::vector<double>& candidate, double max_slowdown = 0.10) {
  return compare_throughput(throughput_samples(kRunSteps, baseline),
                            throughput_samples(kRunSteps, candidate), max_slowdown);
}

TEST(ThroughputVerdict, NineRepetitionsThirtyPercentSlowerAreARegression) {
  const auto c = compare(seconds(9), seconds(9, 1.3));
  EXPECT_EQ(c.verdict, Verdict::kRegression) << c.reason;
  EXPECT_NEAR(c.slowdown, 0.3, 1e-12);
  EXPECT_NEAR(c.ratio, 1.0 / 1.3, 1e-12);
  EXPECT_NEAR(c.test.p_value, 2.0 / 48620.0, 1e-15);
  EXPECT_TRUE(c.testable);
}

TEST(ThroughputVerdict, TwoRepetitionsAreUncertainHoweverSlow) {
  const auto c = compare(seconds(2), seconds(2, 3.0));
  EXPECT_EQ(c.verdict, Verdict::kUncertain);
  EXPECT_FALSE(c.testable);
  EXPECT_NE(c.reason.find("cannot reach"), std::string::npos) << c.reason;
}

TEST(ThroughputVerdict, OneRepetitionEachIsUncertain) {
  EXPECT_EQ(compare({0.01}, {0.01}).verdict, Verdict::kUncertain);
}

TEST(ThroughputVerdict, IdenticalTimingsPass) {
  const auto c = compare(seconds(9), seconds(9));
  EXPECT_EQ(c.verdict, Verdict::kPass) << c.reason;
  EXPECT_EQ(c.slowdown, 0.0);
}

TEST(ThroughputVerdict, SlowdownWithinTheBoundPassesEvenWhenSignificant) {
  const auto c = compare(seconds(9), seconds(9, 1.09));  // fully separated
  EXPECT_EQ(c.verdict, Verdict::kPass) << c.reason;
  EXPECT_LT(c.test.p_value, kThroughputSignificance);
}

TEST(ThroughputVerdict, FasterCandidatePasses) {
  EXPECT_EQ(compare(seconds(9), seconds(9, 0.5)).verdict, Verdict::kPass);
}

TEST(ThroughputVerdict, LargeButNotSignificantSlowdownIsUncertain) {
  // Medians 30 % apart, but the samples interleave: no significance.
  const std::vector<double> baseline = {0.010, 0.013, 0.009, 0.014, 0.010,
                                        0.020, 0.008, 0.013, 0.010};
  const std::vector<double> candidate = {0.013, 0.010, 0.014, 0.013, 0.009,
                                         0.030, 0.013, 0.008, 0.016};
  const auto c = compare(baseline, candidate);
  EXPECT_GT(c.slowdown, 0.10);
  EXPECT_EQ(c.verdict, Verdict::kUncertain) << c.reason;
  EXPECT_NE(c.reason.find("not significant"), std::string::npos) << c.reason;
}

TEST(ThroughputVerdict, BoundComesFromTheCaller) {
  EXPECT_EQ(compare(seconds(9), seconds(9, 1.3), 0.5).verdict, Verdict::kPass);
}

TEST(ThroughputVerdict, MissingTimingIsUncertain) {
  const auto c = compare({}, seconds(9));
  EXPECT_EQ(c.verdict, Verdict::kUncertain);
  EXPECT_NE(c.reason.find("no timing in the baseline"), std::string::npos) << c.reason;
}

TEST(ThroughputSamples, SkipsRepetitionsWithoutATime) {
  EXPECT_EQ(throughput_samples(100.0, {0.5, 0.0, -1.0, 2.0}), (std::vector<double>{200.0, 50.0}));
}

TEST(Median, TakesTheMiddleOrTheMeanOfTheTwoMiddleValues) {
  EXPECT_EQ(median({3.0, 1.0, 2.0}), 2.0);
  EXPECT_EQ(median({4.0, 1.0, 3.0, 2.0}), 2.5);
  EXPECT_EQ(median({}), 0.0);
}

}  // namespace
}  // namespace optbench::check
