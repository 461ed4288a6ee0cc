#ifndef OPTBENCH_LANDSCAPES_CATALOG_HPP
#define OPTBENCH_LANDSCAPES_CATALOG_HPP

// Every analytic landscape, and the switch from a scenario's name to the concrete type that
// the engine instantiates its kernel for.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "landscapes/ackley.hpp"
#include "landscapes/beale.hpp"
#include "landscapes/booth.hpp"
#include "landscapes/branin.hpp"
#include "landscapes/bukin_6.hpp"
#include "landscapes/cross_in_tray.hpp"
#include "landscapes/easom.hpp"
#include "landscapes/eggholder.hpp"
#include "landscapes/goldstein_price.hpp"
#include "landscapes/himmelblau.hpp"
#include "landscapes/holder_table.hpp"
#include "landscapes/landscape.hpp"
#include "landscapes/levy_13.hpp"
#include "landscapes/matyas.hpp"
#include "landscapes/mccormick.hpp"
#include "landscapes/quadratic.hpp"
#include "landscapes/rastrigin.hpp"
#include "landscapes/rosenbrock.hpp"
#include "landscapes/schaffer_2.hpp"
#include "landscapes/six_hump_camel.hpp"
#include "landscapes/sphere.hpp"
#include "landscapes/styblinski_tang.hpp"
#include "landscapes/three_hump_camel.hpp"

namespace optbench::landscapes {

template <class... Landscapes>
struct TypeList {};

// A landscape family with several compile-time dimensions (the quadratic in 1-D and 2-D)
// appears once per dimension; accepts() picks the one that fits a spec.
using Catalog =
    TypeList<Quadratic<1>, Quadratic<2>, Sphere, Booth, Matyas, Beale, ThreeHumpCamel, SixHumpCamel,
             Himmelblau, GoldsteinPrice, Rosenbrock, Rastrigin, Ackley, Levy13, Easom, McCormick,
             StyblinskiTang, Eggholder, CrossInTray, HolderTable, Schaffer2, Bukin6, Branin>;

// Whether type L is the one a spec asks for. A type may define `static bool accepts(spec)`
// to choose among several types sharing a name.
template <class L>
auto accepts_spec(const LandscapeSpec& spec, int) -> decltype(L::accepts(spec)) {
  return spec.name == L::kName && L::accepts(spec);
}
template <class L>
bool accepts_spec(const LandscapeSpec& spec, long) {
  return spec.name == L::kName;
}

namespace detail {
template <class F, class L, class... Rest>
bool visit_first(const LandscapeSpec& spec, F& f, TypeList<L, Rest...>) {
  if (accepts_spec<L>(spec, 0)) {
    f(L::from_spec(spec));
    return true;
  }
  if constexpr (sizeof...(Rest) > 0) {
    return visit_first(spec, f, TypeList<Rest...>{});
  } else {
    return false;
  }
}
}  // namespace detail

// Calls f(landscape) with the concrete landscape a spec names; false when none matches.
// Specs come validated from the scenario parser, so false means a caller bug.
template <class F>
bool visit_landscape(const LandscapeSpec& spec, F&& f) {
  return detail::visit_first(spec, f, Catalog{});
}

// The names scenarios may use, sorted, each once.
std::vector<std::string> landscape_names();

// Description of each catalog entry with its default parameters (for `optbench list`).
std::vector<LandscapeInfo> describe_catalog();

// Description of the landscape a validated spec names.
LandscapeInfo describe(const LandscapeSpec& spec);

// Problems with a spec's name or parameters, for the scenario parser to locate and report.
// An unknown name gives one problem with key "name" that suggests the closest known name.
std::vector<ParameterProblem> check_spec(const LandscapeSpec& spec);

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_CATALOG_HPP
