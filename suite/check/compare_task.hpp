#ifndef OPTBENCH_SUITE_CHECK_COMPARE_TASK_HPP
#define OPTBENCH_SUITE_CHECK_COMPARE_TASK_HPP

// What a regression-task study adds to the comparison of its runs: the task's definition
// (task/ attributes), its dataset and least-squares optimum (data/), and per run where it
// stopped and how far it ended from the optimum and the truth. A dataset or optimum that
// changed is a study-wide regression even when every trajectory still matches; a per-run
// value that changed makes that run a regression. Values are compared bit for bit, or within
// the scenario's trajectory tolerance when it has one.

#include <string>

#include "suite/check/comparison.hpp"
#include "suite/check/results_source.hpp"

namespace optbench::check {

// Adds the task's problems to `study` (its runs must already be laid out and judged).
void compare_task(const ResultsSource& baseline, const ResultsSource& candidate,
                  const std::string& name, StudyComparison& study);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_COMPARE_TASK_HPP
