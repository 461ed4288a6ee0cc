#include "suite/scenario/optimizer_keys.hpp"

namespace optbench::scenario {

using optimizers::OptimizerKind;
using optimizers::OptimizerSettings;

namespace {

constexpr OptimizerKind kKinds[] = {OptimizerKind::kGd, OptimizerKind::kMomentum,
                                    OptimizerKind::kRmsprop, OptimizerKind::kAdam};

}  // namespace

const std::vector<std::string>& optimizer_names() {
  static const std::vector<std::string> names = {"gd", "momentum", "rmsprop", "adam"};
  return names;
}

std::optional<OptimizerKind> optimizer_kind(const std::string& name) {
  for (const OptimizerKind kind : kKinds) {
    if (name == optimizers::to_string(kind)) return kind;
  }
  return std::nullopt;
}

const std::vector<std::string>& hyperparameter_keys() {
  static const std::vector<std::string> keys = {"learning_rate", "beta", "beta1", "beta2",
                                                "epsilon"};
  return keys;
}

bool takes(OptimizerKind kind, const std::string& key) {
  if (key == "learning_rate") return true;
  if (key == "beta") return kind == OptimizerKind::kMomentum || kind == OptimizerKind::kRmsprop;
  if (key == "beta1" || key == "beta2") return kind == OptimizerKind::kAdam;
  if (key == "epsilon") return kind == OptimizerKind::kRmsprop || kind == OptimizerKind::kAdam;
  return false;
}

std::vector<std::string> hyperparameters_of(OptimizerKind kind) {
  std::vector<std::string> keys;
  for (const auto& key : hyperparameter_keys()) {
    if (takes(kind, key)) keys.push_back(key);
  }
  return keys;
}

std::vector<std::string> optimizer_keys(OptimizerKind kind) {
  std::vector<std::string> keys = {"name"};
  for (const auto& key : hyperparameters_of(kind)) keys.push_back(key);
  for (const char* key : {"convention", "schedule", "sweep"}) keys.emplace_back(key);
  return keys;
}

std::vector<std::string> all_optimizer_keys() {
  std::vector<std::string> keys = {"name"};
  for (const auto& key : hyperparameter_keys()) keys.push_back(key);
  for (const char* key : {"convention", "schedule", "sweep"}) keys.emplace_back(key);
  return keys;
}

std::string optimizers_taking(const std::string& key) {
  std::vector<std::string> names;
  for (const OptimizerKind kind : kKinds) {
    if (takes(kind, key)) names.emplace_back(optimizers::to_string(kind));
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

Bounds hyperparameter_bounds(const std::string& key) {
  if (key == "beta" || key == "beta1" || key == "beta2") return Bounds::unit_interval();
  return Bounds::above(0.0);  // learning_rate, epsilon
}

OptimizerSettings default_settings(OptimizerKind kind) {
  OptimizerSettings settings;
  settings.kind = kind;
  if (kind == OptimizerKind::kMomentum || kind == OptimizerKind::kRmsprop) settings.beta = 0.9;
  if (kind == OptimizerKind::kRmsprop || kind == OptimizerKind::kAdam) settings.epsilon = 1e-8;
  if (kind == OptimizerKind::kAdam) {
    settings.beta1 = 0.9;
    settings.beta2 = 0.999;
  }
  return settings;
}

void set_hyperparameter(OptimizerSettings& settings, const std::string& key, double value) {
  if (key == "learning_rate") settings.learning_rate = value;
  if (key == "beta") settings.beta = value;
  if (key == "beta1") settings.beta1 = value;
  if (key == "beta2") settings.beta2 = value;
  if (key == "epsilon") settings.epsilon = value;
}

}  // namespace optbench::scenario
