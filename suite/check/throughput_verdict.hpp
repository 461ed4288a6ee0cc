#ifndef OPTBENCH_SUITE_CHECK_THROUGHPUT_VERDICT_HPP
#define OPTBENCH_SUITE_CHECK_THROUGHPUT_VERDICT_HPP

// Is the candidate slower than the baseline? Timings are noisy, so a slowdown fails the check
// only when it is both large and significant:
//   regression  the median throughput fell by more than max_slowdown AND the two-sided
//               Mann-Whitney U test on the repetitions rejects equal distributions at
//               p < kThroughputSignificance;
//   uncertain   there are too few repetitions for the test ever to reach that level
//               (smallest_two_sided_p: 13 in all at least, e.g. 7 + 6; 6 + 6 never does), or
//               the median fell by more than max_slowdown without significance; reported,
//               never fails;
//   pass        otherwise: the slowdown is within max_slowdown (or the candidate is faster).
// The strict level keeps false alarms rare over many studies and nights.

#include <cstdint>
#include <string>
#include <vector>

#include "suite/check/mann_whitney.hpp"
#include "suite/check/verdict.hpp"

namespace optbench::check {

inline constexpr double kThroughputSignificance = 0.002;

// Median kernel time below which a study's throughput is reported but never judged a
// regression (see compare_study.cpp).
inline constexpr double kShortestTimedKernel = 1e-3;

struct ThroughputComparison {
  std::vector<double> baseline;  // run-steps per second, one value per repetition
  std::vector<double> candidate;
  double baseline_median = 0.0;
  double candidate_median = 0.0;
  double ratio = 1.0;     // candidate / baseline median throughput; below 1: slower
  double slowdown = 0.0;  // baseline / candidate median throughput - 1: 0.3 is 30 % more time
  double max_slowdown = 0.0;
  MannWhitneyResult test;
  bool testable = false;  // the sample sizes allow p < kThroughputSignificance
  Verdict verdict = Verdict::kUncertain;
  std::string reason;  // one phrase, e.g. "30.0% slower, p = 4.1e-05"
};

// Throughput of each repetition: run_steps / seconds, for the repetitions with seconds > 0.
std::vector<double> throughput_samples(double run_steps, const std::vector<double>& seconds);

// Samples must be finite and positive; an empty side gives `uncertain`.
ThroughputComparison compare_throughput(std::vector<double> baseline, std::vector<double> candidate,
                                        double max_slowdown);

double median(std::vector<double> values);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_THROUGHPUT_VERDICT_HPP
