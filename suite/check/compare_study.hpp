#ifndef OPTBENCH_SUITE_CHECK_COMPARE_STUDY_HPP
#define OPTBENCH_SUITE_CHECK_COMPARE_STUDY_HPP

// Compares one study found in both results files: runs matched by identity
// (run_matching.hpp), then for each pair its status, stop step, final cost and trajectories
// (params, cost, grad_norm), and the study's throughput.
//
// A run passes when its status and stop_step are equal, every trajectory dataset is within
// tolerances.trajectory_rtol and the last record's cost within tolerances.final_cost_rtol
// (rtol 0: bitwise, trajectory_diff.hpp). Runs found in one file only are regressions. When
// the two files record different shapes (dim, number of records, or record steps) the study
// has a problem, a regression, and its trajectories are not compared value by value; status,
// stop_step and final cost still are.

#include <string>
#include <vector>

#include "suite/check/comparison.hpp"
#include "suite/check/results_source.hpp"
#include "suite/check/tolerances.hpp"

namespace optbench::check {

// Warnings (identity columns found in one file only) are appended to `warnings`. Throws
// store::BadResultsFile when a file cannot be read.
StudyComparison compare_study(const ResultsSource& baseline, const ResultsSource& candidate,
                              const std::string& name, const Tolerances& tolerances,
                              std::vector<std::string>& warnings);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_COMPARE_STUDY_HPP
