#ifndef OPTBENCH_SUITE_BENCH_WORKLOAD_HPP
#define OPTBENCH_SUITE_BENCH_WORKLOAD_HPP

// What `optbench bench` can measure: a table of workloads, each a small entry naming how
// optbench runs it, the plain loop that is its practical limit, and the Python peer that does
// the same work. A scenario study is measured as the first entry that matches it; a study no
// specific entry matches is still measured, as optbench alone (the generic entries last).
// A new kind of work (a regression epoch, say) is one more entry and its functions.

#include <string>
#include <vector>

#include "suite/bench/problem.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::bench {

// optbench's timed launches of a sized study (study.repetitions of them, after a warm-up):
// kernel seconds of each, fenced, and the final state.
struct Timing {
  std::vector<double> seconds;
  FinalState final_state;
};

enum class Shape { kTrajectories, kGrid, kSamples };

struct Workload {
  const char* name;  // e.g. adam-rosenbrock
  Shape shape;  // trajectories (unit: run-steps), a grid (evaluations) or a task (samples)
  bool (*matches)(const scenario::Study& study);
  Timing (*optbench)(const scenario::Study& study, const std::string& backend);
  Problem (*problem)(const scenario::Study& study);
  // The plain loop (limit_loops.hpp), or null when there is none.
  void (*limit)(const Problem& problem, int threads, FinalState& out);
  const char* peer;       // the workload's name in suite/bench/peers, or null
  double flops_per_unit;  // 0 when not counted
  const char* flops_documentation;
  // Bytes read or written per unit by a data-bound workload (0: not data-bound), reported as
  // bytes/s beside the measured copy bandwidth.
  double bytes_per_unit = 0.0;
};

// Every workload, specific entries first.
const std::vector<Workload>& workloads();

// The first workload of the shape that matches the study.
const Workload& workload_for(const scenario::Study& study, Shape shape);

const char* unit_name(Shape shape);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_WORKLOAD_HPP
