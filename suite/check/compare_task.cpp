#include "suite/check/compare_task.hpp"

#include <fmt/format.h>

#include <vector>

#include "suite/check/trajectory_diff.hpp"

namespace optbench::check {
namespace {

constexpr const char* kTaskAttributes[] = {"kind",    "samples",     "features", "outputs",
                                           "noise_sd", "standardize", "seed"};
constexpr const char* kDataDatasets[] = {"data/x",           "data/y",
                                         "data/feature_mean", "data/feature_scale",
                                         "data/truth_raw",    "data/truth",
                                         "data/optimum"};
constexpr const char* kPerRunValues[] = {"optimality_gap", "optimum_distance", "truth_distance",
                                         "stop_epoch"};

struct Sides {
  const ResultsSource& b;
  const ResultsSource& c;
  std::string study;  // studies/<name>
};

void compare_definition(const Sides& s, StudyComparison& study) {
  for (const char* key : kTaskAttributes) {
    const auto b = s.b.text_attribute(s.study + "/task", key);
    const auto c = s.c.text_attribute(s.study + "/task", key);
    if (b != c) {
      study.problems.push_back(fmt::format("task {} {} -> {}", key, b.value_or("(none)"),
                                           c.value_or("(none)")));
    }
  }
}

void compare_data(const Sides& s, double rtol, StudyComparison& study) {
  for (const char* dataset : kDataDatasets) {
    const std::string path = s.study + "/" + dataset;
    const bool in_b = s.b.exists(path);
    const bool in_c = s.c.exists(path);
    if (in_b != in_c) {
      study.problems.push_back(fmt::format("{} only in the {}", dataset,
                                           in_b ? "baseline" : "candidate"));
      continue;
    }
    if (!in_b) continue;
    const std::vector<double> b = s.b.values(path);
    const std::vector<double> c = s.c.values(path);
    if (b.size() != c.size()) {
      study.problems.push_back(fmt::format("{}: {} values -> {}", dataset, b.size(), c.size()));
      continue;
    }
    const DatasetDiff diff = diff_values(dataset, b.data(), c.data(), b.size(), 1);
    if (!within(diff, rtol)) study.problems.push_back(describe(diff, {}, "value"));
  }
  const auto b = s.b.text_attribute(s.study + "/data", "optimal_cost");
  const auto c = s.c.text_attribute(s.study + "/data", "optimal_cost");
  if (b != c) {
    study.problems.push_back(fmt::format("data optimal_cost {} -> {}", b.value_or("(none)"),
                                         c.value_or("(none)")));
  }
}

void compare_per_run(const Sides& s, double rtol, StudyComparison& study) {
  for (const char* dataset : kPerRunValues) {
    const std::string path = s.study + "/" + dataset;
    if (!s.b.exists(path) || !s.c.exists(path)) {
      if (s.b.exists(path) != s.c.exists(path)) {
        study.problems.push_back(fmt::format("{} only in the {}", dataset,
                                             s.b.exists(path) ? "baseline" : "candidate"));
      }
      continue;
    }
    const std::vector<double> b = s.b.values(path);
    const std::vector<double> c = s.c.values(path);
    for (auto& run : study.runs) {
      if (run.presence != Presence::kBoth) continue;
      const std::size_t kb = *run.baseline_index;
      const std::size_t kc = *run.candidate_index;
      if (kb >= b.size() || kc >= c.size()) continue;
      const DatasetDiff diff = diff_values(dataset, &b[kb], &c[kc], 1, 1);
      if (within(diff, rtol)) continue;
      run.problems.push_back(fmt::format("{} {} -> {}", dataset, b[kb], c[kc]));
      run.verdict = Verdict::kRegression;
    }
  }
}

}  // namespace

void compare_task(const ResultsSource& baseline, const ResultsSource& candidate,
                  const std::string& name, StudyComparison& study) {
  const Sides sides{baseline, candidate, "studies/" + name};
  const bool in_b = baseline.exists(sides.study + "/task");
  const bool in_c = candidate.exists(sides.study + "/task");
  if (in_b != in_c) {
    study.problems.push_back(fmt::format("a regression task only in the {}",
                                         in_b ? "baseline" : "candidate"));
    return;
  }
  if (!in_b) return;
  const double rtol = study.tolerances.trajectory_rtol;
  compare_definition(sides, study);
  compare_data(sides, rtol, study);
  compare_per_run(sides, rtol, study);
}

}  // namespace optbench::check
