#include "suite/scenario/optimizer_entry.hpp"

#include <string>

#include <fmt/format.h>

#include "suite/scenario/map_reader.hpp"
#include "suite/scenario/optimizer_keys.hpp"

namespace optbench::scenario {
namespace {

using optimizers::Schedule;
using optimizers::ScheduleKind;

// "; it applies to adam" for a key that belongs to another optimizer.
std::string applies_elsewhere(const std::string& key) {
  const std::string names = optimizers_taking(key);
  return names.empty() ? "" : "; it applies to " + names;
}

std::optional<Schedule> read_schedule(Reader& reader, const Where& at) {
  MapReader map(reader, at, "{kind: constant} or {kind: inverse_time, rate: R}");
  if (!map.is_map()) return std::nullopt;
  std::optional<std::string> kind;
  if (const MapEntry* entry = map.require("kind")) {
    kind = reader.choice(entry->value, {"constant", "inverse_time"}, "schedule");
  }
  if (!kind) {
    map.check_keys({"kind", "rate"});
    return std::nullopt;
  }
  Schedule schedule;
  if (*kind == "constant") {
    map.check_keys({"kind"}, "schedule 'constant'", [](const std::string& key) {
      return key == "rate" ? std::string("; only inverse_time takes a rate") : std::string();
    });
    return schedule;
  }
  map.check_keys({"kind", "rate"}, "schedule 'inverse_time'");
  schedule.kind = ScheduleKind::kInverseTime;
  const MapEntry* rate = map.require("rate");
  if (rate == nullptr) return std::nullopt;
  const auto value = reader.number(rate->value, Bounds::at_least(0.0));
  if (!value) return std::nullopt;
  schedule.rate = *value;
  return schedule;
}

// The entry's own sweep: only keys its optimizer takes, none the study sweeps already.
Sweep read_own_sweep(Reader& reader, const Where& at, const OptimizerEntry& entry,
                     const Sweep& study_sweep) {
  const std::string name = entry.kind ? optimizers::to_string(*entry.kind) : "";
  const auto allowed = entry.kind ? hyperparameters_of(*entry.kind) : hyperparameter_keys();
  const std::string owner = name.empty() ? "sweep" : "the sweep of optimizer '" + name + "'";
  Sweep sweep = read_sweep(reader, at, allowed, owner);
  for (const auto& axis : sweep.axes) {
    if (study_sweep.mentions(axis.key)) {
      reader.report(axis.key_at, fmt::format("'{}' is already swept by the study", axis.key));
    }
  }
  return sweep;
}

}  // namespace

OptimizerEntry read_optimizer(Reader& reader, const Where& at, const Sweep& study_sweep) {
  OptimizerEntry entry;
  MapReader map(reader, at, "an optimizer such as {name: gd, learning_rate: 0.01}");
  if (!map.is_map()) return entry;

  // The name decides which keys are allowed.
  std::string owner;
  if (const MapEntry* name = map.require("name")) {
    if (auto text = reader.choice(name->value, optimizer_names(), "optimizer")) {
      entry.kind = optimizer_kind(*text);
      owner = "optimizer '" + *text + "'";
    }
  }
  map.check_keys(entry.kind ? optimizer_keys(*entry.kind) : all_optimizer_keys(), owner,
                 applies_elsewhere);
  if (entry.kind) entry.settings = default_settings(*entry.kind);

  // Hyperparameters; keys the optimizer does not take were reported above.
  for (const auto& key : hyperparameter_keys()) {
    const MapEntry* given = map.find(key);
    if (given == nullptr || (entry.kind && !takes(*entry.kind, key))) continue;
    if (auto value = reader.number(given->value, hyperparameter_bounds(key))) {
      set_hyperparameter(entry.settings, key, *value);
    }
  }
  if (const MapEntry* convention = map.find("convention")) {
    reader.choice(convention->value, {"article"}, "convention");
  }
  if (const MapEntry* schedule = map.find("schedule")) {
    if (auto value = read_schedule(reader, schedule->value)) entry.settings.schedule = *value;
  }
  if (const MapEntry* sweep = map.find("sweep")) {
    entry.sweep = read_own_sweep(reader, sweep->value, entry, study_sweep);
  }

  // A learning rate is required unless a sweep gives it.
  const bool swept = study_sweep.mentions("learning_rate") || entry.sweep.mentions("learning_rate");
  if (!swept) map.require("learning_rate");
  return entry;
}

}  // namespace optbench::scenario
