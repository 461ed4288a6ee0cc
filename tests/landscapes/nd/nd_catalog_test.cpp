// The N-D catalog's switch and descriptions, and every family evaluated inside a Kokkos
// kernel (one run per work item, as the engine runs them) giving the bits of a host call.

#include "landscapes/nd/nd_catalog.hpp"

#include <gtest/gtest.h>

#include <Kokkos_Core.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "tests/landscapes/nd/nd_test_support.hpp"

namespace optbench::landscapes::nd_test {
namespace {

using DeviceMemory = Kokkos::DefaultExecutionSpace::memory_space;

// The type the engine would instantiate for the default execution space: the conditioned
// quadratic keeps its matrix there.
template <class L>
struct OnDevice {
  using type = L;
};
template <class M>
struct OnDevice<ConditionedQuadraticNd<M>> {
  using type = ConditionedQuadraticNd<DeviceMemory>;
};

// Coordinate i of run k in a LayoutLeft [K, dim] View: a stride of K between coordinates, the
// kind of accessor a coalescing GPU engine passes instead of a row pointer.
template <class T>
struct Strided {
  T* data;
  int stride;
  KOKKOS_INLINE_FUNCTION T& operator[](int i) const {
    return data[static_cast<std::ptrdiff_t>(i) * stride];
  }
};

struct KernelResults {
  std::vector<double> values;    // [K]
  std::vector<double> gradient;  // [K, dim] row-major
};

// Evaluates each row of w (K x dim, row-major) in a parallel_for over runs; rows reach the
// landscape as raw pointers into LayoutRight Views, or as strided accessors into LayoutLeft
// Views.
template <class L>
KernelResults evaluate_in_kernel(const L& landscape, const std::vector<double>& w, int runs,
                                 bool strided) {
  const int dim = landscape.dim;
  Kokkos::View<double*> values("nd_values", runs);
  KernelResults out;
  out.values.resize(runs);
  out.gradient.resize(w.size());
  if (!strided) {
    Kokkos::View<double**, Kokkos::LayoutRight> points("nd_points", runs, dim);
    Kokkos::View<double**, Kokkos::LayoutRight> gradient("nd_gradient", runs, dim);
    auto host_points = Kokkos::create_mirror_view(points);
    for (int k = 0; k < runs; ++k) {
      for (int i = 0; i < dim; ++i) host_points(k, i) = w[k * dim + i];
    }
    Kokkos::deep_copy(points, host_points);
    Kokkos::parallel_for(
        "nd_rows", Kokkos::RangePolicy<>(0, runs), KOKKOS_LAMBDA(const int k) {
          const double* row = &points(k, 0);
          double* g = &gradient(k, 0);
          values(k) = landscape.template value_and_gradient<Math>(row, g);
        });
    auto host_gradient = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace(), gradient);
    for (int k = 0; k < runs; ++k) {
      for (int i = 0; i < dim; ++i) out.gradient[k * dim + i] = host_gradient(k, i);
    }
  } else {
    Kokkos::View<double**, Kokkos::LayoutLeft> points("nd_points", runs, dim);
    Kokkos::View<double**, Kokkos::LayoutLeft> gradient("nd_gradient", runs, dim);
    auto host_points = Kokkos::create_mirror_view(points);
    for (int k = 0; k < runs; ++k) {
      for (int i = 0; i < dim; ++i) host_points(k, i) = w[k * dim + i];
    }
    Kokkos::deep_copy(points, host_points);
    Kokkos::parallel_for(
        "nd_strided", Kokkos::RangePolicy<>(0, runs), KOKKOS_LAMBDA(const int k) {
          const Strided<const double> row{&points(k, 0), runs};
          Strided<double> g{&gradient(k, 0), runs};
          values(k) = landscape.template value_and_gradient<Math>(row, g);
        });
    auto host_gradient = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace(), gradient);
    for (int k = 0; k < runs; ++k) {
      for (int i = 0; i < dim; ++i) out.gradient[k * dim + i] = host_gradient(k, i);
    }
  }
  auto host_values = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace(), values);
  for (int k = 0; k < runs; ++k) out.values[k] = host_values(k);
  return out;
}

template <class L>
class NdKernel : public ::testing::Test {};

TYPED_TEST_SUITE(NdKernel, GtestTypes<NdCatalog>::type, FamilyName);

TYPED_TEST(NdKernel, MatchesHostEvaluationBitForBit) {
  using DeviceLandscape = typename OnDevice<TypeParam>::type;
  constexpr int kRuns = 24;
  for (int dim : {2, 50, 1000}) {
    const TypeParam host = make<TypeParam>(dim);
    const DeviceLandscape device = make<DeviceLandscape>(dim);

    // kRuns points over the domain, and host results row by row.
    const LandscapeInfo info = host.info();
    std::vector<double> w;
    std::vector<double> values(kRuns);
    std::vector<double> gradient;
    for (int k = 0; k < kRuns; ++k) {
      const Vector point = uniform_point(info, random::name_hash("nd_kernel"), k);
      Vector g;
      values[k] = evaluate(host, point, g);
      w.insert(w.end(), point.begin(), point.end());
      gradient.insert(gradient.end(), g.begin(), g.end());
    }

    for (bool strided : {false, true}) {
      const KernelResults kernel = evaluate_in_kernel(device, w, kRuns, strided);
      EXPECT_EQ(std::memcmp(kernel.values.data(), values.data(), kRuns * sizeof(double)), 0)
          << "dim " << dim << (strided ? ", strided" : ", row pointers");
      EXPECT_EQ(
          std::memcmp(kernel.gradient.data(), gradient.data(), gradient.size() * sizeof(double)), 0)
          << "dim " << dim << (strided ? ", strided" : ", row pointers");
    }
  }
}

