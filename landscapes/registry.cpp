#include "landscapes/registry.hpp"

#include <algorithm>

#include "landscapes/catalog.hpp"
#include "landscapes/instance.hpp"
#include "landscapes/nd/nd_catalog.hpp"

namespace optbench::landscapes {

std::vector<std::string> all_landscape_names() {
  std::vector<std::string> names = landscape_names();
  const auto nd = nd_landscape_names();
  names.insert(names.end(), nd.begin(), nd.end());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<LandscapeInfo> describe_all() {
  std::vector<LandscapeInfo> infos = describe_catalog();
  const auto nd = describe_nd_catalog();
  infos.insert(infos.end(), nd.begin(), nd.end());
  return infos;
}

std::vector<ParameterProblem> check_landscape(const LandscapeSpec& spec) {
  return is_nd_spec(spec) ? check_nd_spec(spec) : check_spec(spec);
}

int max_dimension(const LandscapeInfo& info) {
  const auto& p = info.parameters;
  if (std::find(p.begin(), p.end(), "dim") == p.end()) return info.dim;
  return info.name == ConditionedQuadraticNd<Kokkos::HostSpace>::kName ? kMaxConditionedQuadraticDim
                                                                       : kMaxNdDim;
}

LandscapeInfo describe_landscape(const LandscapeSpec& spec) {
  if (!is_nd_spec(spec)) return describe(spec);
  return apply_instance(spec, describe_nd(spec));
}

}  // namespace optbench::landscapes
