#include "suite/check/throughput_verdict.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace optbench::check {
namespace {

std::string describe_change(double slowdown) {
  if (slowdown >= 0.0) return fmt::format("{:.1f}% slower", 100.0 * slowdown);
  // A speed-up, as the time saved per run-step.
  return fmt::format("{:.1f}% faster", 100.0 * -slowdown / (1.0 + slowdown));
}

void decide(ThroughputComparison& c) {
  const std::string change = describe_change(c.slowdown);
  if (!c.testable) {
    c.verdict = Verdict::kUncertain;
    c.reason = fmt::format("{}; {} and {} repetitions cannot reach p < {} (smallest p {:.2g})",
                           change, c.baseline.size(), c.candidate.size(), kThroughputSignificance,
                           smallest_two_sided_p(c.baseline.size(), c.candidate.size()));
    return;
  }
  const std::string p = fmt::format("p = {:.2g}", c.test.p_value);
  if (c.slowdown <= c.max_slowdown) {
    c.verdict = Verdict::kPass;
    c.reason = fmt::format("{} (bound {:.0f}%), {}", change, 100.0 * c.max_slowdown, p);
  } else if (c.test.p_value < kThroughputSignificance) {
    c.verdict = Verdict::kRegression;
    c.reason = fmt::format("{} (bound {:.0f}%), {}", change, 100.0 * c.max_slowdown, p);
  } else {
    c.verdict = Verdict::kUncertain;
    c.reason = fmt::format("{} (bound {:.0f}%) but not significant, {}", change,
                           100.0 * c.max_slowdown, p);
  }
}

}  // namespace

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const std::size_t half = values.size() / 2;
  return values.size() % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2.0;
}

std::vector<double> throughput_samples(double run_steps, const std::vector<double>& seconds) {
  std::vector<double> samples;
  for (const double s : seconds) {
    if (s > 0.0 && std::isfinite(s)) samples.push_back(run_steps / s);
  }
  return samples;
}

ThroughputComparison compare_throughput(std::vector<double> baseline, std::vector<double> candidate,
                                        double max_slowdown) {
  ThroughputComparison c;
  c.baseline = std::move(baseline);
  c.candidate = std::move(candidate);
  c.max_slowdown = max_slowdown;
  if (c.baseline.empty() || c.candidate.empty()) {
    c.reason = fmt::format("no timing in the {}", c.baseline.empty() ? "baseline" : "candidate");
    return c;
  }
  c.baseline_median = median(c.baseline);
  c.candidate_median = median(c.candidate);
  c.ratio = c.candidate_median / c.baseline_median;
  c.slowdown = c.baseline_median / c.candidate_median - 1.0;
  c.test = mann_whitney_u(c.baseline, c.candidate);
  c.testable =
      smallest_two_sided_p(c.baseline.size(), c.candidate.size()) < kThroughputSignificance;
  decide(c);
  return c;
}

}  // namespace optbench::check
