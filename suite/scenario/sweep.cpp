#include "suite/scenario/sweep.hpp"

#include <algorithm>
#include <limits>

#include "suite/scenario/map_reader.hpp"
#include "suite/scenario/optimizer_keys.hpp"

namespace optbench::scenario {

const SweepAxis* Sweep::find(const std::string& key) const {
  for (const auto& axis : axes) {
    if (axis.key == key) return &axis;
  }
  return nullptr;
}

bool Sweep::mentions(const std::string& key) const {
  return std::find(given.begin(), given.end(), key) != given.end();
}

Sweep read_sweep(Reader& reader, const Where& at, const std::vector<std::string>& allowed,
                 std::string_view owner) {
  Sweep sweep;
  MapReader map(reader, at, "a map of hyperparameters to lists of values");
  map.check_keys(allowed, owner);
  for (const auto& entry : map.entries()) {
    if (std::find(allowed.begin(), allowed.end(), entry.key) == allowed.end()) continue;
    sweep.given.push_back(entry.key);
    const Bounds bounds = hyperparameter_bounds(entry.key);
    // "number > 0" becomes "a non-empty list of numbers > 0".
    const std::string expected = "a non-empty list of numbers" + bounds.describe().substr(6);
    const auto items = reader.list(entry.value, expected);
    if (!items) continue;
    SweepAxis axis{entry.key, {}, entry.key_at};
    for (const auto& item : *items) {
      if (auto value = reader.number(item, bounds)) axis.values.push_back(*value);
    }
    if (axis.values.size() == items->size()) sweep.axes.push_back(std::move(axis));
  }
  return sweep;
}

std::vector<std::vector<double>> sweep_combinations(const std::vector<const SweepAxis*>& axes) {
  std::vector<std::vector<double>> combinations = {{}};
  // Each axis multiplies the combinations so far; appending its values innermost makes the
  // last axis the fastest.
  for (const SweepAxis* axis : axes) {
    std::vector<std::vector<double>> next;
    next.reserve(combinations.size() * axis->values.size());
    for (const auto& prefix : combinations) {
      for (const double value : axis->values) {
        next.push_back(prefix);
        next.back().push_back(value);
      }
    }
    combinations = std::move(next);
  }
  return combinations;
}

std::int64_t combination_count(const std::vector<const SweepAxis*>& axes) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  std::int64_t count = 1;
  for (const SweepAxis* axis : axes) {
    const auto size = static_cast<std::int64_t>(axis->values.size());
    count = size != 0 && count > kMax / size ? kMax : count * size;
  }
  return count;
}

}  // namespace optbench::scenario
