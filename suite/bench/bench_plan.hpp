#ifndef OPTBENCH_SUITE_BENCH_BENCH_PLAN_HPP
#define OPTBENCH_SUITE_BENCH_BENCH_PLAN_HPP

// The scenarios of one `optbench bench`, turned into throughput studies. Each file is parsed
// once per size K with overrides, so that the parser checks the sized study as it checks any:
//   studies.N.record={final_only: true}    no trajectories beyond the final state
//   studies.N.init.uniform.count=K         a study with `init: {uniform: ...}`: K runs
//   studies.N.grid.nx=n, studies.N.grid.ny=n   a study with a grid: n = round(sqrt(K))
// A study with neither a uniform init nor a grid has nothing to sweep and is an input error.

#include <cstdint>
#include <string>
#include <vector>

#include "suite/bench/workload.hpp"
#include "suite/scenario/parser.hpp"

namespace optbench::bench {

// One measured workload: a study in one of its shapes.
struct Entry {
  std::string name;  // /benchmarks/<name>: the study's name, with "-grid" for its grid
  std::size_t file;  // index into BenchPlan::files
  std::size_t study;
  Shape shape;
  const Workload* workload;
  std::string scenario;  // the scenario's name
  std::string study_name;
  std::int64_t steps;    // T (1 for a grid)
};

struct BenchPlan {
  std::vector<std::string> files;
  std::vector<std::int64_t> sizes;
  std::vector<Entry> entries;
  std::vector<scenario::Diagnostic> problems;
};

// Parses every file at every size; on any problem, `problems` says what and entries is empty.
BenchPlan make_plan(const std::vector<std::string>& files, const std::vector<std::int64_t>& sizes);

// The files parsed at one size, in file order; throws std::runtime_error when they no longer
// parse (a file changed since make_plan).
std::vector<scenario::Scenario> scenarios_at(const BenchPlan& plan, std::int64_t size);

// The side n of the n x n grid standing for size K.
std::int64_t grid_side(std::int64_t size);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_BENCH_PLAN_HPP
