#ifndef OPTBENCH_SUITE_CHECK_COMPARE_FILES_HPP
#define OPTBENCH_SUITE_CHECK_COMPARE_FILES_HPP

// `optbench compare`: a candidate results file against a baseline. Studies are matched by
// name, runs within a study by identity (run_identity.hpp), grids by name; anything found on
// one side only is a regression. Each study is judged with the tolerances of its scenario's
// `check:` block, taken from the candidate's file (else the baseline's), with the command
// line's overrides on top (tolerances.hpp). created_utc, timings (for the trajectory verdicts)
// and derived datasets (nearest_minimum, minimum_distance, runs_per_minimum, landscape/) are
// not compared.

#include <string>

#include "suite/check/comparison.hpp"
#include "suite/check/tolerances.hpp"

namespace optbench::check {

// Throws store::BadResultsFile naming the file and the reason when either file is missing,
// not HDF5, truncated, not optbench results, or lacks a dataset the comparison needs.
Comparison compare_files(const std::string& baseline, const std::string& candidate,
                         const ToleranceOverrides& overrides = {});

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_COMPARE_FILES_HPP
