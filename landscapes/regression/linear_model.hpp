#ifndef OPTBENCH_LANDSCAPES_REGRESSION_LINEAR_MODEL_HPP
#define OPTBENCH_LANDSCAPES_REGRESSION_LINEAR_MODEL_HPP

// One sample's part of a regression task's cost and gradient, shared by the device kernels
// and the host reference so that both compute the same bits: predictions sum the features in
// index order and add the intercept last; sums over samples are the caller's, in its order.

#include <Kokkos_Core.hpp>

#include <cstdint>
#include <type_traits>

namespace optbench::landscapes {

// Stands in for a gradient when only the cost is wanted.
struct NoGradient {};

// Adds sample i's squared errors Σ_j r_ij² to `loss` and, unless G is NoGradient, r_ij x_if
// and r_ij to the gradient sums `g` (parameter order of task_spec.hpp), where
// r_ij = Σ_f w_fj x_if + c_j - y_ij. X, Y: [m, d] and [m, o] Views; W, G: indexable.
template <class X, class Y, class W, class G>
KOKKOS_INLINE_FUNCTION void add_sample(const X& x, const Y& y, std::int64_t i, int d, int o,
                                       const W& w, G& g, double& loss) {
  for (int j = 0; j < o; ++j) {
    const int base = j * (d + 1);
    double prediction = 0.0;
    for (int f = 0; f < d; ++f) prediction += w[base + f] * x(i, f);
    const double residual = prediction + w[base + d] - y(i, j);
    loss += residual * residual;
    if constexpr (!std::is_same_v<G, NoGradient>) {
      for (int f = 0; f < d; ++f) g[base + f] += residual * x(i, f);
      g[base + d] += residual;
    }
  }
}

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_REGRESSION_LINEAR_MODEL_HPP
