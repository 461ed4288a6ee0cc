#include "suite/scenario/task_entry.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "suite/scenario/map_reader.hpp"

namespace optbench::scenario {
namespace {

using landscapes::Distribution;
using landscapes::FeatureSpec;
using landscapes::TaskKind;

const std::vector<std::string> kDistributions = {"uniform", "gaussian"};

// Features, truths and noise up to this size keep every square and sum of the task finite.
constexpr double kLargestValue = 1e100;
const Bounds kValueBounds{-kLargestValue, false, kLargestValue, false};

std::vector<std::string> task_keys(TaskKind kind) {
  std::vector<std::string> keys = {"kind", "samples", "truth", "noise", "seed", "store_data"};
  if (kind == TaskKind::kLinearRegression) keys.push_back("x");
  if (kind != TaskKind::kLinearRegression) keys.push_back("features");
  if (kind == TaskKind::kHousePrices) keys.push_back("standardize");
  return keys;
}

// Exactly `count` numbers; `what` says what they are in the message.
std::optional<std::vector<double>> read_numbers(Reader& reader, const Where& at,
                                                std::size_t count, const std::string& what) {
  const auto items = reader.list(at, what);
  if (!items) return std::nullopt;
  if (items->size() != count) {
    reader.report(at, fmt::format("expected {}, found {} value(s)", what, items->size()));
    return std::nullopt;
  }
  std::vector<double> values;
  for (const auto& item : *items) {
    if (auto value = reader.number(item, kValueBounds)) values.push_back(*value);
  }
  if (values.size() != count) return std::nullopt;
  return values;
}

// {uniform: [low, high]} or {gaussian: [mean, sd]}, with `name` when `named`.
std::optional<FeatureSpec> read_feature(Reader& reader, const Where& at, bool named,
                                        const std::string& default_name) {
  MapReader map(reader, at, "{uniform: [low, high]} or {gaussian: [mean, sd]}");
  if (!map.is_map()) return std::nullopt;
  std::vector<std::string> keys = kDistributions;
  if (named) keys.push_back("name");
  map.check_keys(keys);
  FeatureSpec feature;
  feature.name = default_name;
  bool valid = true;
  if (const MapEntry* name = named ? map.find("name") : nullptr) {
    const auto value = reader.name(name->value);
    valid = value.has_value();
    if (value) feature.name = *value;
  }
  const MapEntry* uniform = map.find("uniform");
  const MapEntry* gaussian = map.find("gaussian");
  if ((uniform == nullptr) == (gaussian == nullptr)) {
    reader.report(at, "expected exactly one of 'uniform: [low, high]' and 'gaussian: [mean, sd]'");
    return std::nullopt;
  }
  const MapEntry* given = uniform != nullptr ? uniform : gaussian;
  const auto pair = read_numbers(reader, given->value, 2,
                                 uniform != nullptr ? "[low, high]" : "[mean, sd]");
  if (!pair || !valid) return std::nullopt;
  feature.distribution = uniform != nullptr ? Distribution::kUniform : Distribution::kGaussian;
  feature.a = (*pair)[0];
  feature.b = (*pair)[1];
  if (uniform != nullptr && !(feature.a < feature.b)) {
    reader.report(given->value, fmt::format("expected low < high, found [{}, {}]", feature.a,
                                            feature.b));
    return std::nullopt;
  }
  if (gaussian != nullptr && !(feature.b > 0.0)) {
    reader.report(given->value, fmt::format("expected a standard deviation > 0, found {}",
                                            feature.b));
    return std::nullopt;
  }
  return feature;
}

std::optional<std::vector<FeatureSpec>> read_features(Reader& reader, const Where& at) {
  const auto items = reader.list(at, "a non-empty list of features");
  if (!items) return std::nullopt;
  if (items->size() > static_cast<std::size_t>(landscapes::kMaxTaskFeatures)) {
    reader.report(at, fmt::format("expected at most {} features, found {}",
                                  landscapes::kMaxTaskFeatures, items->size()));
    return std::nullopt;
  }
  std::vector<FeatureSpec> features;
  for (std::size_t f = 0; f < items->size(); ++f) {
    auto feature = read_feature(reader, (*items)[f], true, fmt::format("x{}", f + 1));
    if (!feature) continue;
    const auto same_name = [&](const FeatureSpec& s) { return s.name == feature->name; };
    const bool repeated = std::any_of(features.begin(), features.end(), same_name);
    if (repeated) {
      reader.report((*items)[f], fmt::format("duplicate feature name '{}'", feature->name));
      continue;
    }
    features.push_back(*feature);
  }
  if (features.size() != items->size()) return std::nullopt;
  return features;
}

// The truth in parameter order (task_spec.hpp) from the kind's own keys.
std::optional<std::vector<double>> read_truth(Reader& reader, const Where& at, TaskKind kind,
                                              int d) {
  const bool box = kind == TaskKind::kBoundingBox;
  const std::vector<std::string> keys =
      kind == TaskKind::kLinearRegression ? std::vector<std::string>{"w", "b"}
      : box                               ? std::vector<std::string>{"W", "c"}
                                          : std::vector<std::string>{"theta", "b"};
  MapReader map(reader, at, fmt::format("a map {{{}: ..., {}: ...}}", keys[0], keys[1]));
  if (!map.is_map()) return std::nullopt;
  map.check_keys(keys, "the truth");
  const MapEntry* weights = map.require(keys[0]);
  const MapEntry* intercept = map.require(keys[1]);
  if (weights == nullptr || intercept == nullptr) return std::nullopt;

  const int o = box ? 4 : 1;
  std::vector<std::vector<double>> rows;  // [d][o]
  bool valid = true;
  if (kind == TaskKind::kLinearRegression) {
    const auto w = reader.number(weights->value, kValueBounds);
    if (w) rows.push_back({*w});
    valid = w.has_value();
  } else if (!box) {
    const auto theta = read_numbers(
        reader, weights->value, static_cast<std::size_t>(d),
        fmt::format("a list of {} weight(s), one per feature (features has {})", d, d));
    valid = theta.has_value();
    for (std::size_t f = 0; theta && f < theta->size(); ++f) rows.push_back({(*theta)[f]});
  } else {
    const auto items = reader.list(weights->value, "a list of rows [x, y, width, height]");
    if (items && items->size() != static_cast<std::size_t>(d)) {
      reader.report(weights->value,
                    fmt::format("expected {} row(s), one per feature (features has {}), found {}",
                                d, d, items->size()));
    }
    valid = items && items->size() == static_cast<std::size_t>(d);
    for (std::size_t f = 0; valid && f < items->size(); ++f) {
      auto row = read_numbers(reader, (*items)[f], 4, "a row [x, y, width, height]");
      valid = row.has_value();
      if (row) rows.push_back(*row);
    }
  }
  std::vector<double> c;
  if (box) {
    const auto values = read_numbers(reader, intercept->value, 4, "[x, y, width, height]");
    if (values) c = *values;
    valid = valid && values.has_value();
  } else {
    const auto b = reader.number(intercept->value, kValueBounds);
    if (b) c = {*b};
    valid = valid && b.has_value();
  }
  if (!valid) return std::nullopt;
  std::vector<double> truth;
  for (int j = 0; j < o; ++j) {
    for (int f = 0; f < d; ++f) truth.push_back(rows[f][j]);
    truth.push_back(c[j]);
  }
  return truth;
}

std::optional<double> read_noise(Reader& reader, const Where& at) {
  MapReader map(reader, at, "{gaussian: sd}");
  if (!map.is_map()) return std::nullopt;
  map.check_keys({"gaussian"}, "noise");
  const MapEntry* sd = map.require("gaussian");
  if (sd == nullptr) return std::nullopt;
  return reader.number(sd->value, Bounds{0.0, false, kLargestValue, false});
}

}  // namespace

TaskEntry read_task(Reader& reader, const Where& at) {
  TaskEntry entry;
  MapReader map(reader, at, "a task map {kind: KIND, samples: M, truth: {...}, ...}");
  if (!map.is_map()) return entry;
  const MapEntry* kind_entry = map.require("kind");
  if (kind_entry == nullptr) return entry;
  const auto kind_name = reader.choice(kind_entry->value, landscapes::task_kind_names(), "task");
  if (!kind_name) return entry;
  landscapes::TaskSpec& spec = entry.spec;
  spec.kind = *landscapes::task_kind_from(*kind_name);
  spec.outputs = spec.kind == TaskKind::kBoundingBox ? 4 : 1;
  const std::size_t before = reader.problem_count();
  map.check_keys(task_keys(spec.kind), "task '" + *kind_name + "'");

  if (spec.kind == TaskKind::kLinearRegression) {
    spec.features = {{"x", Distribution::kUniform, -1.0, 1.0}};
    if (const MapEntry* x = map.find("x")) {
      if (auto feature = read_feature(reader, x->value, false, "x")) spec.features = {*feature};
    }
  } else if (const MapEntry* features = map.require("features")) {
    if (auto values = read_features(reader, features->value)) spec.features = *values;
  }
  const int d = landscapes::feature_count(spec);
  if (const MapEntry* samples = map.require("samples")) {
    const auto value = reader.integer(samples->value, std::numeric_limits<std::int64_t>::min());
    if (value && (*value < d + 1 || *value > landscapes::kMaxTaskSamples)) {
      reader.report(samples->value,
                    fmt::format("expected an integer in [{}, {}] (at least one more sample than "
                                "features, so the least-squares optimum is unique), found {}",
                                d + 1, landscapes::kMaxTaskSamples, *value));
    } else if (value) {
      spec.samples = *value;
    }
  }
  if (const MapEntry* truth = map.require("truth")) {
    if (d > 0 || spec.kind == TaskKind::kLinearRegression) {
      if (auto values = read_truth(reader, truth->value, spec.kind, d)) spec.truth = *values;
    }
  }
  if (const MapEntry* noise = map.find("noise")) {
    if (auto sd = read_noise(reader, noise->value)) spec.noise_sd = *sd;
  }
  if (const MapEntry* standardize = map.find("standardize")) {
    spec.standardize = reader.boolean(standardize->value).value_or(false);
  }
  if (const MapEntry* store = map.find("store_data")) {
    spec.store_data = reader.boolean(store->value).value_or(true);
  }
  if (const MapEntry* seed = map.find("seed")) {
    const auto value = reader.unsigned_integer(seed->value);
    entry.seed_given = value.has_value();
    spec.seed = value.value_or(0);
  }
  if (reader.problem_count() == before) entry.info = landscapes::describe_task(spec);
  return entry;
}

}  // namespace optbench::scenario
