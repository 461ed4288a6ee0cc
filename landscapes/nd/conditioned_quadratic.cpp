#include "landscapes/nd/conditioned_quadratic.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

#include "backends/philox.hpp"
#include "landscapes/kernel_helpers.hpp"

namespace optbench::landscapes {
namespace {

constexpr std::uint64_t kStream = random::name_hash("conditioned_quadratic");

// A standard Gaussian from the Philox pair named by index (Box-Muller). 1 - u lies in
// (0, 1], so the logarithm is finite.
double gaussian(std::uint64_t seed, std::uint64_t index) {
  double u1 = 0.0;
  double u2 = 0.0;
  random::uniform_pair(seed, kStream, index, u1, u2);
  return std::sqrt(-2.0 * std::log(1.0 - u1)) * std::cos(2.0 * kPi * u2);
}

// Rows per panel of the QR, columns per tile of Q and rows per tile of A: blocking keeps the
// vectors being worked on in the L1/L2 cache. Results do not depend on them: every row sees
// the same operations in the same order as without blocking.
constexpr int kBlock = 32;

// sum_i a[i] b[i] over [begin, end) in four partial sums (by i mod 4) added as
// (s0 + s1) + (s2 + s3): a fixed order, with four independent chains for the CPU.
double dot(const double* a, const double* b, int begin, int end) {
  double s[4] = {0.0, 0.0, 0.0, 0.0};
  int i = begin;
  for (; i + 4 <= end; i += 4) {
    for (int l = 0; l < 4; ++l) s[l] += a[i + l] * b[i + l];
  }
  for (int l = 0; i < end; ++i, ++l) s[l] += a[i] * b[i];
  return (s[0] + s[1]) + (s[2] + s[3]);
}

// Householder reflections H_k = I - beta_k v_k v_k^T, v_k zero before index k.
struct Reflections {
  int n = 0;
  std::vector<double> v;     // row k holds v_k in entries k..n-1
  std::vector<double> beta;  // 0 where the column was already zero
  std::vector<double> diag;  // the diagonal of R
};

// y = H_k y on entries k..n-1.
void reflect(const Reflections& h, int k, double* y) {
  const double* v = &h.v[static_cast<size_t>(k) * h.n];
  const double s = h.beta[k] * dot(v, y, k, h.n);
  for (int i = k; i < h.n; ++i) y[i] -= s * v[i];
}

// Turns row k (column k of G, already reflected by H_0..H_{k-1}) into v_k: the reflection
// maps it onto alpha e_k with alpha = -sign(x_k) |x| (no cancellation in v = x - alpha e_k).
void make_reflection(Reflections& h, int k) {
  double* x = &h.v[static_cast<size_t>(k) * h.n];
  const double norm = std::sqrt(dot(x, x, k, h.n));
  const double alpha = x[k] < 0.0 ? norm : -norm;
  h.diag[k] = alpha;
  x[k] -= alpha;
  const double vv = dot(x, x, k, h.n);
  h.beta[k] = vv > 0.0 ? 2.0 / vv : 0.0;
}

// Householder QR of the Gaussian matrix G, kept transposed (row j of `v` is column j of G)
// so that each column is a contiguous row. Panel by panel: factor kBlock columns, then apply
// their reflections to each later column while it sits in cache.
Reflections householder_qr(int n, std::uint64_t seed) {
  Reflections h;
  h.n = n;
  h.v.assign(static_cast<size_t>(n) * n, 0.0);
  h.beta.assign(n, 0.0);
  h.diag.assign(n, 0.0);
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      const std::uint64_t index = static_cast<std::uint64_t>(i) * n + j;
      h.v[static_cast<size_t>(j) * n + i] = gaussian(seed, index);
    }
  }
  for (int k0 = 0; k0 + 1 < n; k0 += kBlock) {
    const int k1 = std::min(k0 + kBlock, n - 1);
    for (int k = k0; k < k1; ++k) {
      make_reflection(h, k);
      for (int j = k + 1; j < k1; ++j) reflect(h, k, &h.v[static_cast<size_t>(j) * n]);
    }
    for (int j = k1; j < n; ++j) {
      for (int k = k0; k < k1; ++k) reflect(h, k, &h.v[static_cast<size_t>(j) * n]);
    }
  }
  h.diag[n - 1] = h.v.back();
  return h;
}

