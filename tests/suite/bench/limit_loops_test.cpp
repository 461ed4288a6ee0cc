// The plain loops of `optbench bench` against the engine: the same final states, bit for
// bit, on every host backend and with and without OpenMP, at a size that leaves a short last
// block.

#include <gtest/gtest.h>

#include <string>

#include "backends/backend.hpp"
#include "suite/bench/bench_plan.hpp"
#include "suite/bench/final_state.hpp"

namespace optbench::bench {
namespace {

constexpr std::int64_t kOddSize = 203;

BenchPlan throughput_plan() {
  return make_plan({OPTBENCH_SOURCE_DIR "/scenarios/throughput/rosenbrock.yaml"}, {kOddSize});
}

TEST(LimitLoops, ReachTheEnginesFinalStateBitForBit) {
  const BenchPlan plan = throughput_plan();
  ASSERT_TRUE(plan.problems.empty());
  const auto scenarios = scenarios_at(plan, kOddSize);
  int checked = 0;
  for (const Entry& entry : plan.entries) {
    if (entry.workload->limit == nullptr) continue;
    const auto& study = scenarios[entry.file].studies[entry.study];
    const Problem problem = entry.workload->problem(study);
    for (const auto& backend : backends::compiled_backends()) {
      if (backend != "serial" && backend != "openmp") continue;
      const FinalState engine = entry.workload->optbench(study, backend).final_state;
      for (const int threads : {0, 1, 2}) {
        FinalState limit;
        entry.workload->limit(problem, threads, limit);
        EXPECT_TRUE(bitwise_equal(limit, engine))
            << entry.name << " on " << backend << ", limit threads " << threads
            << ": max relative difference " << max_relative_difference(limit, engine);
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 9);  // three workloads, at least Serial, three limit modes
}

TEST(LimitLoops, CoverEveryThroughputWorkloadWithAPeer) {
  const BenchPlan plan = throughput_plan();
  ASSERT_EQ(plan.entries.size(), 3u);
  for (const Entry& entry : plan.entries) {
    EXPECT_NE(entry.workload->limit, nullptr) << entry.name;
    EXPECT_NE(entry.workload->peer, nullptr) << entry.name;
    EXPECT_GT(entry.workload->flops_per_unit, 0.0) << entry.name;
    EXPECT_EQ(entry.name, std::string(entry.workload->name));
  }
}

}  // namespace
}  // namespace optbench::bench
