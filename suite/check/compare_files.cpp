#include "suite/check/compare_files.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "suite/check/compare_grid.hpp"
#include "suite/check/compare_study.hpp"
#include "suite/check/provenance.hpp"
#include "suite/check/results_source.hpp"
#include "suite/store/results_reader.hpp"

namespace optbench::check {
namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The tolerances of each study, from its scenario's check block; cached per scenario.
class ToleranceSource {
 public:
  ToleranceSource(const ResultsSource& baseline, const ResultsSource& candidate,
                  const ToleranceOverrides& overrides)
      : baseline_(baseline), candidate_(candidate), overrides_(overrides) {}

  Tolerances for_study(const std::string& study) {
    std::string scenario = attribute("studies/" + study, "scenario");
    if (scenario.empty()) {
      // A file without the attribute: its only scenario, if it has one.
      const auto names = candidate_.children("scenario");
      if (names.size() == 1) scenario = names.front();
    }
    auto found = by_scenario_.find(scenario);
    if (found == by_scenario_.end()) {
      found = by_scenario_.emplace(scenario, from_scenario(scenario)).first;
    }
    return apply_overrides(found->second, overrides_);
  }

  Tolerances defaults() const { return apply_overrides(Tolerances{}, overrides_); }

 private:
  std::string attribute(const std::string& object, const std::string& name) const {
    if (auto value = candidate_.text_attribute(object, name)) return *value;
    return baseline_.text_attribute(object, name).value_or("");
  }

  Tolerances from_scenario(const std::string& scenario) const {
    const std::string path = "scenario/" + scenario;
    const ResultsSource* source = candidate_.exists(path)  ? &candidate_
                                  : baseline_.exists(path) ? &baseline_
                                                           : nullptr;
    if (scenario.empty() || source == nullptr) return Tolerances{};
    try {
      return read_tolerances(source->text(path),
                             source->text_attribute(path, "overrides").value_or(""));
    } catch (const std::runtime_error& e) {
      throw store::BadResultsFile(fmt::format("{}: /{}: {}", source->path(), path, e.what()));
    }
  }

  const ResultsSource& baseline_;
  const ResultsSource& candidate_;
  ToleranceOverrides overrides_;
  std::map<std::string, Tolerances> by_scenario_;
};

void compare_studies(const ResultsSource& b, const ResultsSource& c, ToleranceSource& tolerances,
                     Comparison& comparison) {
  const auto b_names = b.children("studies");
  const auto c_names = c.children("studies");
  for (const auto& name : b_names) {
    if (contains(c_names, name)) {
      comparison.studies.push_back(
          compare_study(b, c, name, tolerances.for_study(name), comparison.warnings));
      continue;
    }
    StudyComparison study;
    study.name = name;
    study.presence = Presence::kOnlyBaseline;
    comparison.studies.push_back(study);
  }
  for (const auto& name : c_names) {
    if (contains(b_names, name)) continue;
    StudyComparison study;
    study.name = name;
    study.presence = Presence::kOnlyCandidate;
    comparison.studies.push_back(study);
  }
}

// A grid takes the trajectory tolerance of the study that asked for it.
double grid_rtol(const ResultsSource& c, const Comparison& comparison,
                 const ToleranceSource& tolerances, const std::string& grid) {
  const std::string study = c.text_attribute("grids/" + grid, "study").value_or("");
  for (const auto& s : comparison.studies) {
    if (s.name == study && s.presence == Presence::kBoth) return s.tolerances.trajectory_rtol;
  }
  return tolerances.defaults().trajectory_rtol;
}

void compare_grids(const ResultsSource& b, const ResultsSource& c,
                   const ToleranceSource& tolerances, Comparison& comparison) {
  const auto b_names = b.children("grids");
  const auto c_names = c.children("grids");
  for (const auto& name : b_names) {
    if (contains(c_names, name)) {
      comparison.grids.push_back(
          compare_grid(b, c, name, grid_rtol(c, comparison, tolerances, name)));
      continue;
    }
    GridComparison grid;
    grid.name = name;
    grid.presence = Presence::kOnlyBaseline;
    grid.problems.push_back(to_string(grid.presence));
    grid.verdict = Verdict::kRegression;
    comparison.grids.push_back(grid);
  }
  for (const auto& name : c_names) {
    if (contains(b_names, name)) continue;
    GridComparison grid;
    grid.name = name;
    grid.presence = Presence::kOnlyCandidate;
    grid.problems.push_back(to_string(grid.presence));
    grid.verdict = Verdict::kRegression;
    comparison.grids.push_back(grid);
  }
}

}  // namespace

Comparison compare_files(const std::string& baseline, const std::string& candidate,
                         const ToleranceOverrides& overrides) {
  // Both files are opened before anything is compared, so either one's problem is found first.
  const ResultsSource b(baseline);
  const ResultsSource c(candidate);
  Comparison comparison;
  comparison.baseline_path = baseline;
  comparison.candidate_path = candidate;
  comparison.warnings = scenario_warnings(b, c);
  for (auto& line : provenance_warnings(b, c)) comparison.warnings.push_back(std::move(line));

  ToleranceSource tolerances(b, c, overrides);
  compare_studies(b, c, tolerances, comparison);
  compare_grids(b, c, tolerances, comparison);
  return comparison;
}

}  // namespace optbench::check
