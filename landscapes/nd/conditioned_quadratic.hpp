#ifndef OPTBENCH_LANDSCAPES_ND_CONDITIONED_QUADRATIC_HPP
#define OPTBENCH_LANDSCAPES_ND_CONDITIONED_QUADRATIC_HPP

#include <Kokkos_Core.hpp>

#include <cstdint>
#include <vector>

#include "landscapes/landscape.hpp"
#include "landscapes/nd/nd_parameters.hpp"

namespace optbench::landscapes {

// The condition number a spec gets when it does not set `condition`.
inline constexpr double kDefaultCondition = 10.0;

// The parameters of a conditioned quadratic: dimension n >= 2, condition number
// kappa = lambda_max / lambda_min >= 1, and the seed of its rotation.
struct ConditionedQuadraticParameters {
  int dim = kDefaultNdDim;
  double condition = kDefaultCondition;
  std::uint64_t rotation_seed = 0;
};

// The matrices behind a conditioned quadratic, on the host, all dim x dim row-major:
//   eigenvalues  lambda_k = kappa^(k / (n-1)), k = 0..n-1: log-uniform from 1 to kappa
//                (exactly 1 and exactly kappa at the ends);
//   rotation     Q, orthogonal; row k is the unit eigenvector of lambda_k;
//   matrix       A = Q^T diag(lambda) Q, exactly symmetric.
struct ConditionedQuadraticMatrices {
  ConditionedQuadraticParameters parameters;
  std::vector<double> eigenvalues;
  std::vector<double> rotation;
  std::vector<double> matrix;
};

// The largest `dim` of a conditioned quadratic: A is dense (32 MiB at 2048), and building Q
// costs O(n^3) on one host core (seconds at 2048).
inline constexpr int kMaxConditionedQuadraticDim = 2048;

// Problems with `dim` (2..2048), `condition` (one finite number >= 1) and `rotation_seed`
// (one integer in [0, 2^53]).
std::vector<ParameterProblem> conditioned_quadratic_problems(const LandscapeSpec& spec);

// The parameters of a spec that passed conditioned_quadratic_problems, defaults filled in.
ConditionedQuadraticParameters conditioned_quadratic_parameters(const LandscapeSpec& spec);

// Builds the matrices (host, O(n^3)). Q is Haar-distributed: the Q factor of the Householder
// QR of a matrix of standard Gaussians, its columns times the signs of R's diagonal
// (F. Mezzadri, "How to generate random matrices from the classical compact groups",
// Notices of the AMS 54(5), 2007); the Gaussian G(i, j) comes from Box-Muller on
// random::uniform_pair(rotation_seed, name_hash("conditioned_quadratic"), i * n + j). The
// rows of `rotation` are the columns of that factor (the transpose of a Haar matrix is Haar).
// Everything runs in a fixed order, so the same parameters give the same bits on one host;
// std::log, std::cos, std::sin and std::pow come from the host's C library.
ConditionedQuadraticMatrices build_conditioned_quadratic(const ConditionedQuadraticParameters& p);

// Description without building the matrices.
LandscapeInfo conditioned_quadratic_info(const ConditionedQuadraticParameters& p);

// A rotated quadratic bowl with a chosen condition number, J(w) = 1/2 w^T A w with
// A = Q^T diag(lambda) Q as described above: the setting where the learning rate must stay
// below 2 / lambda_max while progress along the flattest direction goes like
// (1 - alpha lambda_min)^t, so that kappa sets the speed of gradient descent. Source:
// J. Nocedal and S. J. Wright, "Numerical Optimization", 2nd ed., Springer 2006, sec. 3.3.
// Global minimum J(0) = 0; domain [-5, 5]^n.
// A lives in a View of MemorySpace (device memory for GPU backends); build the struct on the
// host with from_spec, then copy it into kernels by value.
template <class MemorySpace>
struct ConditionedQuadraticNd {
  using Matrix = Kokkos::View<const double**, Kokkos::LayoutRight, MemorySpace>;
  static constexpr const char* kName = "conditioned_quadratic";

  int dim = kDefaultNdDim;
  double condition = kDefaultCondition;
  std::uint64_t rotation_seed = 0;
  Matrix a;  // A, dim x dim; empty in a default-constructed struct (info() still works)

  static std::vector<ParameterProblem> check(const LandscapeSpec& spec) {
    return conditioned_quadratic_problems(spec);
  }

  // Host: builds Q and A (O(dim^3)) and copies A into MemorySpace.
  static ConditionedQuadraticNd from_spec(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return from_matrices(build_conditioned_quadratic(conditioned_quadratic_parameters(spec)));
  }

  // Host: copies the A of matrices that a caller already built into MemorySpace.
  static ConditionedQuadraticNd from_matrices(const ConditionedQuadraticMatrices& matrices) {
    const ConditionedQuadraticParameters& p = matrices.parameters;
    Kokkos::View<double**, Kokkos::LayoutRight, MemorySpace> a(
        Kokkos::view_alloc(Kokkos::WithoutInitializing, "optbench::conditioned_quadratic::a"),
        p.dim, p.dim);
    Kokkos::View<const double**, Kokkos::LayoutRight, Kokkos::HostSpace,
                 Kokkos::MemoryTraits<Kokkos::Unmanaged>>
        host(matrices.matrix.data(), p.dim, p.dim);
    Kokkos::deep_copy(a, host);
    return {p.dim, p.condition, p.rotation_seed, a};
  }

  // Host: describes the spec's landscape without building A.
  static LandscapeInfo describe(const LandscapeSpec& spec) {
    throw_if_problems(kName, check(spec));
    return conditioned_quadratic_info(conditioned_quadratic_parameters(spec));
  }

  ConditionedQuadraticParameters parameters() const { return {dim, condition, rotation_seed}; }

  LandscapeInfo info() const { return conditioned_quadratic_info(parameters()); }

  // Host: eigenvalues, Q and A, rebuilt from the parameters (O(dim^3), same bits as A).
  ConditionedQuadraticMatrices host_matrices() const {
    return build_conditioned_quadratic(parameters());
  }

  // w[i], g[i] for i < dim; w and g must not overlap. g = A w row by row, each row summed
  // over j in order; J = 1/2 sum_i w_i g_i. O(dim^2) per call.
  template <class Math, class Vector, class Gradient>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const {
    double value = 0.0;
    for (int i = 0; i < dim; ++i) {
      double row = 0.0;
      for (int j = 0; j < dim; ++j) row += a(i, j) * w[j];
      g[i] = row;
      value += w[i] * row;
    }
    return 0.5 * value;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_CONDITIONED_QUADRATIC_HPP
