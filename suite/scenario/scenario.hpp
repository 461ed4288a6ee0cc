#ifndef OPTBENCH_SUITE_SCENARIO_SCENARIO_HPP
#define OPTBENCH_SUITE_SCENARIO_SCENARIO_HPP

// A validated scenario with its sweeps expanded: what the engine runs and the store records.
// Built only by the parser (suite/scenario/parser.hpp), which checks every key first.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "landscapes/grid_axis.hpp"
#include "landscapes/landscape.hpp"
#include "landscapes/regression/task_spec.hpp"
#include "suite/optimizers/optimizer_settings.hpp"

namespace optbench::scenario {

// When a run stops before its last step. A disabled tolerance is negative.
struct StopRule {
  double cost_tol = -1.0;        // stop, converged, when J(w) - J* <= cost_tol (J* known min)
  double grad_tol = -1.0;        // stop, converged, when |grad J(w)| <= grad_tol
  double diverge_above = 1e12;   // stop, diverged, when |J(w)| or any |w_i| exceeds it or is NaN
};

// Which steps are recorded: 0, every, 2 every, ... and always the last step.
struct RecordRule {
  std::int64_t every = 1;
  bool final_only = false;       // one record: the state at the last step
};

// One run: an optimizer with all hyperparameters fixed, from one initial point.
struct Run {
  optimizers::OptimizerSettings optimizer;
  std::vector<double> init;      // dim values
  int optimizer_entry = 0;       // index of the entry in the study's `optimizers` list
  int init_index = 0;            // index of the initial point, in the order below
  std::int64_t batch_size = 0;   // samples per update of a regression task; 0 for landscapes
};

// Run order, which the results file relies on (row k of every per-run dataset is runs[k]);
// it stays as it is:
//
//   for each entry of `optimizers`, in the order written
//     for each sweep combination: the cartesian product of the swept keys, the study's
//         `sweep` keys first, then the entry's own `sweep` keys, each in the order written,
//         the last key changing fastest (keys the entry's optimizer does not take are left
//         out of its product)
//       for each batch size of a task study, in the order written (landscapes: one pass)
//         for each initial point, in the order below
//           one Run
//
// Initial points, in order:
//   explicit list     as written.
//   grid              coordinate 0 (x) changes fastest, the last coordinate slowest: for 2-D
//                     y is the outer loop and x the inner one, row-major like an image.
//                     Along an axis [low, high] with n points, point k is
//                     low + (high - low) * k / (n - 1), exactly high for k = n - 1, and low
//                     alone for n = 1. {x: [lo, hi, n], y: ...} sets each axis; {n: [nx, ny]}
//                     (or one integer for every axis) spans the landscape's domain.
//   uniform           point i, coordinate j = low_j + (high_j - low_j) * u, where u is the
//                     first (j even) or second (j odd) number of
//                     random::uniform_pair(seed, random::name_hash(study name),
//                                          i * ((dim + 1) / 2) + j / 2)
//                     so in 1-D and 2-D point i uses draw i: x from the first number, y from
//                     the second. seed is the scenario's seed.
//
// Defaults the parser fills in: seed 0, backend "default", record {every: 1} (a study's
// `record` replaces the scenario's), stop as in StopRule, schedule constant, convention
// article, momentum and RMSprop beta 0.9, RMSprop and Adam epsilon 1e-8, Adam beta1 0.9 and
// beta2 0.999. Fields an optimizer does not use stay 0. learning_rate has no default: each
// entry gives it, unless a sweep covers it.
// Which implementation of exp, log, sin and cos kernels use (DESIGN.md, "Reproducibility").
// portable: backends/portable_math.hpp, the same bits on every compiler and backend;
// native: the backend's own functions, faster on some devices, equal only within tolerance.
enum class MathMode { kPortable, kNative };

// A grid of landscape values for contour figures, `grid: {nx: 512, ny: 512}` in a study:
// over the landscape's domain unless a window is given, linear or log-spaced per axis.
struct GridRequest {
  landscapes::GridAxis x;
  landscapes::GridAxis y;
};

struct Study {
  MathMode math = MathMode::kPortable;
  std::optional<GridRequest> grid;
  int repetitions = 1;           // timed launches of the kernel (after one warm-up when > 1)
  std::string name;
  landscapes::LandscapeSpec landscape;     // unless the study trains on a task
  std::optional<landscapes::TaskSpec> task;
  int dim = 0;                   // parameters per run
  std::int64_t steps = 0;        // updates per run, >= 1; for a task: epochs
  StopRule stop;
  RecordRule record;
  std::vector<Run> runs;         // optimizers x sweep combinations x initial points
};

// What a study optimises: its landscape's name or its task's kind.
inline std::string subject_name(const Study& study) {
  return study.task ? landscapes::to_string(study.task->kind) : study.landscape.name;
}

// Tolerances the baseline check applies (optbench compare); defaults are bitwise.
struct CheckRule {
  double trajectory_rtol = 0.0;
  double final_cost_rtol = 0.0;
  double max_slowdown = 0.10;
};

// The most runs one study may expand to; a scenario asking for more is an input error.
inline constexpr std::int64_t kMaxRunsPerStudy = 10'000'000;

struct Scenario {
  std::string path;              // as given on the command line
  std::string text;              // the file as read
  std::vector<std::string> overrides;  // --set KEY=VALUE, in order
  std::string name;
  std::string description;
  std::uint64_t seed = 0;
  std::string backend = "default";
  CheckRule check;
  std::vector<Study> studies;
};

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_SCENARIO_HPP
