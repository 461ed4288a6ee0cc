#ifndef OPTBENCH_SUITE_SCENARIO_STUDY_READER_HPP
#define OPTBENCH_SUITE_SCENARIO_STUDY_READER_HPP

// One entry of `studies`:
//   name        required, [A-Za-z0-9_.-]+, unique in the file (checked by the caller)
//   landscape   required unless `task` is given, see landscape_entry.hpp
//   task        a regression task instead of a landscape, see task_entry.hpp
//   init        required, see init_points.hpp
//   steps       required for a landscape, integer >= 1: updates per run
//   epochs      required for a task, integer >= 1: passes over the samples
//   batch_size  task only: an integer in [1, samples] or `full`, or a list of them (each a run
//               of its own); default full
//   record      optional, replaces the scenario's record rule (rules.hpp)
//   stop        optional (rules.hpp)
//   optimizers  required, non-empty list (optimizer_entry.hpp)
//   sweep       optional, applies to every optimizer that takes the key (sweep.hpp)
//   grid        optional, the landscape on a grid for contour figures (grid_entry.hpp)
//   math        optional, portable or native; replaces the scenario's `math`
//   repetitions optional, timed kernel launches; replaces the scenario's `repetitions`
// Internal to the parser.

#include <optional>
#include <vector>

#include "landscapes/landscape.hpp"
#include "suite/scenario/init_points.hpp"
#include "suite/scenario/optimizer_entry.hpp"
#include "suite/scenario/scenario.hpp"
#include "suite/scenario/sweep.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

// A study as read, before its runs are expanded (which needs the scenario's seed).
struct StudyDraft {
  Study study;                   // every field but runs
  std::optional<Where> name_at;  // where the name is, when it is valid
  std::optional<landscapes::LandscapeInfo> info;
  std::optional<InitPlan> init;
  std::vector<OptimizerEntry> optimizers;
  Sweep sweep;
  std::optional<MathMode> math;    // the study's own `math`, else the scenario's applies
  std::optional<int> repetitions;  // the study's own `repetitions`, else the scenario's
  std::vector<std::int64_t> batch_sizes = {0};  // a task's, in order; {0} for landscapes
  bool task_seed_given = false;    // else the task's data use the scenario's seed
};

// Reads one study, recording every problem; the draft is complete only when none was found.
StudyDraft read_study(Reader& reader, const Where& at, const RecordRule& default_record);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_STUDY_READER_HPP
