#ifndef OPTBENCH_SUITE_SCENARIO_OPTIMIZER_KEYS_HPP
#define OPTBENCH_SUITE_SCENARIO_OPTIMIZER_KEYS_HPP

// What each optimizer entry of a scenario may say: its keys, which of them a sweep may vary,
// their ranges and their defaults. Internal to the parser.
//
//   key            optimizers               range     default
//   learning_rate  all                      > 0       none: required unless swept
//   beta           momentum, rmsprop        [0, 1)    0.9
//   beta1          adam                     [0, 1)    0.9
//   beta2          adam                     [0, 1)    0.999
//   epsilon        rmsprop, adam            > 0       1e-8
//   convention     all                      article   article
//   schedule       all                      see optimizer_entry.hpp   constant
//   sweep          all                      see sweep.hpp

#include <optional>
#include <string>
#include <vector>

#include "suite/optimizers/optimizer_settings.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

// gd, momentum, rmsprop, adam.
const std::vector<std::string>& optimizer_names();
std::optional<optimizers::OptimizerKind> optimizer_kind(const std::string& name);

// Every key an entry for `kind` may carry, in the order of the table above.
std::vector<std::string> optimizer_keys(optimizers::OptimizerKind kind);
// Every key some optimizer takes: the keys checked when an entry's name is unknown.
std::vector<std::string> all_optimizer_keys();

// The numeric hyperparameters, which are also the keys a sweep may vary:
// learning_rate, beta, beta1, beta2, epsilon.
const std::vector<std::string>& hyperparameter_keys();

// Whether `kind` takes a key of hyperparameter_keys().
bool takes(optimizers::OptimizerKind kind, const std::string& key);

// The hyperparameters `kind` takes, in hyperparameter_keys() order.
std::vector<std::string> hyperparameters_of(optimizers::OptimizerKind kind);

// "momentum and rmsprop": the optimizers that take a key; empty when none does.
std::string optimizers_taking(const std::string& key);

Bounds hyperparameter_bounds(const std::string& key);

// The settings of an entry that gives nothing but its name (learning_rate 0 until set).
optimizers::OptimizerSettings default_settings(optimizers::OptimizerKind kind);

void set_hyperparameter(optimizers::OptimizerSettings& settings, const std::string& key,
                        double value);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_OPTIMIZER_KEYS_HPP
