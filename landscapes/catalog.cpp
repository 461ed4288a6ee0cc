#include "landscapes/catalog.hpp"

#include <algorithm>

#include "landscapes/instance.hpp"

namespace optbench::landscapes {
namespace {

template <class L>
auto type_problems(const LandscapeSpec& spec, int) -> decltype(L::check(spec)) {
  return L::check(spec);
}
template <class L>
std::vector<ParameterProblem> type_problems(const LandscapeSpec&, long) {
  return {};
}

// Applies f to a default-constructed value of each catalog type, in catalog order.
template <class F, class... Ls>
void for_each_type(F&& f, TypeList<Ls...>) {
  (f(Ls{}), ...);
}

}  // namespace

std::vector<std::string> landscape_names() {
  std::vector<std::string> names;
  for_each_type([&](auto l) { names.push_back(decltype(l)::kName); }, Catalog{});
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<LandscapeInfo> describe_catalog() {
  std::vector<LandscapeInfo> infos;
  for_each_type([&](auto l) { infos.push_back(l.info()); }, Catalog{});
  return infos;
}

LandscapeInfo describe(const LandscapeSpec& spec) {
  LandscapeInfo info;
  visit_landscape(spec, [&](const auto& landscape) { info = landscape.info(); });
  return apply_instance(spec, info);
}

std::vector<ParameterProblem> check_spec(const LandscapeSpec& spec) {
  std::vector<ParameterProblem> problems;
  bool named = false;
  bool accepted = false;
  for_each_type(
      [&](auto l) {
        using L = decltype(l);
        if (spec.name != L::kName) return;
        if (!named) {
          const auto known = l.info().parameters;
          for (const auto& parameter : spec.parameters) {
            if (std::find(known.begin(), known.end(), parameter.first) == known.end()) {
              std::string expected = known.empty() ? "none" : "";
              for (const auto& k : known) expected += (expected.empty() ? "" : ", ") + k;
              problems.push_back({parameter.first, "unknown parameter of landscape '" + spec.name +
                                                       "' (parameters: " + expected + ")"});
            }
          }
          if (problems.empty()) {
            auto own = type_problems<L>(spec, 0);
            problems.insert(problems.end(), own.begin(), own.end());
          }
        }
        named = true;
        accepted = accepted || accepts_spec<L>(spec, 0);
      },
      Catalog{});
  if (!named) return {{"name", "unknown landscape '" + spec.name + "'"}};
  if (problems.empty() && !accepted) {
    problems.push_back({"name", "no form of '" + spec.name + "' takes these parameters"});
  }
  return problems;
}

}  // namespace optbench::landscapes
