#include "suite/check/tolerances.hpp"

#include <yaml-cpp/yaml.h>

#include <sstream>
#include <stdexcept>
#include <vector>

namespace optbench::check {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::istringstream stream(text);
  std::string part;
  while (std::getline(stream, part, separator)) parts.push_back(part);
  return parts;
}

// KEY=VALUE with KEY a dotted path of map keys below `check`; others are not the check's.
void apply_check_override(YAML::Node& root, const std::string& line) {
  const auto equals = line.find('=');
  if (equals == std::string::npos) return;
  const std::vector<std::string> path = split(line.substr(0, equals), '.');
  if (path.empty() || path.front() != "check") return;
  YAML::Node node = root;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    if (!node[path[i]].IsMap()) node[path[i]] = YAML::Node(YAML::NodeType::Map);
    // reset(), not assignment: assigning one node to another would copy its value.
    node.reset(node[path[i]]);
  }
  node[path.back()] = YAML::Load(line.substr(equals + 1));
}

void read_number(const YAML::Node& map, const char* group, const char* key, double& value) {
  if (!map.IsMap() || !map[group] || !map[group].IsMap() || !map[group][key]) return;
  try {
    value = map[group][key].as<double>();
  } catch (const YAML::Exception&) {
    throw std::runtime_error(std::string("check.") + group + "." + key + ": expected a number");
  }
}

}  // namespace

Tolerances read_tolerances(const std::string& scenario_text, const std::string& overrides) {
  Tolerances tolerances;
  YAML::Node root;
  try {
    root = YAML::Load(scenario_text);
    for (const auto& line : split(overrides, '\n')) apply_check_override(root, line);
  } catch (const YAML::Exception& e) {
    throw std::runtime_error("the stored scenario is not valid YAML: " + e.msg);
  }
  if (!root.IsMap()) return tolerances;
  const YAML::Node check = root["check"];
  read_number(check, "trajectory", "rtol", tolerances.trajectory_rtol);
  read_number(check, "final_cost", "rtol", tolerances.final_cost_rtol);
  read_number(check, "throughput", "max_slowdown", tolerances.max_slowdown);
  return tolerances;
}

Tolerances apply_overrides(Tolerances tolerances, const ToleranceOverrides& overrides) {
  if (overrides.trajectory_rtol) tolerances.trajectory_rtol = *overrides.trajectory_rtol;
  if (overrides.final_cost_rtol) tolerances.final_cost_rtol = *overrides.final_cost_rtol;
  if (overrides.max_slowdown) tolerances.max_slowdown = *overrides.max_slowdown;
  return tolerances;
}

}  // namespace optbench::check
