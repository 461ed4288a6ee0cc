#include "suite/scenario/init_points.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include <fmt/format.h>

#include "backends/philox.hpp"
#include "suite/scenario/map_reader.hpp"

namespace optbench::scenario {
namespace {

using landscapes::LandscapeInfo;

constexpr std::int64_t kMaxCount = std::numeric_limits<std::int64_t>::max();

std::int64_t saturating_product(std::int64_t a, std::int64_t b) {
  return b != 0 && a > kMaxCount / b ? kMaxCount : a * b;
}

int dim_of(const LandscapeInfo* info) {
  return info == nullptr ? 0 : info->dim;
}

// "landscape 'rosenbrock' is 2-D" for messages about the dimension.
std::string dim_note(const LandscapeInfo& info) {
  return fmt::format("landscape '{}' is {}-D", info.name, info.dim);
}

std::optional<std::vector<double>> read_point(Reader& reader, const Where& at,
                                              const LandscapeInfo* info) {
  if (!at.node.IsSequence()) {
    const std::string size = info ? fmt::format(" of {} numbers", info->dim) : " of numbers";
    const std::string hint = at.node.IsScalar() ? "; a single point is written [[x, y]]" : "";
    reader.report(at, fmt::format("expected a point, a list{}, found {}{}", size,
                                  Reader::found(at.node), hint));
    return std::nullopt;
  }
  std::vector<double> point;
  bool valid = true;
  std::size_t index = 0;
  for (const auto& coordinate : at.node) {
    auto value = reader.number(reader.item(at, index++, coordinate), Bounds::any());
    valid = valid && value.has_value();
    if (value) point.push_back(*value);
  }
  if (info && at.node.size() != static_cast<std::size_t>(info->dim)) {
    reader.report(at, fmt::format("expected a point of {} numbers, found {} ({})", info->dim,
                                  at.node.size(), dim_note(*info)));
    return std::nullopt;
  }
  if (!valid) return std::nullopt;
  return point;
}

std::optional<InitPlan> read_explicit(Reader& reader, const Where& at, const LandscapeInfo* info) {
  const auto items = reader.list(at, "a non-empty list of points");
  if (!items) return std::nullopt;
  InitPlan plan;
  for (const auto& item : *items) {
    if (auto point = read_point(reader, item, info)) plan.points.push_back(std::move(*point));
  }
  if (plan.points.size() != items->size()) return std::nullopt;
  return plan;
}

// [lo, hi, n] with lo <= hi and n >= 1.
std::optional<GridAxis> read_axis(Reader& reader, const Where& at) {
  constexpr std::string_view kExpected = "[lo, hi, n] with lo <= hi and n >= 1";
  if (!at.node.IsSequence() || at.node.size() != 3) {
    const std::string found =
        at.node.IsSequence() ? fmt::format("a list of {}", at.node.size()) : Reader::found(at.node);
    reader.report(at, fmt::format("expected {}, found {}", kExpected, found));
    return std::nullopt;
  }
  std::vector<Where> items;
  for (const auto& element : at.node) items.push_back(reader.item(at, items.size(), element));
  const auto low = reader.number(items[0], Bounds::any());
  const auto high = reader.number(items[1], Bounds::any());
  const auto count = reader.integer(items[2], 1);
  if (!low || !high || !count) return std::nullopt;
  if (*low > *high) {
    reader.report(at, fmt::format("expected {}, found lo {} > hi {}", kExpected,
                                  items[0].node.Scalar(), items[1].node.Scalar()));
    return std::nullopt;
  }
  return GridAxis{*low, *high, *count};
}

// n: one count for every axis, or a list of one count per axis.
std::optional<std::vector<std::int64_t>> read_counts(Reader& reader, const Where& at,
                                                     const LandscapeInfo* info) {
  const int dim = dim_of(info);
  if (!at.node.IsSequence()) {
    const auto count = reader.integer(at, 1);
    if (!count) return std::nullopt;
    return std::vector<std::int64_t>(static_cast<std::size_t>(std::max(dim, 1)), *count);
  }
  const auto items = reader.list(at, "an integer >= 1 or a list of one per axis");
  if (!items) return std::nullopt;
  std::vector<std::int64_t> counts;
  for (const auto& item : *items) {
    if (auto count = reader.integer(item, 1)) counts.push_back(*count);
  }
  if (info && items->size() != static_cast<std::size_t>(dim)) {
    reader.report(at, fmt::format("expected {} counts, one per axis, found {} ({})", dim,
                                  items->size(), dim_note(*info)));
    return std::nullopt;
  }
  if (counts.size() != items->size()) return std::nullopt;
  return counts;
}

std::optional<InitPlan> read_grid_by_axis(Reader& reader, MapReader& map,
                                          const LandscapeInfo* info) {
  const int dim = dim_of(info);
  if (dim > 2) {
    reader.report(map.where(), fmt::format("a grid by 'x' and 'y' needs a 1-D or 2-D landscape "
                                           "({}); give {{n: [...]}} instead",
                                           dim_note(*info)));
    return std::nullopt;
  }
  InitPlan plan;
  plan.kind = InitKind::kGrid;
  bool valid = true;
  // y is not read for a 1-D landscape: check_keys reported it.
  for (const char* key : {"x", "y"}) {
    const bool needed = key[0] == 'x' || dim == 2;
    if (!needed && dim == 1) continue;
    const MapEntry* entry = needed ? map.require(key) : map.find(key);
    if (entry == nullptr) {
      valid = valid && !needed;
      continue;
    }
    auto axis = read_axis(reader, entry->value);
    valid = valid && axis.has_value();
    if (axis) plan.axes.push_back(*axis);
  }
  if (!valid) return std::nullopt;
  return plan;
}

std::optional<InitPlan> read_grid_init(Reader& reader, const Where& at, const LandscapeInfo* info) {
  MapReader map(reader, at, "{x: [lo, hi, n], y: [lo, hi, n]} or {n: [nx, ny]}");
  if (!map.is_map()) return std::nullopt;
  const int dim = dim_of(info);
  const std::string owner =
      info ? fmt::format("a grid on the {}-D landscape '{}'", info->dim, info->name) : "";
  map.check_keys(
      dim == 1 ? std::vector<std::string>{"x", "n"} : std::vector<std::string>{"x", "y", "n"},
      owner);
  const MapEntry* n = map.find("n");
  if (n == nullptr) return read_grid_by_axis(reader, map, info);
  if (map.find("x") != nullptr || map.find("y") != nullptr) {
    reader.report(map.where(), "give either 'n' or 'x' and 'y', not both");
    return std::nullopt;
  }
  const auto counts = read_counts(reader, n->value, info);
  if (!counts || info == nullptr) return std::nullopt;
  InitPlan plan;
  plan.kind = InitKind::kGrid;
  for (int j = 0; j < dim; ++j) {
    const auto& interval = info->domain[static_cast<std::size_t>(j)];
    plan.axes.push_back({interval.low, interval.high, (*counts)[static_cast<std::size_t>(j)]});
  }
  return plan;
}

std::optional<InitPlan> read_uniform(Reader& reader, const Where& at) {
  MapReader map(reader, at, "{count: N}");
  if (!map.is_map()) return std::nullopt;
  map.check_keys({"count"});
  const MapEntry* count = map.require("count");
  if (count == nullptr) return std::nullopt;
  const auto value = reader.integer(count->value, 1);
  if (!value) return std::nullopt;
  InitPlan plan;
  plan.kind = InitKind::kUniform;
  plan.count = *value;
  return plan;
}

}  // namespace

std::int64_t InitPlan::size() const {
  switch (kind) {
    case InitKind::kExplicit: return static_cast<std::int64_t>(points.size());
    case InitKind::kUniform: return count;
    case InitKind::kGrid: break;
  }
  std::int64_t total = 1;
  for (const auto& axis : axes) total = saturating_product(total, axis.count);
  return total;
}

std::optional<InitPlan> read_init(Reader& reader, const Where& at, const LandscapeInfo* info) {
  if (at.node.IsSequence()) return read_explicit(reader, at, info);
  constexpr std::string_view kExpected = "a list of points, {grid: {...}} or {uniform: {count: N}}";
  MapReader map(reader, at, kExpected);
  if (!map.is_map()) return std::nullopt;
  map.check_keys({"grid", "uniform"});
  const MapEntry* grid = map.find("grid");
  const MapEntry* uniform = map.find("uniform");
  if (grid != nullptr && uniform != nullptr) {
    reader.report(at, "give either 'grid' or 'uniform', not both");
    return std::nullopt;
  }
  if (grid != nullptr) return read_grid_init(reader, grid->value, info);
  if (uniform != nullptr) return read_uniform(reader, uniform->value);
  if (map.entries().empty())
    reader.report(at, fmt::format("expected {}, found an empty map", kExpected));
  return std::nullopt;
}

double grid_coordinate(const GridAxis& axis, std::int64_t k) {
  if (axis.count == 1) return axis.low;
  if (k == axis.count - 1) return axis.high;
  const double step = static_cast<double>(k) / static_cast<double>(axis.count - 1);
  return axis.low + (axis.high - axis.low) * step;
}

std::vector<std::vector<double>> make_points(const InitPlan& plan, const LandscapeInfo& info,
                                             std::uint64_t seed, const std::string& study_name) {
  if (plan.kind == InitKind::kExplicit) return plan.points;
  const auto dim = static_cast<std::size_t>(info.dim);
  std::vector<std::vector<double>> points(static_cast<std::size_t>(plan.size()),
                                          std::vector<double>(dim));
  if (plan.kind == InitKind::kGrid) {
    // Coordinate 0 fastest: split the point index into per-axis indices, x first.
    for (std::size_t i = 0; i < points.size(); ++i) {
      auto rest = static_cast<std::int64_t>(i);
      for (std::size_t j = 0; j < dim; ++j) {
        points[i][j] = grid_coordinate(plan.axes[j], rest % plan.axes[j].count);
        rest /= plan.axes[j].count;
      }
    }
    return points;
  }
  const std::uint64_t stream = random::name_hash(study_name.c_str());
  const std::uint64_t draws_per_point = (dim + 1) / 2;
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = 0; j < dim; ++j) {
      double u0 = 0.0;
      double u1 = 0.0;
      random::uniform_pair(seed, stream, i * draws_per_point + j / 2, u0, u1);
      const auto& interval = info.domain[j];
      points[i][j] = interval.low + (interval.high - interval.low) * (j % 2 == 0 ? u0 : u1);
    }
  }
  return points;
}

}  // namespace optbench::scenario
