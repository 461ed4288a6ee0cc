#include "landscapes/nd/nd_catalog.hpp"

#include <algorithm>
#include <stdexcept>

namespace optbench::landscapes {
namespace {

// Applies f to a default-constructed value of each family, in catalog order.
template <class F, class... Ls>
void for_each_family(F&& f, TypeList<Ls...>) {
  (f(Ls{}), ...);
}

// The description of L's spec: L::describe where a family has it (to skip expensive setup),
// else the description of the built landscape.
template <class L>
auto describe_family(const LandscapeSpec& spec, int) -> decltype(L::describe(spec)) {
  return L::describe(spec);
}
template <class L>
LandscapeInfo describe_family(const LandscapeSpec& spec, long) {
  return L::from_spec(spec).info();
}

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text.empty() ? "none" : text;
}

}  // namespace

bool is_nd_spec(const LandscapeSpec& spec) {
  if (spec.find("dim") != nullptr) return true;
  const std::vector<std::string> nd = nd_landscape_names();
  const std::vector<std::string> flat = landscape_names();
  return std::binary_search(nd.begin(), nd.end(), spec.name) &&
         !std::binary_search(flat.begin(), flat.end(), spec.name);
}

std::vector<std::string> nd_landscape_names() {
  std::vector<std::string> names;
  for_each_family([&](auto l) { names.push_back(decltype(l)::kName); }, NdCatalog{});
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<LandscapeInfo> describe_nd_catalog() {
  std::vector<LandscapeInfo> infos;
  for_each_family(
      [&](auto l) {
        using L = decltype(l);
        LandscapeSpec spec;
        spec.name = L::kName;
        infos.push_back(describe_family<L>(spec, 0));
      },
      NdCatalog{});
  return infos;
}

LandscapeInfo describe_nd(const LandscapeSpec& spec) {
  LandscapeInfo info;
  bool found = false;
  for_each_family(
      [&](auto l) {
        using L = decltype(l);
        if (found || spec.name != L::kName) return;
        info = describe_family<L>(spec, 0);
        found = true;
      },
      NdCatalog{});
  if (!found) throw std::invalid_argument("unknown N-D landscape '" + spec.name + "'");
  return info;
}

std::vector<ParameterProblem> check_nd_spec(const LandscapeSpec& spec) {
  std::vector<ParameterProblem> problems;
  bool found = false;
  for_each_family(
      [&](auto l) {
        using L = decltype(l);
        if (found || spec.name != L::kName) return;
        found = true;
        const std::vector<std::string> known = l.info().parameters;
        for (const auto& parameter : spec.parameters) {
          if (std::find(known.begin(), known.end(), parameter.first) == known.end()) {
            problems.push_back({parameter.first, "unknown parameter of landscape '" + spec.name +
                                                     "' (parameters: " + join(known) + ")"});
          }
        }
        if (problems.empty()) problems = L::check(spec);
      },
      NdCatalog{});
  if (!found) {
    return {{"name", "unknown N-D landscape '" + spec.name +
                         "' (N-D landscapes: " + join(nd_landscape_names()) + ")"}};
  }
  return problems;
}

}  // namespace optbench::landscapes
