// Runs are paired by identity, whatever their order; repeated identities in order.

#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "suite/check/run_matching.hpp"

namespace optbench::check {
namespace {

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;
using Indices = std::vector<std::size_t>;

TEST(RunMatching, PairsReorderedRunsByIdentity) {
  const auto m = match_runs({"a", "b", "c"}, {"c", "a", "b"});
  EXPECT_EQ(m.pairs, (Pairs{{0, 1}, {1, 2}, {2, 0}}));
  EXPECT_TRUE(m.only_baseline.empty());
  EXPECT_TRUE(m.only_candidate.empty());
}

TEST(RunMatching, MatchesRepeatedIdentitiesInOrderOfOccurrence) {
  const auto m = match_runs({"a", "x", "a", "a"}, {"a", "a", "x"});
  EXPECT_EQ(m.pairs, (Pairs{{0, 0}, {1, 2}, {2, 1}}));
  EXPECT_EQ(m.only_baseline, (Indices{3}));
  EXPECT_TRUE(m.only_candidate.empty());
}

TEST(RunMatching, ReportsRunsOnOneSideOnly) {
  const auto m = match_runs({"a", "b"}, {"b", "c", "d"});
  EXPECT_EQ(m.pairs, (Pairs{{1, 0}}));
  EXPECT_EQ(m.only_baseline, (Indices{0}));
  EXPECT_EQ(m.only_candidate, (Indices{1, 2}));
}

TEST(RunMatching, HandlesEmptyStudies) {
  const auto m = match_runs({}, {"a"});
  EXPECT_TRUE(m.pairs.empty());
  EXPECT_EQ(m.only_candidate, (Indices{0}));
}

}  // namespace
}  // namespace optbench::check
