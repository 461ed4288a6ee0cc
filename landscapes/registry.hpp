#ifndef OPTBENCH_LANDSCAPES_REGISTRY_HPP
#define OPTBENCH_LANDSCAPES_REGISTRY_HPP

// One front for both catalogs: the 2-D landscapes with a compile-time dimension
// (catalog.hpp) and the N-D families with a runtime `dim` (nd/nd_catalog.hpp). A spec that
// sets `dim`, or names a family only the N-D catalog has, goes to the N-D catalog.

#include <string>
#include <vector>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Every name a scenario may use, sorted, each once.
std::vector<std::string> all_landscape_names();

// The 2-D catalog, then each N-D family at its default dimension.
std::vector<LandscapeInfo> describe_all();

// Problems with a spec's parameters (the name must be known).
std::vector<ParameterProblem> check_landscape(const LandscapeSpec& spec);

// The largest dimension a described landscape takes: its own dim for a fixed-dimension one,
// the family's limit for an N-D family (one that has a `dim` parameter).
int max_dimension(const LandscapeInfo& info);

// The landscape a valid spec names, with its instance's shift and offset applied.
LandscapeInfo describe_landscape(const LandscapeSpec& spec);

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_REGISTRY_HPP
