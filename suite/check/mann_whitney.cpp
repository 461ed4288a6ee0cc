#include "suite/check/mann_whitney.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace optbench::check {
namespace {

struct RankSums {
  double u = 0.0;
  double tie_term = 0.0;  // sum over groups of tied values of t^3 - t
  bool ties = false;
};

// U of x from the mid-ranks of the pooled sample, and the tie term of the variance.
RankSums rank_sums(const std::vector<double>& x, const std::vector<double>& y) {
  std::vector<std::pair<double, bool>> pooled;  // value, from x
  for (const double v : x) pooled.emplace_back(v, true);
  for (const double v : y) pooled.emplace_back(v, false);
  std::sort(pooled.begin(), pooled.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  RankSums sums;
  double x_rank_sum = 0.0;
  std::size_t i = 0;
  while (i < pooled.size()) {
    std::size_t j = i;
    std::size_t from_x = 0;
    while (j < pooled.size() && pooled[j].first == pooled[i].first) from_x += pooled[j++].second;
    const double t = static_cast<double>(j - i);
    const double mid_rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
    x_rank_sum += mid_rank * static_cast<double>(from_x);
    if (j - i > 1) {
      sums.ties = true;
      sums.tie_term += t * t * t - t;
    }
    i = j;
  }
  const double n1 = static_cast<double>(x.size());
  sums.u = x_rank_sum - n1 * (n1 + 1.0) / 2.0;
  return sums;
}

// counts[u]: the orderings of n1 and n2 values without ties whose U is u.
std::vector<double> u_counts(std::size_t n1, std::size_t n2) {
  // row[n] holds N(m, n, .) for the current m; m = 0 has one ordering with U = 0.
  std::vector<std::vector<double>> row(n2 + 1, std::vector<double>{1.0});
  for (std::size_t m = 1; m <= n1; ++m) {
    std::vector<std::vector<double>> next(n2 + 1);
    next[0] = {1.0};
    for (std::size_t n = 1; n <= n2; ++n) {
      next[n].assign(m * n + 1, 0.0);
      // The largest value comes from x (it beats all n values of y) or from y.
      for (std::size_t u = 0; u < row[n].size(); ++u) next[n][u + n] += row[n][u];
      for (std::size_t u = 0; u < next[n - 1].size(); ++u) next[n][u] += next[n - 1][u];
    }
    row = std::move(next);
  }
  return row[n2];
}

double exact_p(double u, std::size_t n1, std::size_t n2) {
  const std::vector<double> counts = u_counts(n1, n2);
  const double total = static_cast<double>(n1 * n2);
  const auto tail_end = static_cast<std::size_t>(std::min(u, total - u));
  double tail = 0.0;
  double all = 0.0;
  for (std::size_t k = 0; k < counts.size(); ++k) {
    all += counts[k];
    if (k <= tail_end) tail += counts[k];
  }
  return std::min(1.0, 2.0 * tail / all);
}

double normal_p(const RankSums& sums, std::size_t n1, std::size_t n2) {
  const double a = static_cast<double>(n1);
  const double b = static_cast<double>(n2);
  const double n = a + b;
  const double variance = a * b / 12.0 * ((n + 1.0) - sums.tie_term / (n * (n - 1.0)));
  if (!(variance > 0.0)) return 1.0;
  const double distance = std::max(0.0, std::abs(sums.u - a * b / 2.0) - 0.5);
  return std::min(1.0, std::erfc(distance / std::sqrt(2.0 * variance)));
}

}  // namespace

MannWhitneyResult mann_whitney_u(const std::vector<double>& x, const std::vector<double>& y) {
  MannWhitneyResult result;
  if (x.empty() || y.empty()) return result;
  const RankSums sums = rank_sums(x, y);
  result.u = sums.u;
  result.exact = !sums.ties && x.size() <= kExactLimit && y.size() <= kExactLimit;
  result.p_value =
      result.exact ? exact_p(sums.u, x.size(), y.size()) : normal_p(sums, x.size(), y.size());
  return result;
}

double smallest_two_sided_p(std::size_t n1, std::size_t n2) {
  // C(n1 + n2, n1) as a product of ratios, each step exact enough in double.
  double orderings = 1.0;
  for (std::size_t k = 1; k <= n1; ++k) {
    orderings = orderings * static_cast<double>(n2 + k) / static_cast<double>(k);
  }
  return std::min(1.0, 2.0 / orderings);
}

}  // namespace optbench::check
