// Properties every N-D landscape family must have, written once and run for each family at
// dim 2, 5, 50 and 1000: listed minima are right and stationary, gradients match finite
// differences, values stay finite at awkward points, `dim` is checked.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "landscapes/nd/nd_catalog.hpp"
#include "tests/landscapes/nd/nd_test_support.hpp"

namespace optbench::landscapes::nd_test {
namespace {

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
constexpr int kDims[] = {2, 5, 50, 1000};

// One landscape per dimension, built once per family: the conditioned quadratic at dim 1000
// takes a second to build. Freed before Kokkos goes down (its matrix is a View).
template <class L>
class NdLandscapes : public ::testing::Test {
 public:
  static void SetUpTestSuite() {
    cache_ = std::make_unique<std::map<int, L>>();
    for (int dim : kDims) cache_->emplace(dim, make<L>(dim));
  }
  static void TearDownTestSuite() { cache_.reset(); }
  static const L& at(int dim) { return cache_->at(dim); }

 private:
  static inline std::unique_ptr<std::map<int, L>> cache_;
};

TYPED_TEST_SUITE(NdLandscapes, GtestTypes<NdCatalog>::type, FamilyName);

double max_abs(const Vector& g) {
  double m = 0.0;
  for (double x : g) m = std::max(m, std::fabs(x));
  return m;
}

// The coordinates whose partial derivatives a test checks: all of them up to dim 50, else
// both ends, the middle and a spread of others.
std::vector<int> sampled_coordinates(int dim) {
  if (dim <= 50) {
    std::vector<int> all(dim);
    for (int i = 0; i < dim; ++i) all[i] = i;
    return all;
  }
  std::vector<int> some = {0, 1, 2, dim / 2 - 1, dim / 2, dim - 3, dim - 2, dim - 1};
  for (int k = 1; k <= 8; ++k) some.push_back(k * dim / 9 + k);
  return some;
}

TYPED_TEST(NdLandscapes, DescriptionIsComplete) {
  for (int dim : kDims) {
    const LandscapeInfo info = this->at(dim).info();
    EXPECT_EQ(info.name, TypeParam::kName);
    EXPECT_EQ(info.dim, dim);
    EXPECT_FALSE(info.formula.empty());
    EXPECT_FALSE(info.source.empty());
    ASSERT_EQ(info.domain.size(), static_cast<size_t>(dim));
    for (const Interval& axis : info.domain) EXPECT_LT(axis.low, axis.high);
    ASSERT_EQ(info.minima.size(), 1u);
    ASSERT_EQ(info.minima[0].location.size(), static_cast<size_t>(dim));
    for (int i = 0; i < dim; ++i) {
      EXPECT_GE(info.minima[0].location[i], info.domain[i].low);
      EXPECT_LE(info.minima[0].location[i], info.domain[i].high);
    }
    ASSERT_FALSE(info.parameters.empty());
    EXPECT_EQ(info.parameters[0], "dim");
  }
}

// 1e-9 relative to the listed value, or 1e-12 absolute where the listed value is 0.
TYPED_TEST(NdLandscapes, ListedMinimumHasListedValue) {
  for (int dim : kDims) {
    const TypeParam& landscape = this->at(dim);
    const KnownMinimum minimum = landscape.info().minima.at(0);
    const double value = evaluate(landscape, minimum.location);
    const double tolerance = minimum.value == 0.0 ? 1e-12 : 1e-9 * std::fabs(minimum.value);
    EXPECT_NEAR(value, minimum.value, tolerance) << "dim " << dim;
  }
}

// At the minimum rounded to doubles the gradient is exactly 0 for most families; the
// largest leftovers are Styblinski-Tang's (2t^3 - 16t + 2.5 at the rounded t, about 1e-14)
// and Levy's (pi sin(2 pi) / 4, about 2e-16).
TYPED_TEST(NdLandscapes, GradientVanishesAtListedMinimum) {
  for (int dim : kDims) {
    const TypeParam& landscape = this->at(dim);
    Vector g;
    evaluate(landscape, landscape.info().minima.at(0).location, g);
    EXPECT_LE(max_abs(g), 1e-12) << "dim " << dim;
  }
}

// Five-point central differences, step h = 1e-5 of the axis width, at five uniform points
// and one near the minimum. The stencil is exact for the polynomial families (degree <= 4);
// for the trigonometric ones the truncation error h^4 J^(5) / 30 stays below 1e-10.
// Tolerance: 1e-6 of the gradient's infinity norm plus the rounding of J, about
// eps |J| sqrt(dim) / h with a factor 15 of margin.
TYPED_TEST(NdLandscapes, GradientMatchesCentralDifferences) {
  const std::uint64_t stream = random::name_hash(TypeParam::kName);
  for (int dim : kDims) {
    const TypeParam& landscape = this->at(dim);
    const LandscapeInfo info = landscape.info();
    std::vector<Vector> points;
    for (std::uint64_t draw = 0; draw < 5; ++draw) {
      points.push_back(uniform_point(info, stream + dim, draw));
    }
    points.push_back(near_minimum(info));
    for (const Vector& w : points) {
      Vector g;
      const double value = evaluate(landscape, w, g);
      for (int d : sampled_coordinates(dim)) {
        const double h = 1e-5 * (info.domain[d].high - info.domain[d].low);
        auto shifted = [&](double steps) {
          Vector p = w;
          p[d] += steps * h;
          return evaluate(landscape, p);
        };
        const double difference =
            (8.0 * (shifted(1.0) - shifted(-1.0)) - (shifted(2.0) - shifted(-2.0))) / (12.0 * h);
        const double tolerance =
            1e-6 * max_abs(g) + 15.0 * kEpsilon * std::fabs(value) * std::sqrt(dim) / h;
        EXPECT_NEAR(g[d], difference, tolerance) << "dim " << dim << ", coordinate " << d;
      }
    }
  }
}

// Points where a family is not smooth (Ackley's cone at the origin), signed zeros, tiny and
// subnormal coordinates whose squares underflow, and far points outside every domain.
std::vector<Vector> awkward_points(int dim) {
  std::vector<Vector> points;
  auto pattern = [&](double even, double odd) {
    Vector w(dim);
    for (int i = 0; i < dim; ++i) w[i] = i % 2 == 0 ? even : odd;
    points.push_back(w);
  };
  pattern(0.0, 0.0);
  pattern(-0.0, -0.0);
  pattern(0.0, -0.0);
  pattern(1e-300, -1e-300);
  pattern(1e-160, 1e-160);
  pattern(4.9e-324, 0.0);
  pattern(1e4, -1e4);
  pattern(-1e6, -1e6);
  pattern(3.141592653589793, -0.5);
  return points;
}

TYPED_TEST(NdLandscapes, StaysFiniteAtNonSmoothAndFarPoints) {
  for (int dim : kDims) {
    const TypeParam& landscape = this->at(dim);
    std::vector<Vector> points = awkward_points(dim);
    points.push_back(landscape.info().minima.at(0).location);
    for (size_t k = 0; k < points.size(); ++k) {
      Vector g;
      const double value = evaluate(landscape, points[k], g);
      EXPECT_TRUE(std::isfinite(value)) << "dim " << dim << ", point " << k << ": " << value;
      for (int i = 0; i < dim; ++i) {
        ASSERT_TRUE(std::isfinite(g[i]))
            << "dim " << dim << ", point " << k << ", coordinate " << i << ": " << g[i];
      }
    }
  }
}

// Far beyond every domain a value may overflow to +inf (Zakharov's S^4 at dim 1000), but no
// value or gradient component is NaN while |w_i| <= 1e75, where no single product overflows.
TYPED_TEST(NdLandscapes, NeverNaNUpToHugeCoordinates) {
  for (int dim : kDims) {
    const TypeParam& landscape = this->at(dim);
    for (const auto& [even, odd] : {std::pair{1e75, 1e75}, {1e75, -1e75}, {-1e75, -1e75}}) {
      Vector w(dim);
      for (int i = 0; i < dim; ++i) w[i] = i % 2 == 0 ? even : odd;
      Vector g;
      const double value = evaluate(landscape, w, g);
      EXPECT_FALSE(std::isnan(value)) << "dim " << dim << " at (" << even << ", " << odd << ")";
      for (int i = 0; i < dim; ++i) {
        ASSERT_FALSE(std::isnan(g[i])) << "dim " << dim << ", coordinate " << i;
      }
    }
  }
}

// Every family runs at the largest dimension it accepts (the conditioned quadratic's dense
// matrix stops it at 2048; building that one takes a few seconds).
TYPED_TEST(NdLandscapes, LargestDimensionEvaluates) {
  constexpr bool kDense = std::is_same_v<TypeParam, ConditionedQuadraticNd<Kokkos::HostSpace>>;
  const int dim = kDense ? kMaxConditionedQuadraticDim : kMaxNdDim;
  const TypeParam landscape = make<TypeParam>(dim);
  const KnownMinimum minimum = landscape.info().minima.at(0);
  Vector g;
  const double value = evaluate(landscape, minimum.location, g);
  const double tolerance = minimum.value == 0.0 ? 1e-12 : 1e-9 * std::fabs(minimum.value);
  EXPECT_NEAR(value, minimum.value, tolerance);
  EXPECT_LE(max_abs(g), 1e-12);
  const std::vector<ParameterProblem> problems = TypeParam::check(spec_at<TypeParam>(dim + 1));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "dim");
}

TYPED_TEST(NdLandscapes, CheckAcceptsDimFromTwoAndDefaultsToTwo) {
  EXPECT_TRUE(TypeParam::check(spec_at<TypeParam>(2)).empty());
  EXPECT_TRUE(TypeParam::check(spec_at<TypeParam>(1000)).empty());
  const LandscapeSpec no_dim = spec_of(TypeParam::kName);
  EXPECT_TRUE(TypeParam::check(no_dim).empty());
  EXPECT_EQ(TypeParam::from_spec(no_dim).dim, 2);
}

TYPED_TEST(NdLandscapes, CheckRejectsBadDim) {
  const std::string name = TypeParam::kName;
  const std::string expected =
      "expected an integer >= 2 (" + name + " needs at least 2 dimensions), found ";
  const std::vector<std::pair<std::vector<double>, std::string>> cases = {
      {{1.0}, "1"},
      {{0.0}, "0"},
      {{-3.0}, "-3"},
      {{2.5}, "2.5"},
      {{2.0, 3.0}, "[2, 3]"},
      {{}, "[]"},
      {{std::numeric_limits<double>::quiet_NaN()}, "nan"}};
  for (const auto& [values, found] : cases) {
    const std::vector<ParameterProblem> problems =
        TypeParam::check(spec_of(name, {{"dim", values}}));
    ASSERT_EQ(problems.size(), 1u) << found;
    EXPECT_EQ(problems[0].key, "dim");
    EXPECT_EQ(problems[0].message, expected + found);
  }
  EXPECT_THROW(TypeParam::from_spec(spec_of(name, {{"dim", {1.0}}})), std::invalid_argument);
}

TEST(NdLandscapeChecks, RastriginNamesItsDimProblemExactly) {
  const std::vector<ParameterProblem> problems =
      RastriginNd::check(spec_of("rastrigin", {{"dim", {1.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "dim");
  EXPECT_EQ(problems[0].message,
            "expected an integer >= 2 (rastrigin needs at least 2 dimensions), found 1");
}

TEST(NdLandscapeChecks, LargestDimIsAcceptedAndOneMoreIsNot) {
  EXPECT_TRUE(SphereNd::check(spec_of("sphere", {{"dim", {100000.0}}})).empty());
  const std::vector<ParameterProblem> problems =
      SphereNd::check(spec_of("sphere", {{"dim", {100001.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message,
            "expected an integer <= 100000 (the largest dimension optbench supports), found "
            "100001");
}

// The listed Styblinski-Tang minimum is dim times the 1-D value at the listed location, and
// at dim 2 within 1e-15 of the 2-D header's -78.33233140754283 (90-digit arithmetic).
TEST(NdLandscapeChecks, StyblinskiTangMinimumScalesWithDim) {
  const double one_d = 0.5 * StyblinskiTangNd::term(StyblinskiTangNd::kArgmin);
  EXPECT_NEAR(one_d, -39.16616570377142, 1e-13);
  for (int dim : kDims) {
    EXPECT_EQ(StyblinskiTangNd{dim}.info().minima.at(0).value, dim * one_d);
  }
  EXPECT_NEAR(StyblinskiTangNd{2}.info().minima.at(0).value, -78.33233140754283, 1e-13);
}

}  // namespace
}  // namespace optbench::landscapes::nd_test
