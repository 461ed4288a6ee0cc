#include "suite/scenario/diagnostics.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include <fmt/format.h>

namespace optbench::scenario {

std::string Diagnostic::format() const {
  const std::string path = key_path.empty() ? "" : key_path + ": ";
  if (line > 0) return fmt::format("{}:{}:{}: {}{}", file, line, column, path, message);
  const std::string origin = from_set.empty() ? "" : " (from --set " + from_set + ")";
  return fmt::format("{}: {}{}{}", file, path, message, origin);
}

Diagnostics::Diagnostics(std::string file, std::vector<std::string> overrides)
    : file_(std::move(file)), overrides_(std::move(overrides)) {}

void Diagnostics::add(const YAML::Mark& mark, int from_set, std::string key_path,
                      std::string message) {
  Diagnostic problem{file_, 0, 0, std::move(key_path), std::move(message), ""};
  if (from_set >= 0 && static_cast<std::size_t>(from_set) < overrides_.size()) {
    problem.from_set = overrides_[static_cast<std::size_t>(from_set)];
  } else if (!mark.is_null() && mark.line >= 0) {
    problem.line = mark.line + 1;
    problem.column = mark.column + 1;
  }
  problems_.push_back(std::move(problem));
}

void Diagnostics::add_unplaced(std::string message) {
  problems_.push_back({file_, 0, 0, "", std::move(message), ""});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = problems_;
  // Line 0 sorts after every real line.
  const auto rank = [](const Diagnostic& d) {
    return std::make_pair(d.line == 0 ? std::numeric_limits<int>::max() : d.line, d.column);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
  return out;
}

}  // namespace optbench::scenario
