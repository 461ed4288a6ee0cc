#ifndef OPTBENCH_TESTS_LANDSCAPES_ND_ND_TEST_SUPPORT_HPP
#define OPTBENCH_TESTS_LANDSCAPES_ND_ND_TEST_SUPPORT_HPP

// Helpers shared by the N-D landscape tests: building a family at a dimension, evaluating it
// on host vectors, and deterministic points over its domain.

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "backends/native_math.hpp"
#include "backends/philox.hpp"
#include "landscapes/nd/nd_catalog.hpp"

namespace optbench::landscapes::nd_test {

using Math = optbench::NativeMath;
using Vector = std::vector<double>;

template <class List>
struct GtestTypes;
template <class... Ls>
struct GtestTypes<TypeList<Ls...>> {
  using type = ::testing::Types<Ls...>;
};

// Test names read "NdLandscapes/rosenbrock.ListedMinimumHasListedValue".
struct FamilyName {
  template <class L>
  static std::string GetName(int) {
    return L::kName;
  }
};

// The conditioned quadratic is tested with kappa = 1000 unless a test says otherwise.
inline constexpr double kTestCondition = 1000.0;

// A spec with a name and parameters, every other field at its default.
inline LandscapeSpec spec_of(
    std::string name, std::vector<std::pair<std::string, std::vector<double>>> parameters = {}) {
  LandscapeSpec spec;
  spec.name = std::move(name);
  spec.parameters = std::move(parameters);
  return spec;
}

// A spec for family L at `dim`.
template <class L>
LandscapeSpec spec_at(int dim) {
  LandscapeSpec spec = spec_of(L::kName, {{"dim", {static_cast<double>(dim)}}});
  if (spec.name == "conditioned_quadratic") {
    spec.parameters.push_back({"condition", {kTestCondition}});
  }
  return spec;
}

template <class L>
L make(int dim) {
  return L::from_spec(spec_at<L>(dim));
}

// J(w), with the gradient written into g (resized to the dimension, NaN-filled first so that
// a coordinate left unwritten shows).
template <class L>
double evaluate(const L& landscape, const Vector& w, Vector& g) {
  g.assign(w.size(), std::numeric_limits<double>::quiet_NaN());
  return landscape.template value_and_gradient<Math>(w.data(), g.data());
}

template <class L>
double evaluate(const L& landscape, const Vector& w) {
  Vector g;
  return evaluate(landscape, w, g);
}

// A point drawn uniformly over the domain, named by (stream, draw).
inline Vector uniform_point(const LandscapeInfo& info, std::uint64_t stream, std::uint64_t draw) {
  Vector w(info.domain.size());
  const std::uint64_t base = draw * static_cast<std::uint64_t>(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    double u = 0.0;
    double unused = 0.0;
    random::uniform_pair(2024, stream, base + i, u, unused);
    w[i] = info.domain[i].low + u * (info.domain[i].high - info.domain[i].low);
  }
  return w;
}

// The listed minimum moved by 3% of each axis towards the domain's centre, with a sign that
// alternates over the coordinates so that the point is not on a symmetry line.
inline Vector near_minimum(const LandscapeInfo& info) {
  Vector w = info.minima.at(0).location;
  for (size_t i = 0; i < w.size(); ++i) {
    const Interval& axis = info.domain[i];
    const double width = axis.high - axis.low;
    const double toward_centre = w[i] < 0.5 * (axis.low + axis.high) ? 1.0 : -1.0;
    w[i] += toward_centre * (i % 2 == 0 ? 0.031 : 0.017) * width;
  }
  return w;
}

}  // namespace optbench::landscapes::nd_test

#endif  // OPTBENCH_TESTS_LANDSCAPES_ND_ND_TEST_SUPPORT_HPP
