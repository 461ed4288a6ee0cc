#include "suite/scenario/overrides.hpp"

#include <charconv>
#include <optional>
#include <system_error>

#include <fmt/format.h>

#include "suite/scenario/closest_name.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {
namespace {

// One override being applied: its index (for the problem's origin) and where it has got to.
struct Walk {
  Diagnostics& out;
  int index;
  std::string path;  // the key path resolved so far, in the studies[0].steps form

  void fail(const std::string& message) { out.add(YAML::Mark::null_mark(), index, path, message); }
};

std::vector<std::string> split_path(const std::string& key) {
  std::vector<std::string> steps;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = key.find('.', start);
    steps.push_back(key.substr(start, dot - start));
    if (dot == std::string::npos) return steps;
    start = dot + 1;
  }
}

std::optional<std::size_t> list_index(const std::string& text) {
  std::size_t index = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), index);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return index;
}

std::vector<std::string> map_keys(const YAML::Node& map) {
  std::vector<std::string> keys;
  for (const auto& pair : map) {
    if (pair.first.IsScalar()) keys.push_back(pair.first.Scalar());
  }
  return keys;
}

// The value of `key` in a map (its first entry), bound to the tree, or nullopt.
std::optional<YAML::Node> map_value(YAML::Node& map, const std::string& key) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) return YAML::Node(it->second);
  }
  return std::nullopt;
}

// One step of the path from `node`: the child it names, or nullopt after recording why not.
// The last step into a map may name a new key: then `node` itself is returned, with `is_new`.
std::optional<YAML::Node> step_into(YAML::Node& node, const std::string& step, bool last,
                                    bool& is_new, Walk& walk) {
  if (node.IsMap()) {
    if (auto value = map_value(node, step)) {
      walk.path = join_path(walk.path, step);
      return value;
    }
    if (last) {
      is_new = true;
      return node;
    }
    std::string hint = did_you_mean(step, map_keys(node));
    if (hint.empty()) hint = "; keys here: " + join_names(map_keys(node));
    walk.fail(fmt::format("no key '{}' to go into{}", step, hint));
    return std::nullopt;
  }
  if (node.IsSequence()) {
    const auto index = list_index(step);
    if (node.size() == 0) {
      walk.fail(fmt::format("the list is empty: no entry '{}' to go into", step));
      return std::nullopt;
    }
    if (!index || *index >= node.size()) {
      walk.fail(
          fmt::format("expected a list index from 0 to {}, found '{}'", node.size() - 1, step));
      return std::nullopt;
    }
    walk.path += fmt::format("[{}]", *index);
    std::size_t i = 0;
    for (auto element : node) {
      if (i++ == *index) return element;
    }
  }
  walk.fail(fmt::format("expected a map or a list to go into with '{}', found {}", step,
                        Reader::found(node)));
  return std::nullopt;
}

// How many places of the tree hold `target` itself: more than one when a YAML alias (*name)
// repeats an anchored node (&name), which then changes everywhere at once.
int places_holding(const YAML::Node& node, const YAML::Node& target, int depth = 0) {
  if (depth > 64) return 0;  // deeper than any scenario; guards against alias cycles
  int count = node.is(target) ? 1 : 0;
  if (node.IsMap()) {
    for (const auto& pair : node) count += places_holding(pair.second, target, depth + 1);
  } else if (node.IsSequence()) {
    for (const auto& element : node) count += places_holding(element, target, depth + 1);
  }
  return count;
}

// Refuses to change a node that an alias shares: the override names one place only.
bool changes_one_place(const YAML::Node& root, const YAML::Node& node, Walk& walk) {
  if (places_holding(root, node) <= 1) return true;
  walk.fail("this value is shared through a YAML alias (&name ... *name), so --set would "
            "change every place that uses it; change it in the file, or write it out there");
  return false;
}

// Applies one override; returns the node it put into the tree.
std::optional<YAML::Node> apply_one(YAML::Node& root, const std::string& text, Walk& walk) {
  const std::size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) {
    walk.fail(fmt::format("expected KEY=VALUE, found '{}'", text));
    return std::nullopt;
  }
  const std::string key = text.substr(0, equals);
  const std::vector<std::string> steps = split_path(key);
  for (const auto& step : steps) {
    if (step.empty()) {
      walk.fail(fmt::format("empty step in the key path '{}'", key));
      return std::nullopt;
    }
  }
  YAML::Node value;
  try {
    value = YAML::Load(text.substr(equals + 1));
  } catch (const YAML::Exception& error) {
    walk.path = key;
    walk.fail(fmt::format("cannot read the value as YAML: {}", error.msg));
    return std::nullopt;
  }
  YAML::Node node = root;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    bool is_new = false;
    auto next = step_into(node, steps[i], i + 1 == steps.size(), is_new, walk);
    if (!next) return std::nullopt;
    if (is_new) {
      if (!changes_one_place(root, node, walk)) return std::nullopt;
      node[steps[i]] = value;
      return value;
    }
    node.reset(*next);
  }
  if (!changes_one_place(root, node, walk)) return std::nullopt;
  node = value;  // assigns through to the tree: node is bound to the entry found
  return value;
}

}  // namespace

std::vector<YAML::Node> apply_overrides(YAML::Node& root, const std::vector<std::string>& overrides,
                                        Diagnostics& out) {
  std::vector<YAML::Node> roots;
  for (std::size_t i = 0; i < overrides.size(); ++i) {
    Walk walk{out, static_cast<int>(i), ""};
    auto applied = apply_one(root, overrides[i], walk);
    roots.push_back(applied ? *applied : YAML::Node());
  }
  return roots;
}

}  // namespace optbench::scenario
