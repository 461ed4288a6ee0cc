#include <fmt/core.h>

#include <cmath>
#include <filesystem>

#include "backends/backend.hpp"
#include "backends/kokkos_runtime.hpp"
#include "suite/cli/commands.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/log.hpp"
#include "suite/cli/output_file.hpp"
#include "suite/cli/scenario_set.hpp"
#include "suite/engine/memory_estimate.hpp"
#include "suite/engine/run_status.hpp"
#include "suite/engine/run_study.hpp"
#include "suite/store/results_writer.hpp"

namespace optbench::cli {
namespace {

// Refuses, before anything is allocated, a batch whose results would not fit in memory.
bool fits_in_memory(const std::vector<scenario::Scenario>& scenarios, bool device_is_host) {
  std::int64_t largest = 0;
  std::int64_t total = 0;
  std::string largest_name;
  for (const auto& s : scenarios) {
    for (const auto& study : s.studies) {
      const auto estimate = engine::estimate_memory(study, device_is_host).total();
      total += estimate;
      if (estimate > largest) {
        largest = estimate;
        largest_name = study.name;
      }
    }
  }
  const std::int64_t available = engine::available_host_memory();
  if (available < 0 || total <= available) return true;
  log(LogLevel::kError,
      "the results need {} in all ({} for study '{}') but {} is available; record sparsely "
      "(record: {{every: N}} or {{final_only: true}}) or run fewer runs",
      engine::format_bytes(total), engine::format_bytes(largest), largest_name,
      engine::format_bytes(available));
  return false;
}

// Data a task cannot learn from still give results (every run marked); the user hears why.
void warn_about_data(const scenario::Study& study, const engine::StudyResult& result) {
  if (!result.dataset) return;
  if (!result.dataset->finite) {
    log(LogLevel::kWarning,
        "study {}: the drawn samples are not all finite numbers (features or truth too large); "
        "its runs diverge",
        study.name);
  } else if (std::isnan(result.dataset->optimal_cost)) {
    log(LogLevel::kWarning,
        "study {}: the least-squares optimum is undefined (a feature is constant or features "
        "are collinear in this sample); optimum, optimality gaps and distances are NaN",
        study.name);
  }
}

void print_summary(const std::vector<store::StudyOutput>& outputs) {
  fmt::print("{:<28} {:>8} {:>9} {:>9} {:>9} {:>11}\n", "study", "runs", "converged", "max_steps",
             "diverged", "seconds");
  for (const auto& output : outputs) {
    std::int64_t counts[3] = {0, 0, 0};
    for (std::int64_t k = 0; k < output.result.runs; ++k) ++counts[output.result.status(k)];
    fmt::print("{:<28} {:>8} {:>9} {:>9} {:>9} {:>11.6f}\n", output.study->name, output.result.runs,
               counts[0], counts[1], counts[2], output.result.seconds);
  }
}

}  // namespace

int run_command(const RunOptions& options) {
  ScenarioSet set = load_scenarios(options.scenarios, options.overrides);
  if (report_problems(set.problems) > 0) return kExitBadInput;
  const auto backend = choose_backend(options.backend, set.scenarios);
  if (!backend) return kExitBadInput;
  if (!output_location_is_usable(options.output)) return kExitBadInput;
  for (const auto& scenario : options.scenarios) {
    std::error_code error;
    if (std::filesystem::equivalent(scenario, options.output, error)) {
      log(LogLevel::kError, "output '{}' is the scenario file '{}'; choose another results file",
          options.output, scenario);
      return kExitBadInput;
    }
  }
  const bool device_is_host = *backend == "serial" || *backend == "openmp" || *backend == "threads";
  if (!fits_in_memory(set.scenarios, device_is_host)) return kExitBadInput;

  if (options.threads > 1 && *backend == "serial") {
    log(LogLevel::kWarning, "--threads {} has no effect on the serial backend", options.threads);
  }
  backends::KokkosRuntime runtime(options.threads);
  const backends::BackendInfo info = backends::describe_backend(*backend);
  log(LogLevel::kInfo, "backend {} with concurrency {} on {}", info.name, info.concurrency,
      info.device);

  std::vector<store::StudyOutput> outputs;
  for (const auto& s : set.scenarios) {
    for (const auto& study : s.studies) {
      log(LogLevel::kInfo, "study {}: {} runs of {} {}", study.name, study.runs.size(),
          study.steps, study.task ? "epochs" : "steps");
      store::StudyOutput output{&s, &study, engine::run_study(study, *backend), std::nullopt};
      warn_about_data(study, output.result);
      if (study.grid) output.grid = engine::evaluate_grid(study, *backend);
      outputs.push_back(std::move(output));
    }
  }
  std::string compiled;
  for (const auto& b : backends::compiled_backends()) compiled += (compiled.empty() ? "" : ",") + b;
  store::write_results(options.output, set.scenarios, outputs,
                       {info.name, info.concurrency, info.device, utc_now(), compiled,
                        backends::host_cpu_model(), backends::omp_environment()});
  print_summary(outputs);
  log(LogLevel::kInfo, "results written to {}", options.output);
  return kExitOk;
}

}  // namespace optbench::cli