// The columns of Q D, as rows: Q = H_0 ... H_{n-2}, D = diag(sign(R_kk)). Column j of Q is
// H_0 (H_1 (... H_j e_j)): the reflections after j leave e_j alone. Tiles of kBlock columns
// share each v_k while it is in cache.
std::vector<double> haar_rows(const Reflections& h) {
  const int n = h.n;
  std::vector<double> q(static_cast<size_t>(n) * n, 0.0);
  for (int j0 = 0; j0 < n; j0 += kBlock) {
    const int j1 = std::min(j0 + kBlock, n);
    for (int j = j0; j < j1; ++j) q[static_cast<size_t>(j) * n + j] = 1.0;
    for (int k = std::min(j1 - 1, n - 2); k >= 0; --k) {
      for (int j = std::max(j0, k); j < j1; ++j) reflect(h, k, &q[static_cast<size_t>(j) * n]);
    }
    for (int j = j0; j < j1; ++j) {
      if (h.diag[j] >= 0.0) continue;
      double* y = &q[static_cast<size_t>(j) * n];
      for (int i = 0; i < n; ++i) y[i] = -y[i];
    }
  }
  return q;
}

// A = Q^T diag(lambda) Q: each entry of the upper triangle summed over k in order, then
// mirrored, so that A is exactly symmetric. Tiles of kBlock rows of A stay in cache while
// the rows of Q stream past.
std::vector<double> rotated_diagonal(int n, const std::vector<double>& q,
                                     const std::vector<double>& lambda) {
  std::vector<double> a(static_cast<size_t>(n) * n, 0.0);
  for (int i0 = 0; i0 < n; i0 += kBlock) {
    const int i1 = std::min(i0 + kBlock, n);
    for (int k = 0; k < n; ++k) {
      const double* row = &q[static_cast<size_t>(k) * n];
      for (int i = i0; i < i1; ++i) {
        const double scaled = lambda[k] * row[i];
        double* out = &a[static_cast<size_t>(i) * n];
        for (int j = i; j < n; ++j) out[j] += scaled * row[j];
      }
    }
  }
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) {
      a[static_cast<size_t>(j) * n + i] = a[static_cast<size_t>(i) * n + j];
    }
  }
  return a;
}

std::string format_number(double value) {
  std::ostringstream out;
  out.precision(10);
  out << value;
  return out.str();
}

}  // namespace

std::vector<ParameterProblem> conditioned_quadratic_problems(const LandscapeSpec& spec) {
  const char* name = "conditioned_quadratic";
  std::vector<ParameterProblem> problems = nd_dim_problems(spec, name, kMaxConditionedQuadraticDim);
  if (const std::vector<double>* kappa = spec.find("condition")) {
    if (kappa->size() != 1 || !std::isfinite((*kappa)[0]) || !((*kappa)[0] >= 1.0)) {
      problems.push_back({"condition",
                          "expected a finite number >= 1 (the ratio of the largest to the "
                          "smallest curvature), found " +
                              format_values(*kappa)});
    }
  }
  const std::vector<ParameterProblem> seed = nd_count_problems(spec, "rotation_seed");
  problems.insert(problems.end(), seed.begin(), seed.end());
  return problems;
}

ConditionedQuadraticParameters conditioned_quadratic_parameters(const LandscapeSpec& spec) {
  ConditionedQuadraticParameters p;
  p.dim = nd_dim(spec);
  if (const std::vector<double>* kappa = spec.find("condition")) {
    if (!kappa->empty()) p.condition = (*kappa)[0];
  }
  p.rotation_seed = nd_count(spec, "rotation_seed", 0);
  return p;
}

ConditionedQuadraticMatrices build_conditioned_quadratic(const ConditionedQuadraticParameters& p) {
  const int n = p.dim;
  ConditionedQuadraticMatrices m;
  m.parameters = p;
  m.eigenvalues.resize(n);
  for (int k = 0; k < n; ++k) {
    // pow(kappa, 0) = 1 and pow(kappa, 1) = kappa exactly: the ratio of the ends is kappa.
    m.eigenvalues[k] = std::pow(p.condition, static_cast<double>(k) / (n - 1));
  }
  m.rotation = haar_rows(householder_qr(n, p.rotation_seed));
  m.matrix = rotated_diagonal(n, m.rotation, m.eigenvalues);
  return m;
}

LandscapeInfo conditioned_quadratic_info(const ConditionedQuadraticParameters& p) {
  LandscapeInfo info;
  info.name = "conditioned_quadratic";
  info.formula = "1/2 x^T A x, A = Q^T diag(lambda) Q, lambda_k = kappa^(k/(n-1)), kappa = " +
                 format_number(p.condition) + ", Q Haar-random (rotation_seed " +
                 std::to_string(p.rotation_seed) + ")";
  info.dim = p.dim;
  info.domain = cube_domain(p.dim, -5.0, 5.0);
  info.minima = {{std::vector<double>(p.dim, 0.0), 0.0}};
  info.source =
      "Nocedal & Wright, Numerical Optimization, 2nd ed., Springer 2006, sec. 3.3; Mezzadri, "
      "Notices of the AMS 54(5), 2007 (Haar rotation)";
  info.parameters = {"dim", "condition", "rotation_seed"};
  return info;
}

}  // namespace optbench::landscapes
