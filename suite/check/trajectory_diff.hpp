#ifndef OPTBENCH_SUITE_CHECK_TRAJECTORY_DIFF_HPP
#define OPTBENCH_SUITE_CHECK_TRAJECTORY_DIFF_HPP

// The difference between the baseline's and the candidate's values of one dataset for one run
// (params [R, dim], cost [R], grad_norm [R]) or one grid (value [ny, nx], x, y): how many
// values differ in their bits, and the largest relative and ULP distances (ulp_distance.hpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace optbench::check {

struct DatasetDiff {
  std::string dataset;
  std::size_t values = 0;     // values compared
  std::size_t differing = 0;  // values whose bits differ
  double max_relative = 0.0;
  std::uint64_t max_ulp = 0;     // kMaxUlp when a NaN meets a number or another NaN
  std::size_t first_record = 0;  // record (row) of the first differing value
};

// Compares count values of each side; `width` consecutive values make one record.
DatasetDiff diff_values(std::string dataset, const double* baseline, const double* candidate,
                        std::size_t count, std::size_t width);

// Whether the difference is within a relative tolerance. rtol 0 means bitwise: no value may
// differ in its bits (so -0.0 against +0.0, or NaNs with other bits, fail). rtol > 0 bounds
// each value's relative difference, and a NaN then matches any NaN.
bool within(const DatasetDiff& diff, double rtol);

// One phrase for people, e.g.
//   params: 1 of 8002 values differ, max rel 2.2e-16, max 1 ulp, first at step 17
// `steps`, when given, names the record's step; otherwise its index ("record 17", "row 3").
std::string describe(const DatasetDiff& diff, const std::vector<std::int64_t>& steps = {},
                     const char* record_word = "record");

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_TRAJECTORY_DIFF_HPP
