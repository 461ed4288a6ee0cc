#ifndef OPTBENCH_LANDSCAPES_ND_ND_CATALOG_HPP
#define OPTBENCH_LANDSCAPES_ND_ND_CATALOG_HPP

// Every N-D landscape family (runtime dimension `dim`), and the switch from a scenario's spec
// to the concrete type that the engine instantiates its kernel for. A spec is N-D when it
// sets `dim`, or names a family that only exists here (is_nd_spec).
//
// A family is a small copyable struct with a public `int dim` (2..100000; the conditioned
// quadratic stops at 2048) and
//
//   template <class Math, class Vector, class Gradient>
//   KOKKOS_INLINE_FUNCTION double value_and_gradient(const Vector& w, Gradient&& g) const;
//
// which returns J(w) and writes dJ/dw_i into g[i] for i < dim. Vector and Gradient are
// anything indexable with an int: raw row pointers (`const double*`, `double*`), or an
// accessor (strided, shifted) that the engine passes by value or by reference; w and g must
// not overlap. It calls Math:: functions only, allocates nothing, writes each g[i] once,
// and sums over coordinates in index order with one accumulator per sum, so results never
// depend on threads. No NaN for finite w with |w_i| <= 1e75; far beyond that, overflowing
// terms of opposite sign can meet, as in the 2-D catalog. At dim 2, sphere, rosenbrock,
// rastrigin, ackley and styblinski_tang give the bits of their 2-D namesakes.

#include <Kokkos_Core.hpp>

#include <string>
#include <vector>

#include "landscapes/catalog.hpp"
#include "landscapes/landscape.hpp"
#include "landscapes/nd/ackley.hpp"
#include "landscapes/nd/conditioned_quadratic.hpp"
#include "landscapes/nd/levy.hpp"
#include "landscapes/nd/nd_parameters.hpp"
#include "landscapes/nd/rastrigin.hpp"
#include "landscapes/nd/rosenbrock.hpp"
#include "landscapes/nd/sphere.hpp"
#include "landscapes/nd/styblinski_tang.hpp"
#include "landscapes/nd/zakharov.hpp"

namespace optbench::landscapes {

// The families with their data (the conditioned quadratic's matrix) in MemorySpace.
template <class MemorySpace>
using NdCatalogIn = TypeList<SphereNd, RosenbrockNd, RastriginNd, AckleyNd, StyblinskiTangNd,
                             LevyNd, ZakharovNd, ConditionedQuadraticNd<MemorySpace>>;

// The families on the host.
using NdCatalog = NdCatalogIn<Kokkos::HostSpace>;


// Calls f(landscape) with the concrete N-D landscape a spec names, built on the host with its
// data in MemorySpace (for the conditioned quadratic: ConditionedQuadraticNd<MemorySpace>);
// false when no family has that name. The spec must have passed check_nd_spec: from_spec
// throws std::invalid_argument on bad parameters.
template <class MemorySpace, class F>
bool visit_nd_landscape(const LandscapeSpec& spec, F&& f) {
  return detail::visit_first(spec, f, NdCatalogIn<MemorySpace>{});
}

// Whether a spec is for the N-D catalog: it sets `dim`, or its name is an N-D family that
// the 2-D catalog lacks (levy, zakharov, conditioned_quadratic; then dim defaults to 2).
bool is_nd_spec(const LandscapeSpec& spec);

// The family names, sorted, each once.
std::vector<std::string> nd_landscape_names();

// Description of each family at dim 2 with its default parameters (for `optbench list`).
std::vector<LandscapeInfo> describe_nd_catalog();

// Description of the landscape a checked spec names (the conditioned quadratic's matrix is
// not built). Throws std::invalid_argument for an unknown name or bad parameters.
LandscapeInfo describe_nd(const LandscapeSpec& spec);

// Problems with a spec's name or parameters, for the scenario parser to locate and report:
// an unknown name gives one problem with key "name" listing the families; unknown keys give
// one problem each, listing the keys the family accepts; then the family's own checks.
std::vector<ParameterProblem> check_nd_spec(const LandscapeSpec& spec);

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_ND_CATALOG_HPP
