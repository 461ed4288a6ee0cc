#ifndef OPTBENCH_SUITE_CHECK_REPORT_ROWS_HPP
#define OPTBENCH_SUITE_CHECK_REPORT_ROWS_HPP

// A Comparison flattened into the rows the text and Markdown reports print: one finding per
// thing that is not a plain pass, one summary per study, and the closing verdict line.

#include <cstddef>
#include <string>
#include <vector>

#include "suite/check/comparison.hpp"

namespace optbench::check {

struct Finding {
  Verdict verdict = Verdict::kRegression;
  std::string study;       // study name, or grids/<name>
  std::string run;         // "run 3", "run 3 (candidate 5)", or "-" for the whole study
  std::string identity;    // short identity, "(study)" or "(grid)"
  std::string difference;  // what differs, phrases joined by "; "
};

// Findings in study order (then grids), at most max_per_study per study or grid; `left_out`
// counts those beyond.
std::vector<Finding> findings(const Comparison& comparison, std::size_t max_per_study,
                              std::size_t& left_out);

struct StudySummary {
  std::string study;
  std::size_t runs = 0;
  std::size_t pass = 0;
  std::size_t regression = 0;
  std::size_t only_baseline = 0;
  std::size_t only_candidate = 0;
  std::string trajectories;  // verdict of runs and shapes, or "only in baseline"
  std::string throughput;    // verdict, or "-"
  std::string speed;         // candidate / baseline median throughput: "0.77x", or "-"
  std::string p_value;       // of the Mann-Whitney U test, or "-"
  std::string repetitions;   // baseline/candidate: "9/9", or "-"
  std::string note;          // the throughput's reason when it is not a pass
};

std::vector<StudySummary> study_summaries(const Comparison& comparison);

// e.g. "regression (runs: 1 regression of 12; grids: 0 regressions of 3; throughput: 0
// regressions, 3 uncertain, 0 pass)"
std::string verdict_line(const Comparison& comparison);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_REPORT_ROWS_HPP
