#include "suite/scenario/study_reader.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "suite/engine/memory_estimate.hpp"
#include "suite/engine/record_plan.hpp"
#include "suite/scenario/closest_name.hpp"
#include "suite/scenario/grid_entry.hpp"
#include "suite/scenario/landscape_entry.hpp"
#include "suite/scenario/map_reader.hpp"
#include "suite/scenario/optimizer_keys.hpp"
#include "suite/scenario/rules.hpp"
#include "suite/scenario/run_order.hpp"
#include "suite/scenario/task_entry.hpp"

namespace optbench::scenario {
namespace {

const std::vector<std::string> kStudyKeys = {
    "name",       "landscape", "task", "init", "steps",       "epochs",    "batch_size",
    "record",     "stop",      "optimizers", "sweep", "grid", "math", "repetitions"};

// Keys that belong to one kind of study only, with what the other kind uses instead.
void check_kind_keys(Reader& reader, const MapReader& map, bool task) {
  const auto refuse = [&](const char* key, const char* message) {
    if (const MapEntry* entry = map.find(key)) reader.report(entry->key_at, message);
  };
  if (task) {
    refuse("landscape", "a study has either 'landscape' or 'task', not both");
    refuse("steps", "a task study counts 'epochs' (and updates per epoch follow from "
                    "'batch_size'), not 'steps'");
  } else {
    refuse("epochs", "'epochs' applies to task studies; a landscape study counts 'steps'");
    refuse("batch_size", "'batch_size' applies to task studies, which have samples");
  }
}

// One batch size: an integer in [1, samples] or `full` (all samples).
std::optional<std::int64_t> read_batch_size(Reader& reader, const Where& at,
                                            std::int64_t samples) {
  if (at.node.IsScalar() && at.node.Scalar() == "full") return samples;
  if (at.node.IsScalar() && !at.node.Scalar().empty() && std::isalpha(at.node.Scalar()[0])) {
    reader.report(at, fmt::format("expected a batch size (an integer >= 1) or 'full', found '{}'",
                                  at.node.Scalar()));
    return std::nullopt;
  }
  const auto value = reader.integer(at, 1);
  if (!value) return std::nullopt;
  if (samples > 0 && *value > samples) {
    reader.report(at, fmt::format("expected a batch size in [1, {}] (the task's samples) or "
                                  "'full', found {}",
                                  samples, *value));
    return std::nullopt;
  }
  return value;
}

// `batch_size`: one size or a list of sizes, each a run of its own. Default: full batch.
std::vector<std::int64_t> read_batch_sizes(Reader& reader, const MapReader& map,
                                           std::int64_t samples) {
  const MapEntry* entry = map.find("batch_size");
  if (entry == nullptr) return {samples};
  std::vector<std::int64_t> sizes;
  if (!entry->value.node.IsSequence()) {
    if (auto size = read_batch_size(reader, entry->value, samples)) sizes.push_back(*size);
    return sizes;
  }
  const auto items = reader.list(entry->value, "a batch size or a non-empty list of them");
  for (std::size_t i = 0; items && i < items->size(); ++i) {
    const auto size = read_batch_size(reader, (*items)[i], samples);
    if (!size) continue;
    if (std::find(sizes.begin(), sizes.end(), *size) != sizes.end()) {
      reader.report((*items)[i], fmt::format("batch size {} is already in the list ('full' is "
                                             "{}, the task's samples)",
                                             *size, samples));
      continue;
    }
    sizes.push_back(*size);
  }
  return sizes;
}

std::vector<OptimizerEntry> read_optimizers(Reader& reader, const Where& at,
                                            const Sweep& study_sweep) {
  std::vector<OptimizerEntry> entries;
  const auto items = reader.list(at, "a non-empty list of optimizers");
  if (!items) return entries;
  for (const auto& item : *items) entries.push_back(read_optimizer(reader, item, study_sweep));
  return entries;
}

// A study-level swept key that none of the study's optimizers takes is a mistake.
void check_sweep_used(Reader& reader, const Sweep& sweep,
                      const std::vector<OptimizerEntry>& optimizers) {
  std::string names;
  for (const auto& entry : optimizers) {
    if (!entry.kind) return;  // an unknown optimizer might have taken it
    names += (names.empty() ? "" : ", ") + std::string(optimizers::to_string(*entry.kind));
  }
  for (const auto& axis : sweep.axes) {
    bool used = false;
    for (const auto& entry : optimizers) used = used || takes(*entry.kind, axis.key);
    if (!used) {
      reader.report(axis.key_at,
                    fmt::format("no optimizer of this study takes '{}' ({})", axis.key, names));
    }
  }
}

// Refuses, before any point is drawn or any View allocated, a study whose data would not fit
// in the memory this process can have.
void check_memory(Reader& reader, const Where& at, const StudyDraft& draft, std::int64_t runs) {
  const double records = static_cast<double>(engine::RecordPlan::from_study(draft.study).count());
  const double grid = draft.study.grid ? static_cast<double>(draft.study.grid->x.count) *
                                             static_cast<double>(draft.study.grid->y.count)
                                       : 0.0;
  const double data = engine::task_bytes(draft.study);
  const double bytes =
      engine::study_bytes(static_cast<double>(runs), records, draft.study.dim, grid) + data;
  const std::int64_t available = engine::available_host_memory();
  if (available < 0 || bytes <= static_cast<double>(available)) return;
  const auto size = [](double b) {
    return engine::format_bytes(static_cast<std::int64_t>(std::min(b, 9e18)));
  };
  if (data > bytes / 2) {
    reader.report(at, fmt::format("the study needs {} of memory, {} of it for its task's {} "
                                  "samples, but {} is available; use fewer samples",
                                  size(bytes), size(data), draft.study.task->samples,
                                  engine::format_bytes(available)));
    return;
  }
  reader.report(
      at, fmt::format("the study needs {} of memory ({} runs x {} records x {} "
                      "values) but {} is available; record sparsely (record: "
                      "{{every: N}} or {{final_only: true}}) or run fewer runs",
                      size(bytes), runs, records, draft.study.dim,
                      engine::format_bytes(available)));
}

}  // namespace

StudyDraft read_study(Reader& reader, const Where& at, const RecordRule& default_record) {
  StudyDraft draft;
  draft.study.record = default_record;
  MapReader map(reader, at, "a study map with name, landscape, init, steps and optimizers");
  if (!map.is_map()) return draft;
  map.check_keys(kStudyKeys);
  const bool task = map.find("task") != nullptr;
  check_kind_keys(reader, map, task);
  const std::size_t before = reader.problem_count();

  if (const MapEntry* name = map.require("name")) {
    if (auto value = reader.name(name->value)) {
      draft.study.name = *value;
      draft.name_at = name->value;
    }
  }
  if (task) {
    TaskEntry entry = read_task(reader, map.find("task")->value);
    if (entry.info) {
      draft.study.task = entry.spec;
      draft.info = entry.info;
      draft.study.dim = entry.info->dim;
      draft.task_seed_given = entry.seed_given;
    }
  } else if (const MapEntry* landscape = map.require("landscape")) {
    LandscapeEntry entry = read_landscape(reader, landscape->value);
    draft.study.landscape = entry.spec;
    draft.info = entry.info;
    if (entry.info) draft.study.dim = entry.info->dim;
  }
  const landscapes::LandscapeInfo* info = draft.info ? &*draft.info : nullptr;
  if (const MapEntry* init = map.require("init")) draft.init = read_init(reader, init->value, info);
  if (const MapEntry* steps = map.require(task ? "epochs" : "steps")) {
    if (auto value = reader.integer(steps->value, 1)) draft.study.steps = *value;
  }
  if (task) {
    const std::int64_t samples = draft.study.task ? draft.study.task->samples : 0;
    draft.batch_sizes = read_batch_sizes(reader, map, samples);
  }
  if (const MapEntry* record = map.find("record")) {
    if (auto rule = read_record(reader, record->value)) draft.study.record = *rule;
  }
  // A task's cost_tol is the gap to its least-squares optimum, known once the data exist.
  if (const MapEntry* stop = map.find("stop")) {
    if (auto rule = read_stop(reader, stop->value, task ? nullptr : info)) draft.study.stop = *rule;
  }
  if (const MapEntry* grid = map.find("grid")) {
    draft.study.grid = read_grid(reader, grid->value, info);
  }
  if (const MapEntry* math = map.find("math")) draft.math = read_math(reader, math->value);
  if (const MapEntry* repetitions = map.find("repetitions")) {
    draft.repetitions = read_repetitions(reader, repetitions->value);
  }
  if (const MapEntry* sweep = map.find("sweep")) {
    draft.sweep = read_sweep(reader, sweep->value, hyperparameter_keys(), "the study's sweep");
  }
  if (const MapEntry* optimizers = map.require("optimizers")) {
    draft.optimizers = read_optimizers(reader, optimizers->value, draft.sweep);
    check_sweep_used(reader, draft.sweep, draft.optimizers);
  }

  // The size check needs every part; a study with problems expands to nothing anyway.
  if (reader.problem_count() == before && draft.init) {
    const std::int64_t runs =
        run_count(draft.optimizers, draft.sweep, draft.init->size(), draft.batch_sizes.size());
    if (runs > kMaxRunsPerStudy) {
      reader.report(at, fmt::format("the study expands to {} runs; at most {} are allowed", runs,
                                    kMaxRunsPerStudy));
    } else {
      check_memory(reader, at, draft, runs);
    }
  }
  return draft;
}

}  // namespace optbench::scenario
