#include "suite/check/trajectory_diff.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <utility>

#include "suite/check/ulp_distance.hpp"

namespace optbench::check {

DatasetDiff diff_values(std::string dataset, const double* baseline, const double* candidate,
                        std::size_t count, std::size_t width) {
  DatasetDiff diff;
  diff.dataset = std::move(dataset);
  diff.values = count;
  for (std::size_t i = 0; i < count; ++i) {
    if (same_bits(baseline[i], candidate[i])) continue;
    if (diff.differing++ == 0) diff.first_record = width == 0 ? 0 : i / width;
    diff.max_relative = std::max(diff.max_relative, relative_difference(baseline[i], candidate[i]));
    diff.max_ulp = std::max(diff.max_ulp, ulp_distance(baseline[i], candidate[i]));
  }
  return diff;
}

bool within(const DatasetDiff& diff, double rtol) {
  if (rtol == 0.0) return diff.differing == 0;
  return diff.max_relative <= rtol;
}

std::string describe(const DatasetDiff& diff, const std::vector<std::int64_t>& steps,
                     const char* record_word) {
  if (diff.differing == 0) return fmt::format("{}: identical", diff.dataset);
  const std::string ulp = diff.max_ulp == kMaxUlp ? std::string("NaN against a value")
                                                  : fmt::format("max {} ulp", diff.max_ulp);
  const std::string where = diff.first_record < steps.size()
                                ? fmt::format("step {}", steps[diff.first_record])
                                : fmt::format("{} {}", record_word, diff.first_record);
  return fmt::format("{}: {} of {} values differ, max rel {:.3g}, {}, first at {}", diff.dataset,
                     diff.differing, diff.values, diff.max_relative, ulp, where);
}

}  // namespace optbench::check
