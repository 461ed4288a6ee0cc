#include "suite/scenario/landscape_entry.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "landscapes/registry.hpp"
#include "suite/scenario/closest_name.hpp"
#include "suite/scenario/map_reader.hpp"

namespace optbench::scenario {
namespace {

// A parameter as written: its key (to place problems at) and its values when valid.
struct Parameter {
  std::string key;
  Where key_at;
  Where value_at;
  std::optional<std::vector<double>> values;
};

std::optional<std::vector<double>> read_values(Reader& reader, const Where& at) {
  if (!at.node.IsSequence()) {
    auto value = reader.number(at, Bounds::any());
    if (!value) return std::nullopt;
    return std::vector<double>{*value};
  }
  const auto items = reader.list(at, "a number or a non-empty list of numbers");
  if (!items) return std::nullopt;
  std::vector<double> values;
  for (const auto& item : *items) {
    if (auto value = reader.number(item, Bounds::any())) values.push_back(*value);
  }
  if (values.size() != items->size()) return std::nullopt;
  return values;
}

// The parameters that catalog entries of this name take (several entries may share a name).
std::vector<std::string> known_parameters(const std::string& name) {
  std::vector<std::string> keys;
  for (const auto& info : landscapes::describe_all()) {
    if (info.name != name) continue;
    for (const auto& key : info.parameters) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
  }
  return keys;
}

std::optional<std::string> read_name(Reader& reader, const Where& at) {
  auto name = reader.text(at, "a landscape name");
  if (!name) return std::nullopt;
  const auto names = landscapes::all_landscape_names();
  if (std::find(names.begin(), names.end(), *name) != names.end()) return name;
  std::string hint = did_you_mean(*name, names);
  if (hint.empty()) hint = "; expected one of " + join_names(names);
  reader.report(at, fmt::format("unknown landscape {}{}", Reader::found(at.node), hint));
  return std::nullopt;
}

// Reports parameters the named landscape does not take; true when there were none.
bool check_parameter_names(Reader& reader, const std::string& name,
                           const std::vector<Parameter>& parameters) {
  const auto known = known_parameters(name);
  bool all_known = true;
  for (const auto& parameter : parameters) {
    if (std::find(known.begin(), known.end(), parameter.key) != known.end()) continue;
    all_known = false;
    std::string hint = did_you_mean(parameter.key, known);
    if (hint.empty()) {
      hint = known.empty() ? fmt::format("; '{}' takes no parameters", name)
                           : "; expected one of " + join_names(known);
    }
    reader.report(parameter.key_at, fmt::format("unknown parameter '{}' of landscape '{}'{}",
                                                parameter.key, name, hint));
  }
  return all_known;
}

// Places each catalog problem at the value of the parameter it names, else at the name or
// the landscape.
void report_spec_problems(Reader& reader, const Where& at, const Where& name_at,
                          const landscapes::LandscapeSpec& spec,
                          const std::vector<Parameter>& parameters) {
  for (const auto& problem : landscapes::check_landscape(spec)) {
    Where place = problem.key == "name" ? name_at : at;
    for (const auto& parameter : parameters) {
      if (parameter.key == problem.key) place = parameter.value_at;
    }
    if (problem.key != "name" && !problem.key.empty()) {
      place.path = join_path(at.path, problem.key);
    }
    reader.report(place, problem.message);
  }
}

}  // namespace

LandscapeEntry read_landscape(Reader& reader, const Where& at) {
  LandscapeEntry entry;
  std::optional<Where> name_at;
  std::vector<Parameter> parameters;
  std::int64_t instance = 0;
  if (at.node.IsScalar()) {
    name_at = at;
  } else {
    MapReader map(reader, at, "a landscape name or {name: NAME, PARAMETER: VALUE, ...}");
    if (!map.is_map()) return entry;
    if (const MapEntry* name = map.require("name")) name_at = name->value;
    for (const auto& given : map.entries()) {
      if (given.key == "name") continue;
      if (given.key == "instance") {
        instance = reader.integer(given.value, 0).value_or(0);
        continue;
      }
      parameters.push_back(
          {given.key, given.key_at, given.value, read_values(reader, given.value)});
    }
  }
  if (!name_at) return entry;
  const auto name = read_name(reader, *name_at);
  if (!name || !check_parameter_names(reader, *name, parameters)) return entry;
  for (const auto& parameter : parameters) {
    if (!parameter.values) return entry;
  }

  entry.spec.name = *name;
  for (const auto& parameter : parameters) {
    entry.spec.parameters.emplace_back(parameter.key, *parameter.values);
  }
  const std::size_t before = reader.problem_count();
  report_spec_problems(reader, at, *name_at, entry.spec, parameters);
  if (reader.problem_count() != before) return entry;
  entry.info = landscapes::describe_landscape(entry.spec);
  // Initial points index the domain by axis: a catalog entry must describe each one.
  const auto dim = static_cast<std::size_t>(std::max(entry.info->dim, 0));
  if (dim == 0 || entry.info->domain.size() != dim) {
    reader.report(at, fmt::format("landscape '{}' has no domain for its {} axes in the catalog",
                                  *name, entry.info->dim));
    entry.info.reset();
  }
  // The instance's shift and offset are drawn once the scenario's seed is known; until then
  // the spec and its info describe the textbook function.
  entry.spec.instance = instance;
  return entry;
}

}  // namespace optbench::scenario
