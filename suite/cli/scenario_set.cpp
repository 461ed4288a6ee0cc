#include "suite/cli/scenario_set.hpp"

#include <fmt/core.h>

#include <map>

#include "backends/backend.hpp"
#include "suite/cli/log.hpp"

namespace optbench::cli {

ScenarioSet load_scenarios(const std::vector<std::string>& paths,
                           const std::vector<std::string>& overrides) {
  ScenarioSet set;
  std::map<std::string, std::string> study_owner;
  for (const auto& path : paths) {
    scenario::ParseResult parsed = scenario::parse_scenario_file(path, overrides);
    set.problems.insert(set.problems.end(), parsed.problems.begin(), parsed.problems.end());
    if (!parsed.scenario) continue;
    for (const auto& study : parsed.scenario->studies) {
      const auto [it, inserted] = study_owner.emplace(study.name, path);
      if (!inserted) {
        scenario::Diagnostic problem;
        problem.file = path;
        problem.key_path = "studies";
        problem.message = fmt::format(
            "study '{}' is also defined in '{}'; study names must be "
            "unique across the scenarios of one run",
            study.name, it->second);
        set.problems.push_back(problem);
      }
    }
    set.scenarios.push_back(std::move(*parsed.scenario));
  }
  return set;
}

std::size_t report_problems(const std::vector<scenario::Diagnostic>& problems) {
  for (const auto& problem : problems) fmt::print(stderr, "{}\n", problem.format());
  return problems.size();
}

std::optional<std::string> choose_backend(const std::string& requested,
                                          const std::vector<scenario::Scenario>& scenarios) {
  std::string name = requested;
  if (name.empty()) {
    name = "default";
    for (const auto& s : scenarios) {
      if (s.backend == "default") continue;
      if (name != "default" && name != s.backend) {
        log(LogLevel::kError,
            "the scenarios ask for different backends ('{}' and '{}'); choose one with "
            "--backend",
            name, s.backend);
        return std::nullopt;
      }
      name = s.backend;
    }
  }
  const std::string resolved = backends::resolve_backend(name);
  if (resolved.empty()) {
    std::string compiled;
    for (const auto& b : backends::compiled_backends()) {
      compiled += (compiled.empty() ? "" : ", ") + b;
    }
    log(LogLevel::kError, "backend '{}' is not compiled into this build; available: {}", name,
        compiled);
    return std::nullopt;
  }
  return resolved;
}

}  // namespace optbench::cli
