#ifndef OPTBENCH_SUITE_SCENARIO_YAML_READER_HPP
#define OPTBENCH_SUITE_SCENARIO_YAML_READER_HPP

// Typed reading of scenario values. Each getter checks a node's type and range and, when it
// does not fit, records one problem placed at the node and returns nothing, so the caller can
// go on checking the node's siblings. Internal to the parser.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "suite/scenario/diagnostics.hpp"

namespace optbench::scenario {

// A node of the scenario tree with what a problem report needs to point at it.
struct Where {
  YAML::Node node;
  std::string path;   // key path, e.g. studies[0].optimizers[2].beta2; empty for the top
  int from_set = -1;  // index of the --set override the node came from; -1: from the file
  // The key that holds the node in its map. An empty value (`steps:`) has its mark at the
  // next token, often on the next line, so a problem with it is placed at the key instead.
  YAML::Mark key_mark = YAML::Mark::null_mark();
};

// A range of numbers; an infinite end is no bound.
struct Bounds {
  double low = -std::numeric_limits<double>::infinity();
  bool low_open = false;
  double high = std::numeric_limits<double>::infinity();
  bool high_open = false;

  static Bounds any() { return {}; }
  static Bounds at_least(double low) { return {low, false}; }
  static Bounds above(double low) { return {low, true}; }
  static Bounds unit_interval() { return {0.0, false, 1.0, true}; }  // [0, 1)

  bool contains(double value) const;
  std::string describe() const;  // "number > 0", "number in [0, 1)", "number"
};

class Reader {
 public:
  // set_roots[i]: the value node --set override i put into the tree (null when it failed).
  Reader(Diagnostics& out, std::vector<YAML::Node> set_roots);

  // Where an element of a list, or the value of a map key, sits.
  Where item(const Where& list, std::size_t index, const YAML::Node& node) const;
  Where member(const Where& map, const std::string& key, const YAML::Node& key_node,
               const YAML::Node& value) const;

  // One problem at the node (at its key when the node is an empty value).
  void report(const Where& at, std::string message);

  std::size_t problem_count() const { return out_.count(); }

  // A plain scalar number within bounds, finite.
  std::optional<double> number(const Where& at, const Bounds& bounds);
  // An integer >= min; also accepts a real with no fraction (1e6).
  std::optional<std::int64_t> integer(const Where& at, std::int64_t min);
  // An integer in [0, 2^64).
  std::optional<std::uint64_t> unsigned_integer(const Where& at);
  std::optional<bool> boolean(const Where& at);
  // Any scalar's text; `expected` names what was wanted when the node is not a scalar.
  std::optional<std::string> text(const Where& at, std::string_view expected);
  // A scalar of [A-Za-z0-9_.-]+, other than "." and "..".
  std::optional<std::string> name(const Where& at);
  // A scalar among `choices`; `what` names the kind ("optimizer") in
  // "unknown optimizer 'adamw'; did you mean 'adam'?".
  std::optional<std::string> choice(const Where& at, const std::vector<std::string>& choices,
                                    std::string_view what);
  // The elements of a non-empty list; `expected` describes the list for messages.
  std::optional<std::vector<Where>> list(const Where& at, std::string_view expected);

  // How a node reads in "found ..." messages: 'fast', -0.1, nothing, a list, an empty map.
  static std::string found(const YAML::Node& node);

 private:
  int origin(const YAML::Node& node, int parent) const;

  Diagnostics& out_;
  std::vector<YAML::Node> set_roots_;
};

// "a.b" or "b" at the top.
std::string join_path(const std::string& parent, const std::string& key);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_YAML_READER_HPP
