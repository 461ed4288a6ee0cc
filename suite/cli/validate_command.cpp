#include <fmt/core.h>

#include "suite/cli/commands.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/scenario_set.hpp"
#include "suite/engine/memory_estimate.hpp"
#include "suite/engine/record_plan.hpp"

namespace optbench::cli {

int validate_command(const ValidateOptions& options) {
  ScenarioSet set = load_scenarios(options.scenarios, options.overrides);
  if (report_problems(set.problems) > 0) return kExitBadInput;

  std::int64_t total_runs = 0;
  std::int64_t total_bytes = 0;
  fmt::print("{:<28} {:<20} {:>4} {:>8} {:>8} {:>8} {:>10}\n", "study", "landscape or task", "dim",
             "runs", "steps", "records", "memory");
  for (const auto& s : set.scenarios) {
    for (const auto& study : s.studies) {
      const auto bytes = engine::estimate_memory(study, true).total();
      fmt::print("{:<28} {:<20} {:>4} {:>8} {:>8} {:>8} {:>10}\n", study.name,
                 scenario::subject_name(study), study.dim, study.runs.size(),
                 study.task ? fmt::format("{} ep", study.steps) : fmt::format("{}", study.steps),
                 engine::RecordPlan::from_study(study).count(), engine::format_bytes(bytes));
      total_runs += static_cast<std::int64_t>(study.runs.size());
      total_bytes += bytes;
    }
  }
  fmt::print("{} scenario(s), {} runs, {} of results on a host backend (twice that on a GPU)\n",
             set.scenarios.size(), total_runs, engine::format_bytes(total_bytes));
  return kExitOk;
}

}  // namespace optbench::cli
