#include "suite/store/results_writer.hpp"

#include <cmath>
#include <limits>
#include <set>

#include "backends/kokkos_compat.hpp"
#include "landscapes/registry.hpp"
#include "suite/engine/basins.hpp"
#include "suite/cli/build_info.hpp"
#include "suite/store/atomic_output.hpp"
#include "suite/store/h5_io.hpp"
#include "suite/store/sha256.hpp"
#include "suite/store/task_writer.hpp"

namespace optbench::store {
namespace {

using optimizers::OptimizerKind;
constexpr double kUnused = std::numeric_limits<double>::quiet_NaN();

// The root digest: the scenario's own when there is one, else the digest of the list of
// per-scenario digests, one per line, in command-line order.
std::string combined_digest(const std::vector<scenario::Scenario>& scenarios) {
  if (scenarios.size() == 1) return scenario_digest(scenarios.front());
  std::string lines;
  for (const auto& s : scenarios) lines += scenario_digest(s) + "\n";
  return sha256_hex(lines);
}

void write_root_attributes(H5::H5File& file, const std::vector<scenario::Scenario>& scenarios,
                           const Provenance& provenance) {
  const BuildInfo& build = build_info();
  write_attribute(file, "schema", kSchema);
  write_attribute(file, "optbench_version", build.version);
  write_attribute(file, "git_commit", build.git_commit);
  write_attribute(file, "git_dirty", std::int64_t{build.git_dirty ? 1 : 0});
  write_attribute(file, "created_utc", provenance.created_utc);
  write_attribute(file, "kokkos_version", compat::kokkos_version());
  write_attribute(file, "backend", provenance.backend);
  write_attribute(file, "device", provenance.device);
  write_attribute(file, "threads", std::int64_t{provenance.concurrency});
  write_attribute(file, "compiler", compiler_description(build));
  write_attribute(file, "build_type", build.build_type);
  write_attribute(file, "build_flags", build.flags);
  write_attribute(file, "scenario_sha256", combined_digest(scenarios));
  write_attribute(file, "kokkos_backends", provenance.kokkos_backends);
  write_attribute(file, "host_cpu", provenance.host_cpu);
  write_attribute(file, "omp_environment", provenance.omp_environment);
}

void write_scenarios(H5::H5File& file, const std::vector<scenario::Scenario>& scenarios) {
  H5::Group group = file.createGroup("scenario");
  for (const auto& s : scenarios) {
    write_text(group, s.name, s.text);
    H5::DataSet text = group.openDataSet(s.name);
    write_attribute(text, "path", s.path);
    write_attribute(text, "sha256", scenario_digest(s));
    std::string overrides;
    for (const auto& o : s.overrides) overrides += (overrides.empty() ? "" : "\n") + o;
    write_attribute(text, "overrides", overrides);
  }
}

void write_landscape(H5::Group& study_group, const scenario::Study& study) {
  const landscapes::LandscapeInfo info = landscapes::describe_landscape(study.landscape);
  H5::Group group = study_group.createGroup("landscape");
  write_attribute(group, "name", info.name);
  write_attribute(group, "formula", info.formula);
  write_attribute(group, "source", info.source);
  for (const auto& [key, values] : study.landscape.parameters) {
    write_attribute(group, key, values);
  }
  std::vector<double> domain;
  for (const auto& interval : info.domain) {
    domain.push_back(interval.low);
    domain.push_back(interval.high);
  }
  write_dataset(group, "domain", {info.domain.size(), 2}, domain.data());
  std::vector<double> locations;
  std::vector<double> values;
  for (const auto& minimum : info.minima) {
    locations.insert(locations.end(), minimum.location.begin(), minimum.location.end());
    values.push_back(minimum.value);
  }
  const hsize_t dim = static_cast<hsize_t>(info.dim);
  write_dataset(group, "minima", {info.minima.size(), dim}, locations.data());
  write_dataset(group, "minimum_value", {info.minima.size()}, values.data());
}

double applies(bool used, double value) {
  return used ? value : kUnused;
}

void write_runs(H5::Group& study_group, const scenario::Scenario& owner,
                const scenario::Study& study) {
  H5::Group group = study_group.createGroup("runs");
  const hsize_t K = study.runs.size();
  std::vector<std::string> optimizer, convention, schedule;
  std::vector<double> rate, beta, beta1, beta2, epsilon, schedule_rate, init;
  std::vector<std::int64_t> seed;
  for (const auto& run : study.runs) {
    const auto& o = run.optimizer;
    optimizer.push_back(optimizers::to_string(o.kind));
    convention.push_back(optimizers::to_string(o.convention));
    schedule.push_back(optimizers::to_string(o.schedule.kind));
    rate.push_back(o.learning_rate);
    const bool single_beta =
        o.kind == OptimizerKind::kMomentum || o.kind == OptimizerKind::kRmsprop;
    beta.push_back(applies(single_beta, o.beta));
    beta1.push_back(applies(o.kind == OptimizerKind::kAdam, o.beta1));
    beta2.push_back(applies(o.kind == OptimizerKind::kAdam, o.beta2));
    epsilon.push_back(
        applies(o.kind == OptimizerKind::kRmsprop || o.kind == OptimizerKind::kAdam, o.epsilon));
    schedule_rate.push_back(
        applies(o.schedule.kind != optimizers::ScheduleKind::kConstant, o.schedule.rate));
    seed.push_back(static_cast<std::int64_t>(study.task ? study.task->seed : owner.seed));
    init.insert(init.end(), run.init.begin(), run.init.end());
  }
  write_strings(group, "optimizer", optimizer);
  write_strings(group, "convention", convention);
  write_dataset(group, "learning_rate", {K}, rate.data());
  write_dataset(group, "beta", {K}, beta.data());
  write_dataset(group, "beta1", {K}, beta1.data());
  write_dataset(group, "beta2", {K}, beta2.data());
  write_dataset(group, "epsilon", {K}, epsilon.data());
  write_strings(group, "schedule", schedule);
  write_dataset(group, "schedule_rate", {K}, schedule_rate.data());
  write_dataset(group, "seed", {K}, seed.data());
  write_dataset(group, "init", {K, static_cast<hsize_t>(study.dim)}, init.data());
}

// Which minimum each run ended nearest to, and how many runs ended in each basin.
void write_basins(H5::Group& group, const StudyOutput& output) {
  const auto info = landscapes::describe_landscape(output.study->landscape);
  const engine::BasinAssignment basins = engine::assign_basins(output.result, info.minima);
  const hsize_t K = basins.nearest_minimum.size();
  write_dataset(group, "nearest_minimum", {K}, basins.nearest_minimum.data());
  write_dataset(group, "minimum_distance", {K}, basins.distance.data());
  write_dataset(group, "runs_per_minimum", {basins.runs_per_minimum.size()},
                basins.runs_per_minimum.data());
}

// /grids/<landscape>, or /grids/<landscape>@<study> when another study's grid of the same
// landscape is already stored.
std::string write_grid(H5::H5File& file, std::set<std::string>& taken, const StudyOutput& output) {
  const engine::GridResult& grid = *output.grid;
  const scenario::Study& study = *output.study;
  const std::string subject = scenario::subject_name(study);
  std::string name = subject;
  if (!taken.insert(name).second) {
    name += "@" + output.study->name;
    taken.insert(name);
  }
  H5::Group grids = file.exists("grids") ? file.openGroup("grids") : file.createGroup("grids");
  H5::Group group = grids.createGroup(name);
  write_attribute(group, study.task ? "task" : "landscape", subject);
  write_attribute(group, "study", output.study->name);
  write_attribute(group, "x_scale",
                  output.study->grid->x.scale == landscapes::AxisScale::kLog ? "log" : "linear");
  write_attribute(group, "y_scale",
                  output.study->grid->y.scale == landscapes::AxisScale::kLog ? "log" : "linear");
  write_dataset(group, "x", {grid.x.size()}, grid.x.data());
  write_dataset(group, "y", {grid.y.size()}, grid.y.data());
  write_dataset(group, "value", {grid.y.size(), grid.x.size()}, grid.value.data());
  H5::Group timing = group.createGroup("timing");
  const double points = static_cast<double>(grid.x.size() * grid.y.size());
  write_attribute(timing, "seconds", grid.seconds);
  write_attribute(timing, "evaluations_per_second",
                  grid.seconds > 0.0 ? points / grid.seconds : 0.0);
  return "/grids/" + name;
}

void write_study(H5::Group& studies, const StudyOutput& output) {
  const scenario::Study& study = *output.study;
  const engine::StudyResult& r = output.result;
  H5::Group group = studies.createGroup(study.name);
  write_attribute(group, "scenario", output.scenario->name);
  if (study.task) {
    write_attribute(group, "task", landscapes::to_string(study.task->kind));
    write_attribute(group, "epochs", study.steps);
  } else {
    write_attribute(group, "landscape", study.landscape.name);
  }
  // `step` and `steps` count epochs in a task study, updates otherwise.
  write_attribute(group, "step_unit", study.task ? "epoch" : "update");
  write_attribute(group, "dim", std::int64_t{study.dim});
  write_attribute(group, "steps", study.steps);
  write_attribute(group, "record_every", study.record.final_only ? 0 : study.record.every);
  write_attribute(group, "cost_tol", study.stop.cost_tol);
  write_attribute(group, "grad_tol", study.stop.grad_tol);
  write_attribute(group, "diverge_above", study.stop.diverge_above);
  write_attribute(group, "math", study.math == scenario::MathMode::kNative ? "native" : "portable");
  if (!study.task) write_landscape(group, study);
  write_runs(group, *output.scenario, study);

  const auto K = static_cast<hsize_t>(r.runs);
  const auto R = static_cast<hsize_t>(r.records);
  write_dataset(group, "step", {R}, r.step.data());
  write_dataset(group, "params", {K, R, static_cast<hsize_t>(r.dim)}, r.params.data());
  write_dataset(group, "cost", {K, R}, r.cost.data());
  write_dataset(group, "grad_norm", {K, R}, r.grad_norm.data());
  write_dataset(group, "status", {K}, r.status.data());
  write_dataset(group, "stop_step", {K}, r.stop_step.data());
  if (study.task) {
    write_task(group, study, r);
  } else {
    write_basins(group, output);
  }

  H5::Group timing = group.createGroup("timing");
  write_attribute(timing, "seconds", r.seconds);
  write_attribute(timing, "run_steps", r.run_steps);
  write_attribute(timing, "run_steps_per_second",
                  r.seconds > 0.0 ? static_cast<double>(r.run_steps) / r.seconds : 0.0);
  if (study.task) {
    write_attribute(timing, "samples", r.samples);
    write_attribute(timing, "samples_per_second",
                    r.seconds > 0.0 ? static_cast<double>(r.samples) / r.seconds : 0.0);
  }
  write_attribute(timing, "repetitions", static_cast<std::int64_t>(r.repetition_seconds.size()));
  write_dataset(timing, "seconds", {r.repetition_seconds.size()}, r.repetition_seconds.data());
}

}  // namespace

std::string scenario_digest(const scenario::Scenario& scenario) {
  std::string material = scenario.text;
  for (const auto& o : scenario.overrides) material += "\n--set " + o;
  return sha256_hex(material);
}

void write_results(const std::string& path, const std::vector<scenario::Scenario>& scenarios,
                   const std::vector<StudyOutput>& studies, const Provenance& provenance) {
  AtomicOutput output(path);
  {
    H5::H5File file(output.temporary_path(), H5F_ACC_TRUNC);
    write_root_attributes(file, scenarios, provenance);
    write_scenarios(file, scenarios);
    H5::Group group = file.createGroup("studies");
    std::set<std::string> grid_names;
    for (const auto& study : studies) {
      write_study(group, study);
      if (study.grid) {
        H5::Group study_group = group.openGroup(study.study->name);
        write_attribute(study_group, "grid", write_grid(file, grid_names, study));
      }
    }
  }
  output.commit();
}

void write_provenance(H5::H5File& file, const std::vector<scenario::Scenario>& scenarios,
                      const Provenance& provenance) {
  write_root_attributes(file, scenarios, provenance);
}

}  // namespace optbench::store
