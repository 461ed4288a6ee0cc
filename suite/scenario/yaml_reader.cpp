#include "suite/scenario/yaml_reader.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "suite/scenario/closest_name.hpp"
#include "suite/scenario/number_text.hpp"

namespace optbench::scenario {
namespace {

// Quoted scalars ('0.5', "0.5") and !!str are text even when they spell a number.
bool is_plain(const YAML::Node& node) {
  return node.Tag() != "!" && node.Tag() != "tag:yaml.org,2002:str";
}

// A scalar as a message quotes it: its first line, at most 40 characters.
std::string excerpt(const std::string& text) {
  std::string out = text.substr(0, text.find('\n'));
  if (out.size() > 40) out.resize(37);
  if (out.size() < text.size()) out += "...";
  return out;
}

// " (quotes make it text)" for a quoted scalar where a number or boolean was wanted.
std::string quote_note(const YAML::Node& node) {
  return node.IsScalar() && !is_plain(node) ? " (quotes make it text)" : "";
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

std::string expected_found(std::string_view expected, const std::string& found) {
  return fmt::format("expected {}, found {}", expected, found);
}

}  // namespace

bool Bounds::contains(double value) const {
  const bool above_low = low_open ? value > low : value >= low;
  const bool below_high = high_open ? value < high : value <= high;
  return above_low && below_high;
}

std::string Bounds::describe() const {
  const bool has_low = std::isfinite(low);
  const bool has_high = std::isfinite(high);
  if (has_low && has_high) {
    return fmt::format("number in {}{}, {}{}", low_open ? "(" : "[", low, high,
                       high_open ? ")" : "]");
  }
  if (has_low) return fmt::format("number {} {}", low_open ? ">" : ">=", low);
  if (has_high) return fmt::format("number {} {}", high_open ? "<" : "<=", high);
  return "number";
}

std::string join_path(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}

Reader::Reader(Diagnostics& out, std::vector<YAML::Node> set_roots)
    : out_(out), set_roots_(std::move(set_roots)) {}

int Reader::origin(const YAML::Node& node, int parent) const {
  // The latest override wins: it may have replaced a value inside an earlier one.
  for (std::size_t i = set_roots_.size(); i-- > 0;) {
    if (set_roots_[i].IsDefined() && node.is(set_roots_[i])) return static_cast<int>(i);
  }
  return parent;
}

Where Reader::item(const Where& list, std::size_t index, const YAML::Node& node) const {
  return {node, fmt::format("{}[{}]", list.path, index), origin(node, list.from_set),
          YAML::Mark::null_mark()};
}

Where Reader::member(const Where& map, const std::string& key, const YAML::Node& key_node,
                     const YAML::Node& value) const {
  return {value, join_path(map.path, key), origin(value, map.from_set), key_node.Mark()};
}

void Reader::report(const Where& at, std::string message) {
  YAML::Mark mark = at.node.IsDefined() ? at.node.Mark() : YAML::Mark::null_mark();
  const bool empty_value = !at.node.IsDefined() || at.node.IsNull();
  const bool moved = empty_value && mark.line != at.key_mark.line;
  if (!at.key_mark.is_null() && (mark.is_null() || moved)) mark = at.key_mark;
  out_.add(mark, at.from_set, at.path, std::move(message));
}

std::string Reader::found(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence()) return node.size() == 0 ? "an empty list" : "a list";
  if (node.IsMap()) return node.size() == 0 ? "an empty map" : "a map";
  const std::string& text = node.Scalar();
  if (is_plain(node) && read_number_text(text).kind != NumberClass::kNotNumber) {
    return excerpt(text);
  }
  return "'" + excerpt(text) + "'";
}

std::optional<double> Reader::number(const Where& at, const Bounds& bounds) {
  const std::string expected = "a " + bounds.describe();
  if (!at.node.IsScalar()) {
    report(at, expected_found(expected, found(at.node)));
    return std::nullopt;
  }
  if (!is_plain(at.node)) {
    report(at, expected_found(expected, found(at.node) + quote_note(at.node)));
    return std::nullopt;
  }
  const NumberText number = read_number_text(at.node.Scalar());
  switch (number.kind) {
    case NumberClass::kNotNumber:
      report(at, expected_found(expected, found(at.node)));
      return std::nullopt;
    case NumberClass::kNonFinite:
      report(at, expected_found("a finite " + bounds.describe(), found(at.node)));
      return std::nullopt;
    case NumberClass::kOutOfRange:
      report(at, expected_found(expected, found(at.node) + ", beyond the range of a double"));
      return std::nullopt;
    case NumberClass::kFinite: break;
  }
  if (!bounds.contains(number.value)) {
    report(at, expected_found(expected, found(at.node)));
    return std::nullopt;
  }
  return number.value;
}

std::optional<std::int64_t> Reader::integer(const Where& at, std::int64_t min) {
  const std::string expected = fmt::format("an integer >= {}", min);
  IntegerText integer;
  if (at.node.IsScalar() && is_plain(at.node)) integer = read_integer_text(at.node.Scalar());
  if (integer.kind == IntegerClass::kInteger && integer.value >= min) return integer.value;
  const std::string large = integer.kind == IntegerClass::kTooLarge ? ", which is too large" : "";
  report(at, expected_found(expected, found(at.node) + quote_note(at.node) + large));
  return std::nullopt;
}

std::optional<std::uint64_t> Reader::unsigned_integer(const Where& at) {
  IntegerText integer;
  if (at.node.IsScalar() && is_plain(at.node)) {
    // Digits reach 2^64 - 1; a real with no fraction reaches 2^53.
    if (auto value = read_unsigned_text(at.node.Scalar())) return value;
    integer = read_integer_text(at.node.Scalar());
  }
  if (integer.kind == IntegerClass::kInteger && integer.value >= 0) {
    return static_cast<std::uint64_t>(integer.value);
  }
  const bool large = integer.kind == IntegerClass::kTooLarge && at.node.Scalar()[0] != '-';
  const std::string note = large ? ", which is too large" : "";
  report(at, expected_found("an integer >= 0", found(at.node) + quote_note(at.node) + note));
  return std::nullopt;
}

std::optional<bool> Reader::boolean(const Where& at) {
  if (at.node.IsScalar() && is_plain(at.node)) {
    if (auto value = read_bool_text(at.node.Scalar())) return value;
  }
  report(at, expected_found("true or false", found(at.node) + quote_note(at.node)));
  return std::nullopt;
}

std::optional<std::string> Reader::text(const Where& at, std::string_view expected) {
  if (at.node.IsScalar()) return at.node.Scalar();
  report(at, expected_found(expected, found(at.node)));
  return std::nullopt;
}

std::optional<std::string> Reader::name(const Where& at) {
  // Names become HDF5 group and file names, where "." and ".." mean something else.
  constexpr std::string_view kExpected =
      "a name of letters, digits, '_', '.' and '-', other than '.' and '..'";
  auto value = text(at, kExpected);
  if (!value) return std::nullopt;
  const bool special = *value == "." || *value == "..";
  if (value->empty() || special || !std::all_of(value->begin(), value->end(), is_name_char)) {
    report(at, expected_found(kExpected, found(at.node)));
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> Reader::choice(const Where& at, const std::vector<std::string>& choices,
                                          std::string_view what) {
  const std::string expected = "one of " + join_names(choices);
  auto value = text(at, expected);
  if (!value) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *value) != choices.end()) return value;
  std::string hint = did_you_mean(*value, choices);
  if (hint.empty()) hint = "; expected one of " + join_names(choices);
  report(at, fmt::format("unknown {} {}{}", what, found(at.node), hint));
  return std::nullopt;
}

std::optional<std::vector<Where>> Reader::list(const Where& at, std::string_view expected) {
  if (!at.node.IsSequence() || at.node.size() == 0) {
    report(at, expected_found(expected, found(at.node)));
    return std::nullopt;
  }
  std::vector<Where> items;
  for (const auto& element : at.node) items.push_back(item(at, items.size(), element));
  return items;
}

}  // namespace optbench::scenario
