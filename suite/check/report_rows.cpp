#include "suite/check/report_rows.hpp"

#include <fmt/core.h>

namespace optbench::check {
namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

void add_study(const StudyComparison& study, std::size_t max_rows, std::vector<Finding>& out,
               std::size_t& left_out) {
  std::size_t rows = 0;
  const auto add = [&](Finding finding) {
    if (rows++ < max_rows) {
      out.push_back(std::move(finding));
    } else {
      ++left_out;
    }
  };
  if (study.presence != Presence::kBoth) {
    add({Verdict::kRegression, study.name, "-", "(study)", to_string(study.presence)});
  }
  for (const auto& problem : study.problems) {
    add({Verdict::kRegression, study.name, "-", "(study)", problem});
  }
  for (const auto& run : study.runs) {
    if (run.verdict == Verdict::kPass) continue;
    add({run.verdict, study.name, run.index_text(), run.label, joined(run.problems)});
  }
}

std::string plural(std::size_t count, const char* word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

}  // namespace

std::vector<Finding> findings(const Comparison& comparison, std::size_t max_per_study,
                              std::size_t& left_out) {
  std::vector<Finding> out;
  left_out = 0;
  for (const auto& study : comparison.studies) add_study(study, max_per_study, out, left_out);
  for (const auto& grid : comparison.grids) {
    if (grid.verdict == Verdict::kPass) continue;
    out.push_back({grid.verdict, "grids/" + grid.name, "-", "(grid)", joined(grid.problems)});
  }
  return out;
}

std::vector<StudySummary> study_summaries(const Comparison& comparison) {
  std::vector<StudySummary> rows;
  for (const auto& study : comparison.studies) {
    StudySummary row;
    row.study = study.name;
    row.runs = study.runs.size();
    row.pass = study.count(Verdict::kPass);
    row.regression = study.count(Verdict::kRegression);
    row.only_baseline = study.count(Presence::kOnlyBaseline);
    row.only_candidate = study.count(Presence::kOnlyCandidate);
    row.trajectories = study.presence == Presence::kBoth ? to_string(study.trajectory_verdict())
                                                         : to_string(study.presence);
    row.throughput = row.speed = row.p_value = row.repetitions = "-";
    if (const auto& t = study.throughput) {
      row.throughput = to_string(t->verdict);
      row.repetitions = fmt::format("{}/{}", t->baseline.size(), t->candidate.size());
      if (!t->baseline.empty() && !t->candidate.empty()) {
        row.speed = fmt::format("{:.2f}x", t->ratio);
        row.p_value = fmt::format("{:.2g}", t->test.p_value);
      }
      if (t->verdict != Verdict::kPass) row.note = t->reason;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string verdict_line(const Comparison& comparison) {
  std::size_t grid_regressions = 0;
  for (const auto& grid : comparison.grids) grid_regressions += grid.verdict != Verdict::kPass;
  std::size_t study_regressions = 0;
  for (const auto& study : comparison.studies) {
    study_regressions += study.presence != Presence::kBoth || !study.problems.empty();
  }
  std::string studies;
  if (study_regressions > 0) {
    studies = fmt::format("studies: {} missing or reshaped; ", study_regressions);
  }
  return fmt::format(
      "{} (runs: {} of {}; {}grids: {} of {}; throughput: {}, {} uncertain, {} pass)",
      to_string(comparison.verdict()), plural(comparison.run_regressions(), "regression"),
      comparison.run_count(), studies, plural(grid_regressions, "regression"),
      comparison.grids.size(),
      plural(comparison.throughput_count(Verdict::kRegression), "regression"),
      comparison.throughput_count(Verdict::kUncertain),
      comparison.throughput_count(Verdict::kPass));
}

}  // namespace optbench::check
