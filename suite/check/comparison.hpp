#ifndef OPTBENCH_SUITE_CHECK_COMPARISON_HPP
#define OPTBENCH_SUITE_CHECK_COMPARISON_HPP

// What `optbench compare` found: the model the text, JUnit and Markdown reports are written
// from. compare_files.hpp fills it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "suite/check/throughput_verdict.hpp"
#include "suite/check/tolerances.hpp"
#include "suite/check/trajectory_diff.hpp"
#include "suite/check/verdict.hpp"

namespace optbench::check {

// Where a run, study or grid was found.
enum class Presence { kBoth, kOnlyBaseline, kOnlyCandidate };

const char* to_string(Presence presence);  // "both", "only in baseline", "only in candidate"

struct RunComparison {
  Presence presence = Presence::kBoth;
  std::optional<std::size_t> baseline_index;  // the run's row in each file
  std::optional<std::size_t> candidate_index;
  std::string label;                    // short identity, run_identity.hpp
  std::vector<DatasetDiff> trajectory;  // params, cost, grad_norm when comparable
  double final_cost_relative = 0.0;     // relative difference of the last record's cost
  std::vector<std::string> problems;    // why it is a regression, one phrase each
  Verdict verdict = Verdict::kPass;

  // "run 3" or "run 3 (candidate 5)" when the rows differ.
  std::string index_text() const;
};

struct StudyComparison {
  std::string name;
  Presence presence = Presence::kBoth;
  Tolerances tolerances;
  std::vector<std::string> problems;  // study-wide: shapes or steps that differ
  std::vector<RunComparison> runs;    // baseline order, then runs only in the candidate
  std::optional<ThroughputComparison> throughput;

  std::size_t count(Verdict verdict) const;  // among runs present in both files
  std::size_t count(Presence presence) const;
  // The worst of: its problems and runs (regression), its throughput.
  Verdict verdict() const;
  // Runs and study-wide problems only, without the throughput.
  Verdict trajectory_verdict() const;
};

struct GridComparison {
  std::string name;  // /grids/<name>
  Presence presence = Presence::kBoth;
  double rtol = 0.0;
  std::vector<DatasetDiff> datasets;  // value, x, y
  std::vector<std::string> problems;
  Verdict verdict = Verdict::kPass;
};

struct Comparison {
  std::string baseline_path;
  std::string candidate_path;
  std::vector<std::string> warnings;     // scenario and provenance differences
  std::vector<StudyComparison> studies;  // baseline order, then studies only in the candidate
  std::vector<GridComparison> grids;

  Verdict verdict() const;
  std::size_t run_count() const;
  std::size_t run_regressions() const;  // runs that regressed, incl. those on one side only
  std::size_t throughput_count(Verdict verdict) const;
};

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_COMPARISON_HPP
