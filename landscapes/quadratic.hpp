#ifndef OPTBENCH_LANDSCAPES_QUADRATIC_HPP
#define OPTBENCH_LANDSCAPES_QUADRATIC_HPP

#include <Kokkos_Core.hpp>

#include <vector>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Problems with a quadratic's `curvature` parameter (shared by every dimension): it may be
// missing (1-D with a = 1), else it holds 1 or 2 finite numbers > 0.
std::vector<ParameterProblem> quadratic_problems(const LandscapeSpec& spec);

// Description of the quadratic with curvatures a[0..dim).
LandscapeInfo quadratic_info(const double* curvature, int dim);

// The separable quadratic J(w) = sum_i a_i / 2 w_i^2 with curvatures a_i > 0 (1-D or 2-D),
// the bowl of the seed article's learning-rate figure. Gradient descent with step alpha
// converges on it iff alpha < 2 / max_i a_i; the condition number is max a_i / min a_i.
// Source: J. Nocedal and S. J. Wright, "Numerical Optimization", 2nd ed., Springer 2006,
// sec. 3.3 (steepest descent on quadratics). Global minimum J(0) = 0.
// Domain [-10, 10] per axis: wide enough that a learning rate near 2 / a still shows its
// oscillation, small enough to share plots with the other 2-D landscapes.
template <int Dim>
struct Quadratic {
  static_assert(Dim == 1 || Dim == 2, "the quadratic exists in 1-D and 2-D");
  static constexpr int kDim = Dim;
  static constexpr const char* kName = "quadratic";

  // Unit curvature on every axis.
  KOKKOS_INLINE_FUNCTION Quadratic() {
    for (int i = 0; i < Dim; ++i) curvature_[i] = 1.0;
  }

  // A spec names this type when it gives Dim curvatures, or none for the 1-D default a = 1.
  static bool accepts(const LandscapeSpec& spec) {
    const std::vector<double>* a = spec.find("curvature");
    return a == nullptr ? Dim == 1 : static_cast<int>(a->size()) == Dim;
  }

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return quadratic_problems(spec);
  }

  static Quadratic from_spec(const LandscapeSpec& spec) {
    Quadratic q;
    if (const std::vector<double>* a = spec.find("curvature")) {
      for (int i = 0; i < Dim && i < static_cast<int>(a->size()); ++i) q.curvature_[i] = (*a)[i];
    }
    return q;
  }

  KOKKOS_INLINE_FUNCTION double curvature(int i) const { return curvature_[i]; }

  LandscapeInfo info() const { return quadratic_info(curvature_, Dim); }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    double value = 0.0;
    for (int i = 0; i < Dim; ++i) {
      g[i] = curvature_[i] * w[i];
      value += 0.5 * g[i] * w[i];
    }
    return value;
  }

 private:
  double curvature_[Dim];
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_QUADRATIC_HPP
