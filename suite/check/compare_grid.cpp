#include "suite/check/compare_grid.hpp"

#include <fmt/core.h>

namespace optbench::check {
namespace {

std::string shape_text(const std::vector<hsize_t>& shape) {
  std::string text = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    text += (i == 0 ? "" : ", ") + std::to_string(shape[i]);
  }
  return text + "]";
}

}  // namespace

GridComparison compare_grid(const ResultsSource& baseline, const ResultsSource& candidate,
                            const std::string& name, double rtol) {
  GridComparison grid;
  grid.name = name;
  grid.rtol = rtol;
  for (const char* dataset : {"value", "x", "y"}) {
    const std::string path = "grids/" + name + "/" + dataset;
    const bool in_baseline = baseline.exists(path);
    if (in_baseline != candidate.exists(path)) {
      grid.problems.push_back(
          fmt::format("{} only in {}", dataset, in_baseline ? "baseline" : "candidate"));
      continue;
    }
    if (!in_baseline) continue;
    const auto b_shape = baseline.shape(path);
    const auto c_shape = candidate.shape(path);
    if (b_shape != c_shape) {
      grid.problems.push_back(fmt::format("{} shape differs: baseline {}, candidate {}", dataset,
                                          shape_text(b_shape), shape_text(c_shape)));
      continue;
    }
    const std::vector<double> b = baseline.values(path);
    const std::vector<double> c = candidate.values(path);
    const std::size_t width = b_shape.empty() ? 1 : static_cast<std::size_t>(b_shape.back());
    grid.datasets.push_back(diff_values(dataset, b.data(), c.data(), b.size(), width));
    if (!within(grid.datasets.back(), rtol)) {
      grid.problems.push_back(describe(grid.datasets.back(), {}, "row"));
    }
  }
  grid.verdict = grid.problems.empty() ? Verdict::kPass : Verdict::kRegression;
  return grid;
}

}  // namespace optbench::check
