#ifndef OPTBENCH_SUITE_CHECK_TEXT_REPORT_HPP
#define OPTBENCH_SUITE_CHECK_TEXT_REPORT_HPP

// The summary `optbench compare` prints on stdout:
//
//   baseline   base.h5
//   candidate  cand.h5
//   warning: scenario changed: scenario_sha256 ... (baseline) vs ... (candidate); ...
//
//   verdict     study       run    identity                           difference
//   regression  rosenbrock  run 1  momentum lr=0.0005 init=(-1.5, 2)  params: 1 of 8002 ...
//
//   study       runs  pass  regression  only in baseline  only in candidate  trajectories ...
//   rosenbrock     4     3           1                 0                  0  regression   ...
//
//   verdict: regression (runs: 1 regression of 4; grids: ...; throughput: ...)
//
// The findings table lists every run, study or grid that is not a plain pass, at most
// kMaxTextRowsPerStudy per study (then a line says how many more); it is left out when there
// are none. The study table has one line per study, with its throughput figures.

#include <cstddef>
#include <string>

#include "suite/check/comparison.hpp"

namespace optbench::check {

inline constexpr std::size_t kMaxTextRowsPerStudy = 200;

std::string text_report(const Comparison& comparison);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_TEXT_REPORT_HPP
