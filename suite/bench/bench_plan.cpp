#include "suite/bench/bench_plan.hpp"

#include <fmt/core.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <map>
#include <stdexcept>

namespace optbench::bench {
namespace {

// Which shapes each study of a file has, read from the YAML before the parser sees it; empty
// when the file is not a readable scenario (the parser then says why).
std::vector<std::vector<Shape>> study_shapes(const std::string& path) {
  std::vector<std::vector<Shape>> shapes;
  try {
    const YAML::Node studies = YAML::LoadFile(path)["studies"];
    if (!studies.IsSequence()) return shapes;
    for (const auto& study : studies) {
      // A missing key gives an invalid node, which tests false before any other query.
      std::vector<Shape> own;
      const YAML::Node init = study.IsMap() ? study["init"] : YAML::Node();
      const YAML::Node uniform = init && init.IsMap() ? init["uniform"] : YAML::Node();
      const bool task = study.IsMap() && study["task"];
      if (uniform && uniform.IsMap()) own.push_back(task ? Shape::kSamples : Shape::kTrajectories);
      const YAML::Node grid = study.IsMap() ? study["grid"] : YAML::Node();
      if (grid && grid.IsMap()) own.push_back(Shape::kGrid);
      shapes.push_back(own);
    }
  } catch (const YAML::Exception&) {
    shapes.clear();
  }
  return shapes;
}

std::vector<std::string> overrides_for(const std::vector<std::vector<Shape>>& shapes,
                                       std::int64_t size) {
  std::vector<std::string> overrides;
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    overrides.push_back(fmt::format("studies.{}.record={{final_only: true}}", i));
    for (const Shape shape : shapes[i]) {
      if (shape != Shape::kGrid) {
        overrides.push_back(fmt::format("studies.{}.init.uniform.count={}", i, size));
      } else {
        overrides.push_back(fmt::format("studies.{}.grid.nx={}", i, grid_side(size)));
        overrides.push_back(fmt::format("studies.{}.grid.ny={}", i, grid_side(size)));
      }
    }
  }
  return overrides;
}

scenario::Diagnostic problem(const std::string& file, const std::string& key,
                             const std::string& message) {
  scenario::Diagnostic d;
  d.file = file;
  d.key_path = key;
  d.message = message;
  return d;
}

void add_entries(BenchPlan& plan, std::size_t file, const scenario::Scenario& s,
                 const std::vector<std::vector<Shape>>& shapes,
                 std::map<std::string, std::string>& owners) {
  for (std::size_t i = 0; i < s.studies.size(); ++i) {
    const scenario::Study& study = s.studies[i];
    if (shapes[i].empty()) {
      plan.problems.push_back(problem(
          plan.files[file], fmt::format("studies[{}]", i),
          fmt::format("study '{}' has nothing to benchmark: bench sweeps the number of runs "
                      "through `init: {{uniform: {{count: N}}}}` and grid sizes through "
                      "`grid: {{nx: N, ny: N}}`",
                      study.name)));
    }
    for (const Shape shape : shapes[i]) {
      const std::string name = study.name + (shape == Shape::kGrid ? "-grid" : "");
      const auto [it, fresh] = owners.emplace(name, plan.files[file]);
      if (!fresh) {
        plan.problems.push_back(problem(
            plan.files[file], fmt::format("studies[{}].name", i),
            fmt::format("benchmark '{}' is also defined in '{}'; names must be unique", name,
                        it->second)));
      }
      plan.entries.push_back({name, file, i, shape, &workload_for(study, shape), s.name,
                              study.name, shape == Shape::kGrid ? 1 : study.steps});
    }
  }
}

}  // namespace

std::int64_t grid_side(std::int64_t size) {
  const auto side = static_cast<std::int64_t>(std::llround(std::sqrt(static_cast<double>(size))));
  return side < 2 ? 2 : side;
}

BenchPlan make_plan(const std::vector<std::string>& files,
                    const std::vector<std::int64_t>& sizes) {
  BenchPlan plan{files, sizes, {}, {}};
  std::map<std::string, std::string> owners;
  for (std::size_t f = 0; f < files.size(); ++f) {
    const auto shapes = study_shapes(files[f]);
    for (std::size_t k = 0; k < sizes.size(); ++k) {
      auto parsed = scenario::parse_scenario_file(files[f], overrides_for(shapes, sizes[k]));
      if (!parsed.problems.empty() || shapes.size() != parsed.scenario->studies.size()) {
        // Once per file: the other sizes would repeat the same problems.
        plan.problems.insert(plan.problems.end(), parsed.problems.begin(),
                             parsed.problems.end());
        if (parsed.problems.empty()) {
          plan.problems.push_back(problem(files[f], "studies", "cannot be read as a list"));
        }
        break;
      }
      if (k == 0) add_entries(plan, f, *parsed.scenario, shapes, owners);
    }
  }
  if (!plan.problems.empty()) plan.entries.clear();
  return plan;
}

std::vector<scenario::Scenario> scenarios_at(const BenchPlan& plan, std::int64_t size) {
  std::vector<scenario::Scenario> scenarios;
  for (const auto& file : plan.files) {
    auto parsed = scenario::parse_scenario_file(file, overrides_for(study_shapes(file), size));
    if (!parsed.scenario) {
      throw std::runtime_error(fmt::format("bench: '{}' no longer parses at size {}", file, size));
    }
    scenarios.push_back(std::move(*parsed.scenario));
  }
  return scenarios;
}

}  // namespace optbench::bench
