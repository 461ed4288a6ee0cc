#ifndef OPTBENCH_SUITE_CHECK_COMPARE_GRID_HPP
#define OPTBENCH_SUITE_CHECK_COMPARE_GRID_HPP

// Compares one landscape grid (/grids/<name>: value [ny, nx], x [nx], y [ny]) found in both
// results files: equal shapes, and every value within rtol (0: bitwise, trajectory_diff.hpp).
// The grid's timing is not compared.

#include <string>

#include "suite/check/comparison.hpp"
#include "suite/check/results_source.hpp"

namespace optbench::check {

// Throws store::BadResultsFile when a file cannot be read.
GridComparison compare_grid(const ResultsSource& baseline, const ResultsSource& candidate,
                            const std::string& name, double rtol);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_COMPARE_GRID_HPP
