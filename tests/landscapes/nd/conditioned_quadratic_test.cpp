// The conditioned quadratic's construction: Q orthogonal and Haar-distributed, A's
// eigenpairs the log-uniform spread with ratio kappa, the same seed giving the same bits,
// and its parameter checks.

#include "landscapes/nd/conditioned_quadratic.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "backends/philox.hpp"
#include "tests/landscapes/nd/nd_test_support.hpp"

namespace optbench::landscapes::nd_test {
namespace {

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
using Quadratic = ConditionedQuadraticNd<Kokkos::HostSpace>;

ConditionedQuadraticMatrices build(int dim, double condition, std::uint64_t seed) {
  return build_conditioned_quadratic({dim, condition, seed});
}

LandscapeSpec spec_with(const std::string& key, std::vector<double> values) {
  return spec_of("conditioned_quadratic", {{"dim", {5.0}}, {key, std::move(values)}});
}

TEST(ConditionedQuadratic, RotationIsOrthogonal) {
  for (int dim : {2, 5, 50, 1000}) {
    const std::vector<double> q = build(dim, 100.0, 3).rotation;
    ASSERT_EQ(q.size(), static_cast<size_t>(dim) * dim);
    // Q^T Q = sum_k q_k q_k^T over the rows q_k, accumulated row by row.
    std::vector<double> gram(static_cast<size_t>(dim) * dim, 0.0);
    for (int k = 0; k < dim; ++k) {
      const double* row = &q[static_cast<size_t>(k) * dim];
      for (int i = 0; i < dim; ++i) {
        for (int j = 0; j < dim; ++j) gram[static_cast<size_t>(i) * dim + j] += row[i] * row[j];
      }
    }
    double worst = 0.0;  // max |Q^T Q - I|
    for (int i = 0; i < dim; ++i) {
      for (int j = 0; j < dim; ++j) {
        const double identity = i == j ? 1.0 : 0.0;
        worst = std::max(worst, std::fabs(gram[static_cast<size_t>(i) * dim + j] - identity));
      }
    }
    EXPECT_LT(worst, 1e-12) << "dim " << dim;
  }
}

// A q_k = lambda_k q_k for every row q_k of Q. Rounding in forming A and in the product adds
// up like a random walk over dim terms of size up to kappa: bound 4 sqrt(dim) eps kappa
// (seen: 0.7 at dim 5, 3.3 at dim 1000, in units of eps kappa).
TEST(ConditionedQuadratic, EigenpairsAreTheLogUniformSpread) {
  for (int dim : {2, 5, 50, 1000}) {
    const double kappa = 1e4;
    const ConditionedQuadraticMatrices m = build(dim, kappa, 11);
    ASSERT_EQ(m.eigenvalues.size(), static_cast<size_t>(dim));
    EXPECT_EQ(m.eigenvalues.front(), 1.0);
    EXPECT_EQ(m.eigenvalues.back(), kappa);
    const double ratio = std::pow(kappa, 1.0 / (dim - 1));
    for (int k = 1; k < dim; ++k) {
      EXPECT_NEAR(m.eigenvalues[k] / m.eigenvalues[k - 1], ratio, 1e-12 * ratio) << k;
    }
    double worst = 0.0;
    for (int k = 0; k < dim; ++k) {
      const double* q = &m.rotation[static_cast<size_t>(k) * dim];
      for (int i = 0; i < dim; ++i) {
        double aq = 0.0;
        for (int j = 0; j < dim; ++j) aq += m.matrix[static_cast<size_t>(i) * dim + j] * q[j];
        worst = std::max(worst, std::fabs(aq - m.eigenvalues[k] * q[i]));
      }
    }
    EXPECT_LE(worst, 4.0 * std::sqrt(dim) * kEpsilon * kappa) << "dim " << dim;
  }
}

TEST(ConditionedQuadratic, MatrixIsExactlySymmetric) {
  const int dim = 37;
  const std::vector<double> a = build(dim, 50.0, 5).matrix;
  for (int i = 0; i < dim; ++i) {
    for (int j = 0; j < i; ++j) EXPECT_EQ(a[i * dim + j], a[j * dim + i]);
  }
}

// The first row of Q is G's first column normalised, up to sign: checks the Gaussian
// draws' keying (seed, stream "conditioned_quadratic", index i * dim + j) independently.
TEST(ConditionedQuadratic, FirstEigenvectorIsNormalisedFirstGaussianColumn) {
  const int dim = 6;
  const std::uint64_t seed = 42;
  std::vector<double> column(dim);
  double norm2 = 0.0;
  for (int i = 0; i < dim; ++i) {
    double u1 = 0.0;
    double u2 = 0.0;
    random::uniform_pair(seed, random::name_hash("conditioned_quadratic"),
                         static_cast<std::uint64_t>(i) * dim, u1, u2);
    column[i] = std::sqrt(-2.0 * std::log(1.0 - u1)) * std::cos(2.0 * kPi * u2);
    norm2 += column[i] * column[i];
  }
  const std::vector<double> q = build(dim, 10.0, seed).rotation;
  for (int i = 0; i < dim; ++i) EXPECT_NEAR(q[i], column[i] / std::sqrt(norm2), 1e-15);
}

// Haar-distributed Q has E[Q_ij] = 0 and E[Q_ij^2] = 1/n. Without the sign fix the diagonal
// of Householder's Q is biased (Q_00 = -|g_0| / |g| < 0 always). Over 1000 seeds at n = 4
// the mean of a diagonal entry has standard deviation 1/sqrt(4000) = 0.016: bound 5 sigma.
TEST(ConditionedQuadratic, RotationDiagonalIsUnbiasedOverSeeds) {
  const int dim = 4;
  const int seeds = 1000;
  std::vector<double> sum(dim, 0.0);
  std::vector<double> sum_sq(dim, 0.0);
  for (int seed = 0; seed < seeds; ++seed) {
    const std::vector<double> q = build(dim, 10.0, seed).rotation;
    for (int i = 0; i < dim; ++i) {
      sum[i] += q[i * dim + i];
      sum_sq[i] += q[i * dim + i] * q[i * dim + i];
    }
  }
  for (int i = 0; i < dim; ++i) {
    EXPECT_LT(std::fabs(sum[i] / seeds), 5.0 / std::sqrt(dim * seeds)) << "entry " << i;
    EXPECT_NEAR(sum_sq[i] / seeds, 1.0 / dim, 0.03) << "entry " << i;
  }
}

TEST(ConditionedQuadratic, SameSeedGivesSameBits) {
  const ConditionedQuadraticMatrices first = build(64, 1e3, 9);
  const ConditionedQuadraticMatrices second = build(64, 1e3, 9);
  ASSERT_EQ(first.matrix.size(), second.matrix.size());
  EXPECT_EQ(
      std::memcmp(first.matrix.data(), second.matrix.data(), first.matrix.size() * sizeof(double)),
      0);
  EXPECT_EQ(std::memcmp(first.rotation.data(), second.rotation.data(),
                        first.rotation.size() * sizeof(double)),
            0);

  // The View that from_spec fills holds the same bits as the host matrix.
  const LandscapeSpec spec = spec_of(
      "conditioned_quadratic", {{"dim", {64.0}}, {"condition", {1e3}}, {"rotation_seed", {9.0}}});
  const Quadratic landscape = Quadratic::from_spec(spec);
  ASSERT_EQ(landscape.a.extent(0), 64u);
  ASSERT_EQ(landscape.a.extent(1), 64u);
  EXPECT_EQ(
      std::memcmp(landscape.a.data(), first.matrix.data(), first.matrix.size() * sizeof(double)),
      0);
}

TEST(ConditionedQuadratic, DifferentSeedGivesDifferentRotation) {
  const ConditionedQuadraticMatrices first = build(8, 10.0, 0);
  const ConditionedQuadraticMatrices second = build(8, 10.0, 1);
  EXPECT_NE(first.rotation, second.rotation);
  EXPECT_NE(first.matrix, second.matrix);
  EXPECT_EQ(first.eigenvalues, second.eigenvalues);
}

// g = A w and J = 1/2 w^T A w, each row summed in index order.
TEST(ConditionedQuadratic, GradientIsMatrixTimesPoint) {
  const int dim = 20;
  const Quadratic landscape = Quadratic::from_spec(
      spec_of("conditioned_quadratic", {{"dim", {20.0}}, {"condition", {100.0}}}));
  const ConditionedQuadraticMatrices m = landscape.host_matrices();
  const Vector w = uniform_point(landscape.info(), 1, 0);
  Vector g;
  const double value = evaluate(landscape, w, g);
  double expected_value = 0.0;
  for (int i = 0; i < dim; ++i) {
    double row = 0.0;
    for (int j = 0; j < dim; ++j) row += m.matrix[i * dim + j] * w[j];
    EXPECT_EQ(g[i], row) << i;
    expected_value += w[i] * row;
  }
  EXPECT_EQ(value, 0.5 * expected_value);
}

TEST(ConditionedQuadratic, UnitConditionIsTheIdentity) {
  const ConditionedQuadraticMatrices m = build(30, 1.0, 4);
  for (int i = 0; i < 30; ++i) {
    for (int j = 0; j < 30; ++j) EXPECT_NEAR(m.matrix[i * 30 + j], i == j ? 1.0 : 0.0, 1e-14);
  }
}

TEST(ConditionedQuadratic, DefaultsAndDescription) {
  EXPECT_TRUE(Quadratic::check(spec_of("conditioned_quadratic", {})).empty());
  const ConditionedQuadraticParameters p =
      conditioned_quadratic_parameters(spec_of("conditioned_quadratic", {}));
  EXPECT_EQ(p.dim, 2);
  EXPECT_EQ(p.condition, kDefaultCondition);
  EXPECT_EQ(p.rotation_seed, 0u);
  const LandscapeInfo info = Quadratic::describe(spec_with("condition", {250.0}));
  EXPECT_EQ(info.dim, 5);
  EXPECT_NE(info.formula.find("kappa = 250"), std::string::npos) << info.formula;
  EXPECT_EQ(info.parameters, (std::vector<std::string>{"dim", "condition", "rotation_seed"}));
}

TEST(ConditionedQuadratic, CheckRejectsBadCondition) {
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<std::pair<std::vector<double>, std::string>> cases = {
      {{0.5}, "0.5"},
      {{-3.0}, "-3"},
      {{0.0}, "0"},
      {{inf}, "inf"},
      {{std::numeric_limits<double>::quiet_NaN()}, "nan"},
      {{10.0, 100.0}, "[10, 100]"}};
  for (const auto& [values, found] : cases) {
    const std::vector<ParameterProblem> problems = Quadratic::check(spec_with("condition", values));
    ASSERT_EQ(problems.size(), 1u) << found;
    EXPECT_EQ(problems[0].key, "condition");
    EXPECT_EQ(problems[0].message,
              "expected a finite number >= 1 (the ratio of the largest to the smallest "
              "curvature), found " +
                  found);
  }
  EXPECT_TRUE(Quadratic::check(spec_with("condition", {1.0})).empty());
  EXPECT_TRUE(Quadratic::check(spec_with("condition", {1e12})).empty());
}

TEST(ConditionedQuadratic, CheckRejectsBadDimAndSeed) {
  std::vector<ParameterProblem> problems =
      Quadratic::check(spec_of("conditioned_quadratic", {{"dim", {1.0}}, {"condition", {10.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "dim");
  EXPECT_EQ(problems[0].message,
            "expected an integer >= 2 (conditioned_quadratic needs at least 2 dimensions), "
            "found 1");
  problems = Quadratic::check(spec_of("conditioned_quadratic", {{"dim", {2049.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message,
            "expected an integer <= 2048 (the largest dimension conditioned_quadratic "
            "supports), found 2049");
  for (double seed : {-1.0, 1.5, 0x1p54}) {
    problems = Quadratic::check(spec_with("rotation_seed", {seed}));
    ASSERT_EQ(problems.size(), 1u) << seed;
    EXPECT_EQ(problems[0].key, "rotation_seed");
  }
  EXPECT_TRUE(Quadratic::check(spec_with("rotation_seed", {0x1p53})).empty());
  EXPECT_THROW(Quadratic::from_spec(spec_with("condition", {0.5})), std::invalid_argument);
}

}  // namespace
}  // namespace optbench::landscapes::nd_test
