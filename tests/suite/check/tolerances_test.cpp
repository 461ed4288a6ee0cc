// Tolerances from a scenario's check block, its --set overrides and the command line.

#include <gtest/gtest.h>

#include <stdexcept>

#include "suite/check/tolerances.hpp"

namespace optbench::check {
namespace {

constexpr const char* kScenario = R"(name: s
studies: []
check: {trajectory: {rtol: 1e-9}, throughput: {max_slowdown: 0.25}}
)";

TEST(Tolerances, DefaultToBitwiseAndTenPercent) {
  const Tolerances t = read_tolerances("name: s\nstudies: []\n");
  EXPECT_EQ(t.trajectory_rtol, 0.0);
  EXPECT_EQ(t.final_cost_rtol, 0.0);
  EXPECT_EQ(t.max_slowdown, 0.10);
}

TEST(Tolerances, ComeFromTheCheckBlock) {
  const Tolerances t = read_tolerances(kScenario);
  EXPECT_EQ(t.trajectory_rtol, 1e-9);
  EXPECT_EQ(t.final_cost_rtol, 0.0);
  EXPECT_EQ(t.max_slowdown, 0.25);
}

TEST(Tolerances, FollowTheScenariosCheckOverrides) {
  const Tolerances t = read_tolerances(
      kScenario, "studies.0.steps=10\ncheck.final_cost.rtol=1e-6\ncheck.trajectory={rtol: 0}");
  EXPECT_EQ(t.trajectory_rtol, 0.0);
  EXPECT_EQ(t.final_cost_rtol, 1e-6);
  EXPECT_EQ(t.max_slowdown, 0.25);
  EXPECT_EQ(read_tolerances("name: s\n", "check.throughput.max_slowdown=0.5").max_slowdown, 0.5);
}

TEST(Tolerances, CommandLineWins) {
  ToleranceOverrides overrides;
  overrides.max_slowdown = 0.05;
  const Tolerances t = apply_overrides(read_tolerances(kScenario), overrides);
  EXPECT_EQ(t.trajectory_rtol, 1e-9);
  EXPECT_EQ(t.max_slowdown, 0.05);
}

TEST(Tolerances, RejectBrokenText) {
  EXPECT_THROW(read_tolerances("check: {trajectory: [\n"), std::runtime_error);
  EXPECT_THROW(read_tolerances("check: {trajectory: {rtol: fast}}\n"), std::runtime_error);
}

}  // namespace
}  // namespace optbench::check
