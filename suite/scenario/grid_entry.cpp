#include "suite/scenario/grid_entry.hpp"

#include <fmt/format.h>

#include "suite/scenario/map_reader.hpp"

namespace optbench::scenario {
namespace {

const std::vector<std::string> kGridKeys = {"nx", "ny", "x", "y", "scale", "x_scale", "y_scale"};
const std::vector<std::string> kScales = {"linear", "log"};

std::optional<landscapes::AxisScale> read_scale(Reader& reader, const Where& at) {
  const auto scale = reader.choice(at, kScales, "scale");
  if (!scale) return std::nullopt;
  return *scale == "log" ? landscapes::AxisScale::kLog : landscapes::AxisScale::kLinear;
}

// A window [low, high] with low < high, both finite.
std::optional<landscapes::Interval> read_window(Reader& reader, const Where& at) {
  const auto items = reader.list(at, "a window [low, high]");
  if (!items) return std::nullopt;
  if (items->size() != 2) {
    reader.report(at, fmt::format("expected a window [low, high], found {} values", items->size()));
    return std::nullopt;
  }
  const auto low = reader.number((*items)[0], Bounds::any());
  const auto high = reader.number((*items)[1], Bounds::any());
  if (!low || !high) return std::nullopt;
  if (!(*low < *high)) {
    reader.report(at, fmt::format("expected low < high, found [{}, {}]", *low, *high));
    return std::nullopt;
  }
  return landscapes::Interval{*low, *high};
}

// One axis: its count, its window (the domain's by default) and its scale.
std::optional<landscapes::GridAxis> read_axis(Reader& reader, MapReader& map, const char* count,
                                              const char* window, const char* own_scale,
                                              std::optional<landscapes::AxisScale> scale,
                                              const landscapes::Interval& domain) {
  landscapes::GridAxis axis;
  axis.low = domain.low;
  axis.high = domain.high;
  bool valid = true;
  if (const MapEntry* n = map.require(count)) {
    const auto value = reader.integer(n->value, 1);
    if (value && *value > kMaxGridSide) {
      reader.report(n->value,
                    fmt::format("expected an integer in [1, {}], found {}", kMaxGridSide, *value));
    }
    valid = valid && value && *value <= kMaxGridSide;
    if (value) axis.count = static_cast<int>(*value);
  } else {
    valid = false;
  }
  const MapEntry* given = map.find(window);
  if (given) {
    const auto interval = read_window(reader, given->value);
    valid = valid && interval;
    if (interval) axis.low = interval->low, axis.high = interval->high;
  }
  if (const MapEntry* s = map.find(own_scale)) scale = read_scale(reader, s->value);
  if (scale) axis.scale = *scale;
  if (axis.scale == landscapes::AxisScale::kLog && axis.low <= 0.0) {
    reader.report(given ? given->value : map.where(),
                  fmt::format("a log-scaled axis needs low > 0, found [{}, {}]; give '{}' a "
                              "positive window",
                              axis.low, axis.high, window));
    valid = false;
  }
  return valid ? std::optional(axis) : std::nullopt;
}

}  // namespace

std::optional<GridRequest> read_grid(Reader& reader, const Where& at,
                                     const landscapes::LandscapeInfo* info) {
  MapReader map(reader, at, "a grid map {nx: N, ny: N}");
  if (!map.is_map()) return std::nullopt;
  map.check_keys(kGridKeys);
  if (info == nullptr) return std::nullopt;
  if (info->dim != 2) {
    reader.report(at, fmt::format("a grid needs a 2-D landscape; '{}' has {} dimension(s)",
                                  info->name, info->dim));
    return std::nullopt;
  }
  std::optional<landscapes::AxisScale> scale;
  if (const MapEntry* s = map.find("scale")) scale = read_scale(reader, s->value);
  auto x = read_axis(reader, map, "nx", "x", "x_scale", scale, info->domain[0]);
  auto y = read_axis(reader, map, "ny", "y", "y_scale", scale, info->domain[1]);
  if (!x || !y) return std::nullopt;
  return GridRequest{*x, *y};
}

}  // namespace optbench::scenario
