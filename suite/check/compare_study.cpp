#include "suite/check/compare_study.hpp"

#include <fmt/core.h>

#include <optional>
#include <utility>

#include "suite/check/compare_task.hpp"
#include "suite/check/run_matching.hpp"
#include "suite/check/ulp_distance.hpp"
#include "suite/engine/run_status.hpp"

namespace optbench::check {
namespace {

std::string status_text(std::int64_t status) {
  if (status < 0 || status > 2) return fmt::format("{}", status);
  return engine::to_string(static_cast<engine::RunStatus>(status));
}

// Identity columns: the baseline's, in its order, that the candidate has too.
std::vector<std::string> shared_columns(const StudyData& b, const StudyData& c,
                                        std::vector<std::string>& warnings) {
  std::vector<std::string> names;
  for (const auto& column : b.identities.columns()) {
    if (c.identities.has(column.name)) {
      names.push_back(column.name);
    } else {
      warnings.push_back(
          fmt::format("study '{}': runs/{} only in baseline; runs are matched without it", b.name,
                      column.name));
    }
  }
  for (const auto& column : c.identities.columns()) {
    if (!b.identities.has(column.name)) {
      warnings.push_back(
          fmt::format("study '{}': runs/{} only in candidate; runs are matched without it", b.name,
                      column.name));
    }
  }
  return names;
}

std::vector<std::string> keys(const RunIdentities& identities) {
  std::vector<std::string> keys;
  keys.reserve(identities.size());
  for (std::size_t k = 0; k < identities.size(); ++k) keys.push_back(identities.key(k));
  return keys;
}

// Study-wide differences that make trajectories incomparable value by value.
std::vector<std::string> shape_problems(const StudyData& b, const StudyData& c) {
  std::vector<std::string> problems;
  if (b.dim != c.dim) {
    problems.push_back(fmt::format("dim differs: baseline {}, candidate {}", b.dim, c.dim));
  }
  if (b.records != c.records) {
    problems.push_back(fmt::format("number of records (step) differs: baseline {}, candidate {}",
                                   b.records, c.records));
  } else {
    for (std::size_t r = 0; r < b.records; ++r) {
      if (b.step[r] == c.step[r]) continue;
      problems.push_back(fmt::format("step differs at record {}: baseline {}, candidate {}", r,
                                     b.step[r], c.step[r]));
      break;
    }
  }
  return problems;
}

double final_cost(const std::vector<double>& cost, std::size_t records, std::size_t run) {
  return records == 0 ? 0.0 : cost[run * records + records - 1];
}

struct Sides {
  const StudyData& b;
  const StudyData& c;
};

// Compares one trajectory dataset of every matched run; `width` values make one record.
void diff_dataset(const std::string& dataset, const std::vector<double>& b,
                  const std::vector<double>& c, std::size_t records, std::size_t width,
                  std::vector<RunComparison>& runs) {
  const std::size_t count = records * width;
  for (auto& run : runs) {
    if (run.presence != Presence::kBoth) continue;
    run.trajectory.push_back(diff_values(dataset, b.data() + *run.baseline_index * count,
                                         c.data() + *run.candidate_index * count, count, width));
  }
}

void judge_run(const Sides& s, const Tolerances& t, const std::vector<double>& b_cost,
               const std::vector<double>& c_cost, RunComparison& run) {
  const std::size_t kb = *run.baseline_index;
  const std::size_t kc = *run.candidate_index;
  if (s.b.status[kb] != s.c.status[kc]) {
    run.problems.push_back(
        fmt::format("status {} -> {}", status_text(s.b.status[kb]), status_text(s.c.status[kc])));
  }
  if (s.b.stop_step[kb] != s.c.stop_step[kc]) {
    run.problems.push_back(fmt::format("stop_step {} -> {}", s.b.stop_step[kb], s.c.stop_step[kc]));
  }
  for (const auto& diff : run.trajectory) {
    if (!within(diff, t.trajectory_rtol)) run.problems.push_back(describe(diff, s.b.step));
  }
  const double b_final = final_cost(b_cost, s.b.records, kb);
  const double c_final = final_cost(c_cost, s.c.records, kc);
  run.final_cost_relative = relative_difference(b_final, c_final);
  const bool final_ok = t.final_cost_rtol == 0.0 ? same_bits(b_final, c_final)
                                                 : run.final_cost_relative <= t.final_cost_rtol;
  if (!final_ok) {
    run.problems.push_back(fmt::format("final cost {} -> {} (rel {:.3g}, rtol {})", b_final,
                                       c_final, run.final_cost_relative, t.final_cost_rtol));
  }
  run.verdict = run.problems.empty() ? Verdict::kPass : Verdict::kRegression;
}

RunComparison one_sided(Presence presence, std::size_t index, const RunIdentities& identities) {
  RunComparison run;
  run.presence = presence;
  (presence == Presence::kOnlyBaseline ? run.baseline_index : run.candidate_index) = index;
  run.label = identities.label(index);
  run.problems.push_back(to_string(presence));
  run.verdict = Verdict::kRegression;
  return run;
}

// The runs in baseline order (matched or not), then those only in the candidate.
std::vector<RunComparison> lay_out_runs(const StudyData& b, const StudyData& c,
                                        const RunMatching& matching) {
  std::vector<std::optional<std::size_t>> partner(b.runs);
  for (const auto& [kb, kc] : matching.pairs) partner[kb] = kc;
  std::vector<RunComparison> runs;
  for (std::size_t kb = 0; kb < b.runs; ++kb) {
    if (!partner[kb]) {
      runs.push_back(one_sided(Presence::kOnlyBaseline, kb, b.identities));
      continue;
    }
    RunComparison run;
    run.baseline_index = kb;
    run.candidate_index = partner[kb];
    run.label = b.identities.label(kb);
    runs.push_back(std::move(run));
  }
  for (const std::size_t kc : matching.only_candidate) {
    runs.push_back(one_sided(Presence::kOnlyCandidate, kc, c.identities));
  }
  return runs;
}

// A kernel that runs for less than kShortestTimedKernel is measured mostly in launch
// overhead and timer noise (seen here: 20x swings between two runs of microsecond studies),
// so its slowdown is never called a regression.
void too_short_to_time(const std::vector<double>& baseline_seconds, ThroughputComparison& c) {
  if (baseline_seconds.empty() || median(baseline_seconds) >= kShortestTimedKernel) return;
  if (c.verdict == Verdict::kRegression) c.verdict = Verdict::kUncertain;
  c.reason += fmt::format("; kernel time {:.2g} s is below {:.0g} s, too short to judge",
                          median(baseline_seconds), kShortestTimedKernel);
}

std::vector<double> samples(const StudyData& data) {
  // Without run_steps only the inverse times remain; their ratio is the same.
  return throughput_samples(data.run_steps > 0.0 ? data.run_steps : 1.0, data.seconds);
}

}  // namespace

StudyComparison compare_study(const ResultsSource& baseline, const ResultsSource& candidate,
                              const std::string& name, const Tolerances& tolerances,
                              std::vector<std::string>& warnings) {
  StudyData b = baseline.read_study(name);
  StudyData c = candidate.read_study(name);
  const std::vector<std::string> columns = shared_columns(b, c, warnings);
  b.identities.keep(columns);
  c.identities.keep(columns);

  StudyComparison study;
  study.name = name;
  study.tolerances = tolerances;
  study.problems = shape_problems(b, c);
  study.runs = lay_out_runs(b, c, match_runs(keys(b.identities), keys(c.identities)));

  // Trajectories, one dataset at a time to bound memory; cost also gives the final costs.
  const auto read = [&](const ResultsSource& source, const char* dataset) {
    return source.values("studies/" + name + "/" + dataset);
  };
  const std::vector<double> b_cost = read(baseline, "cost");
  const std::vector<double> c_cost = read(candidate, "cost");
  if (study.problems.empty()) {
    diff_dataset("params", read(baseline, "params"), read(candidate, "params"), b.records, b.dim,
                 study.runs);
    diff_dataset("cost", b_cost, c_cost, b.records, 1, study.runs);
    diff_dataset("grad_norm", read(baseline, "grad_norm"), read(candidate, "grad_norm"), b.records,
                 1, study.runs);
  }
  const Sides sides{b, c};
  for (auto& run : study.runs) {
    if (run.presence == Presence::kBoth) judge_run(sides, tolerances, b_cost, c_cost, run);
  }
  compare_task(baseline, candidate, name, study);

  study.throughput = compare_throughput(samples(b), samples(c), tolerances.max_slowdown);
  too_short_to_time(b.seconds, *study.throughput);
  return study;
}

}  // namespace optbench::check