TEST(NdCatalog, ListsEveryFamilyOnce) {
  const std::vector<std::string> expected = {
      "ackley", "conditioned_quadratic", "levy",    "rastrigin", "rosenbrock",
      "sphere", "styblinski_tang",       "zakharov"};
  EXPECT_EQ(nd_landscape_names(), expected);
}

TEST(NdCatalog, DescribesEveryFamilyAtDimTwo) {
  const std::vector<LandscapeInfo> infos = describe_nd_catalog();
  ASSERT_EQ(infos.size(), 8u);
  for (const LandscapeInfo& info : infos) {
    EXPECT_EQ(info.dim, 2) << info.name;
    EXPECT_EQ(info.domain.size(), 2u) << info.name;
    ASSERT_FALSE(info.parameters.empty()) << info.name;
    EXPECT_EQ(info.parameters[0], "dim") << info.name;
  }
  EXPECT_EQ(infos.back().name, "conditioned_quadratic");
}

TEST(NdCatalog, DescribesASpecWithoutBuildingIt) {
  const LandscapeInfo rastrigin = describe_nd(spec_of("rastrigin", {{"dim", {7.0}}}));
  EXPECT_EQ(rastrigin.dim, 7);
  EXPECT_EQ(rastrigin.minima.at(0).location.size(), 7u);
  // Building A at 2048 would take seconds; describing it does not.
  const LandscapeInfo quadratic =
      describe_nd(spec_of("conditioned_quadratic", {{"dim", {2048.0}}, {"condition", {1e6}}}));
  EXPECT_EQ(quadratic.dim, 2048);
  EXPECT_THROW(describe_nd(spec_of("no_such", {})), std::invalid_argument);
}

TEST(NdCatalog, CheckSpecNamesUnknownParameterAndAcceptedOnes) {
  std::vector<ParameterProblem> problems =
      check_nd_spec(spec_of("rastrigin", {{"dim", {3.0}}, {"curvature", {1.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "curvature");
  EXPECT_EQ(problems[0].message, "unknown parameter of landscape 'rastrigin' (parameters: dim)");

  problems = check_nd_spec(spec_of("conditioned_quadratic", {{"dim", {3.0}}, {"seed", {1.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "seed");
  EXPECT_EQ(problems[0].message,
            "unknown parameter of landscape 'conditioned_quadratic' (parameters: dim, "
            "condition, rotation_seed)");
}

TEST(NdCatalog, CheckSpecPassesFamilyProblemsOn) {
  std::vector<ParameterProblem> problems = check_nd_spec(spec_of("levy", {{"dim", {1.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "dim");
  problems = check_nd_spec(spec_of(
      "conditioned_quadratic", {{"dim", {1.0}}, {"condition", {-2.0}}, {"rotation_seed", {0.5}}}));
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].key, "dim");
  EXPECT_EQ(problems[1].key, "condition");
  EXPECT_EQ(problems[2].key, "rotation_seed");
  EXPECT_TRUE(check_nd_spec(spec_of("zakharov", {{"dim", {100.0}}})).empty());
}

TEST(NdCatalog, CheckSpecNamesUnknownFamily) {
  const std::vector<ParameterProblem> problems = check_nd_spec(spec_of("booth", {{"dim", {3.0}}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "name");
  EXPECT_EQ(problems[0].message,
            "unknown N-D landscape 'booth' (N-D landscapes: ackley, conditioned_quadratic, levy, "
            "rastrigin, rosenbrock, sphere, styblinski_tang, zakharov)");
}

TEST(NdCatalog, VisitPassesTheConcreteFamily) {
  std::string visited;
  int dim = 0;
  const bool found = visit_nd_landscape<Kokkos::HostSpace>(
      spec_of("rosenbrock", {{"dim", {12.0}}}), [&](const auto& landscape) {
        visited = std::decay_t<decltype(landscape)>::kName;
        dim = landscape.dim;
      });
  EXPECT_TRUE(found);
  EXPECT_EQ(visited, "rosenbrock");
  EXPECT_EQ(dim, 12);

  bool is_quadratic = false;
  visit_nd_landscape<DeviceMemory>(
      spec_of("conditioned_quadratic", {{"dim", {4.0}}}), [&](const auto& landscape) {
        using L = std::decay_t<decltype(landscape)>;
        if constexpr (std::is_same_v<L, ConditionedQuadraticNd<DeviceMemory>>) {
          is_quadratic = landscape.a.extent(0) == 4u;
        }
      });
  EXPECT_TRUE(is_quadratic);
  EXPECT_FALSE(visit_nd_landscape<Kokkos::HostSpace>(spec_of("booth", {}), [](const auto&) {}));
}

TEST(NdCatalog, RoutesSpecsWithDimOrOnlyNdNames) {
  EXPECT_TRUE(is_nd_spec(spec_of("rastrigin", {{"dim", {3.0}}})));
  EXPECT_FALSE(is_nd_spec(spec_of("rastrigin", {})));
  EXPECT_FALSE(is_nd_spec(spec_of("booth", {})));
  EXPECT_TRUE(is_nd_spec(spec_of("levy", {})));
  EXPECT_TRUE(is_nd_spec(spec_of("zakharov", {})));
  EXPECT_TRUE(is_nd_spec(spec_of("conditioned_quadratic", {{"condition", {10.0}}})));
}

}  // namespace
}  // namespace optbench::landscapes::nd_test
