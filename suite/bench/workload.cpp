#include "suite/bench/workload.hpp"

#include <stdexcept>

#include "landscapes/nd/nd_catalog.hpp"
#include "landscapes/regression/host_draw.hpp"
#include "suite/bench/limit_loops.hpp"
#include "suite/engine/run_study.hpp"

namespace optbench::bench {
namespace {

using optimizers::OptimizerKind;

constexpr const char* kAdamFlops =
    "40 per run-step, the plain loop's arithmetic: Rosenbrock's gradient 8 (a = 1 - x, "
    "d = y - x^2: 3; g_x = -2 a - 400 x d: 4; g_y = 200 d: 1), Adam 32 (beta1^t, beta2^t and "
    "their corrections 1 - beta^t: 4; per coordinate 14: first moment 3, second moment 4, "
    "two bias divisions, square root, + epsilon, times alpha, division, subtraction); a "
    "division or square root counts as one, the constants 1 - beta are hoisted. optbench "
    "also evaluates the cost (4) and the gradient norm (4) and tests its stop rule at every "
    "step; that work is not counted.";

constexpr const char* kGdFlops =
    "12 per run-step, the plain loop's arithmetic: Rosenbrock's gradient 8 (a = 1 - x, "
    "d = y - x^2: 3; g_x = -2 a - 400 x d: 4; g_y = 200 d: 1) and w -= alpha g: 4. optbench "
    "also evaluates the cost (4) and the gradient norm (4, with a square root) and tests its "
    "stop rule at every step; that work is not counted.";

constexpr const char* kAckleyFlops =
    "230 per evaluation of the 2-D Ackley value with portable math (the gradient is unused "
    "and removed by the compiler): radius 5 (two squares, sum, half, square root), -0.2 r 1, "
    "2 pi x and 2 pi y 2, cosine sum and half 2, final 4, two portable exp at 41 each "
    "(reduction 9, polynomial 21, reconstruction 9, scaling 2) and two portable cos at 67 each "
    "(Cody-Waite reduction 17, sine kernel 20 and cosine kernel 30, both evaluated); sign "
    "flips, selections and integer work are not counted.";

constexpr const char* kLineFlops =
    "16 per sample and epoch of one run: training 7 (prediction 0 + w x + b, 3; residual 1; "
    "gradient sums r x and r, 3) and the epoch-end full-data cost and gradient 9 (the same 7 "
    "and the squared residual 2); the squared residual of training samples, the per-batch "
    "scaling and update (6 per batch) and the gradient norm (5 per epoch) are not counted. "
    "Bytes: 36 per sample and epoch (training: its index 4, x 8, y 8; evaluation: x 8, y 8), "
    "read by every run, so the data stay in cache when few samples are shared by many runs.";

constexpr const char* kNotCounted = "not counted for this workload";

// Every run follows the same optimizer kind with a constant rate, article convention, on
// the textbook 2-D landscape `name` in portable math: what the plain loops implement.
bool uniform_runs_on(const scenario::Study& study, const char* name, OptimizerKind kind) {
  if (study.landscape.name != name || landscapes::is_nd_spec(study.landscape)) return false;
  if (study.landscape.instance != 0 || study.math != scenario::MathMode::kPortable) return false;
  if (study.runs.empty()) return false;
  const auto& first = study.runs.front().optimizer;
  for (const auto& run : study.runs) {
    const auto& o = run.optimizer;
    if (o.kind != kind || o.schedule.kind != optimizers::ScheduleKind::kConstant) return false;
    if (o.learning_rate != first.learning_rate || o.beta1 != first.beta1 ||
        o.beta2 != first.beta2 || o.epsilon != first.epsilon) {
      return false;
    }
  }
  return true;
}

bool adam_rosenbrock(const scenario::Study& s) {
  return uniform_runs_on(s, "rosenbrock", OptimizerKind::kAdam);
}
bool gd_rosenbrock(const scenario::Study& s) {
  return uniform_runs_on(s, "rosenbrock", OptimizerKind::kGd);
}
bool ackley_grid(const scenario::Study& s) {
  return s.grid && s.landscape.name == "ackley" && !landscapes::is_nd_spec(s.landscape) &&
         s.landscape.instance == 0 && s.math == scenario::MathMode::kPortable;
}
// Gradient descent with one constant rate and one batch size on a one-feature line fit in
// portable math: what limit_gd_linear_regression implements.
bool gd_linear_regression(const scenario::Study& s) {
  if (!s.task || s.task->kind != landscapes::TaskKind::kLinearRegression) return false;
  if (s.math != scenario::MathMode::kPortable || s.runs.empty()) return false;
  const auto& first = s.runs.front();
  for (const auto& run : s.runs) {
    const auto& o = run.optimizer;
    if (o.kind != OptimizerKind::kGd || o.schedule.kind != optimizers::ScheduleKind::kConstant ||
        o.learning_rate != first.optimizer.learning_rate || run.batch_size != first.batch_size) {
      return false;
    }
  }
  return true;
}
bool any_study(const scenario::Study&) { return true; }
bool any_task(const scenario::Study& s) { return s.task.has_value(); }

Timing engine_trajectories(const scenario::Study& study, const std::string& backend) {
  const engine::StudyResult r = engine::run_study(study, backend);
  Timing timing{r.repetition_seconds, {}};
  timing.final_state.reserve(static_cast<std::size_t>(r.runs * r.dim));
  for (std::int64_t k = 0; k < r.runs; ++k) {
    for (int i = 0; i < r.dim; ++i) timing.final_state.push_back(r.params(k, r.records - 1, i));
  }
  return timing;
}

// The grid has no repetitions of its own: one untimed warm-up, then one launch per
// repetition.
Timing engine_grid(const scenario::Study& study, const std::string& backend) {
  Timing timing;
  for (int r = 0; r <= study.repetitions; ++r) {
    const engine::GridResult grid = engine::evaluate_grid(study, backend);
    if (r == 0) continue;
    timing.seconds.push_back(grid.seconds);
    if (r == study.repetitions) timing.final_state.assign(grid.value.data(),
                                                          grid.value.data() + grid.value.size());
  }
  return timing;
}

Problem trajectory_problem(const scenario::Study& study) {
  Problem p;
  p.runs = static_cast<std::int64_t>(study.runs.size());
  p.steps = study.steps;
  p.dim = study.dim;
  p.settings = study.runs.front().optimizer;
  p.init.reserve(static_cast<std::size_t>(p.runs * p.dim));
  for (const auto& run : study.runs) p.init.insert(p.init.end(), run.init.begin(), run.init.end());
  return p;
}

Problem task_problem(const scenario::Study& study) {
  Problem p = trajectory_problem(study);
  const landscapes::TaskDataset data = landscapes::draw_dataset_on_host(*study.task);
  p.task_x = data.model_x;
  p.task_y = data.y;
  p.batch_size = study.runs.front().batch_size;
  p.epochs = study.steps;
  p.order_seed = study.task->seed;
  p.steps = study.steps * study.task->samples;
  return p;
}

Problem grid_problem(const scenario::Study& study) {
  Problem p;
  p.x = study.grid->x.values();
  p.y = study.grid->y.values();
  p.runs = static_cast<std::int64_t>(p.x.size() * p.y.size());
  return p;
}

}  // namespace

const std::vector<Workload>& workloads() {
  static const std::vector<Workload> table = {
      {"adam-rosenbrock", Shape::kTrajectories, adam_rosenbrock, engine_trajectories,
       trajectory_problem, limit_adam_rosenbrock, "adam_rosenbrock", 40.0, kAdamFlops},
      {"gd-rosenbrock", Shape::kTrajectories, gd_rosenbrock, engine_trajectories,
       trajectory_problem, limit_gd_rosenbrock, "gd_rosenbrock", 12.0, kGdFlops},
      {"ackley-grid", Shape::kGrid, ackley_grid, engine_grid, grid_problem, limit_ackley_grid,
       "ackley_grid", 230.0, kAckleyFlops},
      {"gd-linear-regression", Shape::kSamples, gd_linear_regression, engine_trajectories,
       task_problem, limit_gd_linear_regression, nullptr, 16.0, kLineFlops, 36.0},
      {"trajectories", Shape::kTrajectories, any_study, engine_trajectories, trajectory_problem,
       nullptr, nullptr, 0.0, kNotCounted},
      {"task", Shape::kSamples, any_task, engine_trajectories, task_problem, nullptr, nullptr,
       0.0, kNotCounted},
      {"grid", Shape::kGrid, any_study, engine_grid, grid_problem, nullptr, nullptr, 0.0,
       kNotCounted},
  };
  return table;
}

const Workload& workload_for(const scenario::Study& study, Shape shape) {
  for (const auto& w : workloads()) {
    if (w.shape == shape && w.matches(study)) return w;
  }
  throw std::logic_error("bench: no workload for study '" + study.name + "'");
}

const char* unit_name(Shape shape) {
  if (shape == Shape::kSamples) return "samples";
  return shape == Shape::kGrid ? "evaluations" : "run-steps";
}

}  // namespace optbench::bench
