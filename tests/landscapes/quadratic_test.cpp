// The quadratic's parameter checks, its choice between 1-D and 2-D, and its exact values.

#include "landscapes/quadratic.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "backends/native_math.hpp"
#include "landscapes/catalog.hpp"

namespace optbench::landscapes {
namespace {

LandscapeSpec quadratic_with(std::vector<double> curvature) {
  return {"quadratic", {{"curvature", std::move(curvature)}}};
}

// The one problem a spec has, or a failure when it has none or several.
ParameterProblem only_problem(const LandscapeSpec& spec) {
  const std::vector<ParameterProblem> problems = check_spec(spec);
  EXPECT_EQ(problems.size(), 1u);
  return problems.empty() ? ParameterProblem{} : problems.front();
}

TEST(QuadraticLandscape, AcceptsOneOrTwoPositiveCurvaturesOrNone) {
  LandscapeSpec spec;
  spec.name = "quadratic";
  EXPECT_TRUE(check_spec(spec).empty());
  EXPECT_TRUE(check_spec(quadratic_with({4.0})).empty());
  EXPECT_TRUE(check_spec(quadratic_with({1.0, 10.0})).empty());
}

TEST(QuadraticLandscape, RejectsEmptyCurvatureList) {
  const ParameterProblem problem = only_problem(quadratic_with({}));
  EXPECT_EQ(problem.key, "curvature");
  EXPECT_EQ(problem.message, "expected 1 or 2 curvatures, each a number > 0, found []");
}

TEST(QuadraticLandscape, RejectsThreeCurvatures) {
  const ParameterProblem problem = only_problem(quadratic_with({1.0, 2.0, 3.0}));
  EXPECT_EQ(problem.key, "curvature");
  EXPECT_EQ(problem.message, "expected 1 or 2 curvatures, each a number > 0, found [1, 2, 3]");
}

TEST(QuadraticLandscape, RejectsNonPositiveOrNonFiniteCurvature) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<std::vector<double>> bad = {{-1.0}, {0.0}, {1.0, -0.5}, {inf}, {nan, 1.0}};
  for (const std::vector<double>& curvature : bad) {
    const ParameterProblem problem = only_problem(quadratic_with(curvature));
    EXPECT_EQ(problem.key, "curvature");
    EXPECT_NE(problem.message.find("each a number > 0"), std::string::npos) << problem.message;
  }
  EXPECT_NE(only_problem(quadratic_with({1.0, -0.5})).message.find("[1, -0.5]"), std::string::npos);
}

// Which type visit_landscape hands over, and with which curvatures.
struct Visited {
  int dim = 0;
  std::vector<double> curvature;
};

Visited visit(const LandscapeSpec& spec) {
  Visited visited;
  const bool found = visit_landscape(spec, [&](const auto& landscape) {
    using L = std::decay_t<decltype(landscape)>;
    if constexpr (std::is_same_v<L, Quadratic<1>> || std::is_same_v<L, Quadratic<2>>) {
      visited.dim = L::kDim;
      for (int i = 0; i < L::kDim; ++i) visited.curvature.push_back(landscape.curvature(i));
    }
  });
  EXPECT_TRUE(found);
  return visited;
}

TEST(QuadraticLandscape, VisitPicksDimensionFromCurvatureCount) {
  const Visited none = visit({"quadratic", {}});
  EXPECT_EQ(none.dim, 1);
  EXPECT_EQ(none.curvature, std::vector<double>({1.0}));
  const Visited one = visit(quadratic_with({4.0}));
  EXPECT_EQ(one.dim, 1);
  EXPECT_EQ(one.curvature, std::vector<double>({4.0}));
  const Visited two = visit(quadratic_with({1.0, 10.0}));
  EXPECT_EQ(two.dim, 2);
  EXPECT_EQ(two.curvature, std::vector<double>({1.0, 10.0}));
}

TEST(QuadraticLandscape, DescriptionShowsCurvature) {
  const LandscapeInfo info = describe(quadratic_with({0.5, 20.0}));
  EXPECT_EQ(info.dim, 2);
  EXPECT_EQ(info.formula, "a_1/2 x^2 + a_2/2 y^2 with a = [0.5, 20]");
  EXPECT_EQ(info.parameters, std::vector<std::string>({"curvature"}));
}

TEST(QuadraticLandscape, AnisotropicCurvatureGivesExactValueAndGradient) {
  const auto q = Quadratic<2>::from_spec(quadratic_with({0.5, 20.0}));
  const double w[2] = {1.0, -2.0};
  double g[2];
  const double value = q.value_and_gradient<optbench::NativeMath>(w, g);
  EXPECT_EQ(value, 0.25 + 40.0);
  EXPECT_EQ(g[0], 0.5);
  EXPECT_EQ(g[1], -40.0);
}

}  // namespace
}  // namespace optbench::landscapes
