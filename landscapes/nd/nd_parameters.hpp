#ifndef OPTBENCH_LANDSCAPES_ND_ND_PARAMETERS_HPP
#define OPTBENCH_LANDSCAPES_ND_ND_PARAMETERS_HPP

// Host-side reading and checking of the parameters that the N-D landscape families share:
// the runtime dimension `dim` and whole-number parameters such as `rotation_seed`. Each
// check returns one ParameterProblem per bad key, worded like the rest of the catalog:
// what was expected, then what was found.

#include <cstdint>
#include <string>
#include <vector>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// The largest `dim` any N-D family accepts. A family that stores more than O(dim) numbers
// may set a lower bound (the conditioned quadratic keeps a dense dim x dim matrix).
inline constexpr int kMaxNdDim = 100000;

// The dimension a spec asks for when it does not set `dim`.
inline constexpr int kDefaultNdDim = 2;

// Problems with `dim`: one integer in [2, max_dim]; absent means kDefaultNdDim. The message
// names the family, e.g. "expected an integer >= 2 (rastrigin needs at least 2
// dimensions), found 1".
std::vector<ParameterProblem> nd_dim_problems(const LandscapeSpec& spec, const char* name,
                                              int max_dim = kMaxNdDim);

// `dim` of a spec that passed nd_dim_problems (kDefaultNdDim when absent).
int nd_dim(const LandscapeSpec& spec);

// Problems with a parameter that must be one whole number in [0, 2^53] (exactly
// representable, so a seed survives a round trip through a scenario file); absent is fine.
std::vector<ParameterProblem> nd_count_problems(const LandscapeSpec& spec, const char* key);

// The value of such a parameter, or fallback when absent.
std::uint64_t nd_count(const LandscapeSpec& spec, const char* key, std::uint64_t fallback);

// "1", "2.5", "[2, 5]", "[]": values as a scenario would write them (up to 10 digits).
std::string format_values(const std::vector<double>& values);

// Throws std::invalid_argument listing every problem ("name: key: message; ...") when
// there is any. from_spec calls it, so a spec that skipped checking fails loudly on the host
// instead of building a landscape from garbage.
void throw_if_problems(const char* name, const std::vector<ParameterProblem>& problems);

// The hypercube [low, high]^dim.
std::vector<Interval> cube_domain(int dim, double low, double high);

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_ND_ND_PARAMETERS_HPP
