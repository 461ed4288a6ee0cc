#ifndef OPTBENCH_LANDSCAPES_LANDSCAPE_HPP
#define OPTBENCH_LANDSCAPES_LANDSCAPE_HPP

// What every analytic landscape provides. A landscape is a small copyable struct:
//
//   struct Booth {
//     static constexpr int kDim = 2;                // compile-time dimension
//     static constexpr const char* kName = "booth";  // the name scenarios use
//     static Booth from_spec(const LandscapeSpec&);  // host: build from a scenario entry
//     LandscapeInfo info() const;                    // host: domain, minima, source
//     template <class Math>                          // Math: NativeMath or a portable policy
//     KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const;
//   };
//
// value_and_gradient returns J(w) and writes dJ/dw into g[0..kDim). It runs inside kernels,
// so it calls Math:: functions only, allocates nothing and never produces a NaN for a finite
// w inside or outside its domain (non-smooth points get a documented subgradient).

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace optbench::landscapes {

// A closed interval [low, high] of one coordinate.
struct Interval {
  double low;
  double high;
};

// A known global minimum: where it is and the value there.
struct KnownMinimum {
  std::vector<double> location;
  double value;
};

// Host-side description, used by `optbench list`, seeded initial points and reports.
struct LandscapeInfo {
  std::string name;
  std::string formula;                 // plain-text formula, one line
  int dim = 0;
  std::vector<Interval> domain;        // the usual search domain, one interval per axis
  std::vector<KnownMinimum> minima;    // every known global minimum
  std::string source;                  // where the formula and the minima are published
  std::vector<std::string> parameters; // keys a scenario may set, e.g. "curvature"
};

// A landscape as a scenario names it: `landscape: rosenbrock` or
// `landscape: {name: quadratic, curvature: [1, 10]}`. Each parameter is a number or a list.
struct LandscapeSpec {
  LandscapeSpec() = default;
  LandscapeSpec(std::string name_, std::vector<std::pair<std::string, std::vector<double>>> given)
      : name(std::move(name_)), parameters(std::move(given)) {}

  std::string name;
  std::vector<std::pair<std::string, std::vector<double>>> parameters;
  // A seeded instance (landscapes/instance.hpp): 0 is the textbook function; otherwise the
  // minimum moves by `shift` (one value per axis) and the value rises by `offset`.
  std::int64_t instance = 0;
  std::vector<double> shift;
  double offset = 0.0;

  // The values of a parameter, or an empty list when the scenario did not set it.
  const std::vector<double>* find(const std::string& key) const {
    for (const auto& [name_, values] : parameters) {
      if (name_ == key) return &values;
    }
    return nullptr;
  }
};

// One problem with a landscape's parameters: which key, and what was wrong with it.
struct ParameterProblem {
  std::string key;
  std::string message;
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_LANDSCAPE_HPP
