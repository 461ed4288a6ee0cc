#include "suite/scenario/rules.hpp"

#include <fmt/format.h>

#include "suite/scenario/map_reader.hpp"

namespace optbench::scenario {
namespace {

// Sets `target` from an optional number key; false when the key is given but not valid.
bool read_optional(Reader& reader, const MapReader& map, const char* key, const Bounds& bounds,
                   double& target) {
  const MapEntry* entry = map.find(key);
  if (entry == nullptr) return true;
  const auto value = reader.number(entry->value, bounds);
  if (value) target = *value;
  return value.has_value();
}

}  // namespace

std::optional<RecordRule> read_record(Reader& reader, const Where& at) {
  MapReader map(reader, at, "{every: N} or {final_only: true}");
  if (!map.is_map()) return std::nullopt;
  map.check_keys({"every", "final_only"});
  RecordRule rule;
  bool valid = true;
  if (const MapEntry* every = map.find("every")) {
    const auto value = reader.integer(every->value, 1);
    valid = value.has_value();
    if (value) rule.every = *value;
  }
  if (const MapEntry* final_only = map.find("final_only")) {
    const auto value = reader.boolean(final_only->value);
    valid = valid && value.has_value();
    if (value) rule.final_only = *value;
    if (value && *value && map.find("every") != nullptr) {
      reader.report(at, "give either 'every' or 'final_only: true', not both");
      valid = false;
    }
  }
  if (!valid) return std::nullopt;
  return rule;
}

std::optional<StopRule> read_stop(Reader& reader, const Where& at,
                                  const landscapes::LandscapeInfo* info) {
  MapReader map(reader, at, "{cost_tol: T, grad_tol: T, diverge_above: D}");
  if (!map.is_map()) return std::nullopt;
  map.check_keys({"cost_tol", "grad_tol", "diverge_above"});
  StopRule rule;
  bool valid = read_optional(reader, map, "cost_tol", Bounds::at_least(0.0), rule.cost_tol);
  valid = read_optional(reader, map, "grad_tol", Bounds::at_least(0.0), rule.grad_tol) && valid;
  valid =
      read_optional(reader, map, "diverge_above", Bounds::above(0.0), rule.diverge_above) && valid;
  const MapEntry* cost_tol = map.find("cost_tol");
  if (cost_tol != nullptr && info != nullptr && info->minima.empty()) {
    reader.report(cost_tol->value,
                  fmt::format("cost_tol needs a known minimum, and landscape '{}' has none; use "
                              "grad_tol",
                              info->name));
    valid = false;
  }
  if (!valid) return std::nullopt;
  return rule;
}

std::optional<CheckRule> read_check(Reader& reader, const Where& at) {
  MapReader map(reader, at,
                "{trajectory: {rtol: R}, final_cost: {rtol: R}, "
                "throughput: {max_slowdown: S}}");
  if (!map.is_map()) return std::nullopt;
  map.check_keys({"trajectory", "final_cost", "throughput"});
  CheckRule rule;
  bool valid = true;
  // Each part is a map of one key.
  const auto read_part = [&](const char* part, const char* key, const Bounds& bounds,
                             double& target) {
    const MapEntry* entry = map.find(part);
    if (entry == nullptr) return;
    MapReader inner(reader, entry->value, fmt::format("{{{}: VALUE}}", key));
    if (!inner.is_map()) {
      valid = false;
      return;
    }
    inner.check_keys({key});
    valid = read_optional(reader, inner, key, bounds, target) && valid;
  };
  read_part("trajectory", "rtol", Bounds::at_least(0.0), rule.trajectory_rtol);
  read_part("final_cost", "rtol", Bounds::at_least(0.0), rule.final_cost_rtol);
  read_part("throughput", "max_slowdown", Bounds::above(0.0), rule.max_slowdown);
  if (!valid) return std::nullopt;
  return rule;
}

std::optional<int> read_repetitions(Reader& reader, const Where& at) {
  const auto value = reader.integer(at, 1);
  if (!value) return std::nullopt;
  if (*value > 1000) {
    reader.report(at, fmt::format("expected an integer in [1, 1000], found {}", *value));
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<MathMode> read_math(Reader& reader, const Where& at) {
  const auto mode = reader.choice(at, {"portable", "native"}, "math mode");
  if (!mode) return std::nullopt;
  return *mode == "native" ? MathMode::kNative : MathMode::kPortable;
}

}  // namespace optbench::scenario
