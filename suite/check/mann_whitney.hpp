#ifndef OPTBENCH_SUITE_CHECK_MANN_WHITNEY_HPP
#define OPTBENCH_SUITE_CHECK_MANN_WHITNEY_HPP

// The two-sided Mann-Whitney U test (Wilcoxon rank-sum test) of two independent samples: does
// one tend to take larger values than the other? optbench uses it on repetition timings,
// which are skewed and have outliers, so a rank test fits better than a t-test.
//
// U of the first sample x counts the pairs (x_i, y_j) with x_i > y_j, a tied pair counting
// one half; U ranges over [0, n1 n2] and is n1 n2 / 2 on average when neither sample tends to
// be larger.
//
// p-values:
//   - exact, when there are no ties and both samples have at most kExactLimit values: the
//     null distribution of U is counted by the recurrence
//       N(m, n, u) = N(m - 1, n, u - n) + N(m, n - 1, u)
//     over the C(m + n, m) equally likely orderings (Mann and Whitney 1947), and
//     p = min(1, 2 P(U <= min(u, n1 n2 - u)));
//   - otherwise the normal approximation with the tie correction of the variance,
//       var = n1 n2 / 12 ((n + 1) - sum(t^3 - t) / (n (n - 1))),  n = n1 + n2,
//     t the size of each group of tied values, and a continuity correction of 1/2:
//       p = erfc(max(0, |U - n1 n2 / 2| - 1/2) / sqrt(2 var)).
//     When every value is tied (var = 0) p = 1.
// Ties get mid-ranks; with ties the exact count would not apply, hence the approximation.

#include <cstddef>
#include <vector>

namespace optbench::check {

inline constexpr std::size_t kExactLimit = 50;

struct MannWhitneyResult {
  double u = 0.0;        // U of the first sample
  double p_value = 1.0;  // two-sided
  bool exact = false;    // from the exact distribution rather than the normal approximation
};

// Empty samples give p = 1. NaN values are not allowed (the caller filters them).
MannWhitneyResult mann_whitney_u(const std::vector<double>& x, const std::vector<double>& y);

// The smallest two-sided p-value the exact test can give for these sample sizes, reached at
// complete separation: 2 / C(n1 + n2, n1), at most 1. A significance level below it can never
// be reached (n1 = n2 = 2: 1/3; n1 = n2 = 9: 4.1e-5).
double smallest_two_sided_p(std::size_t n1, std::size_t n2);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_MANN_WHITNEY_HPP
