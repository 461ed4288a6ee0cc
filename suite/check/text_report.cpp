#include "suite/check/text_report.hpp"

#include <fmt/core.h>

#include "suite/check/report_rows.hpp"
#include "suite/check/text_table.hpp"

namespace optbench::check {
namespace {

std::string findings_table(const Comparison& comparison) {
  std::size_t left_out = 0;
  const auto rows = findings(comparison, kMaxTextRowsPerStudy, left_out);
  if (rows.empty()) return {};
  TextTable table({"verdict", "study", "run", "identity", "difference"});
  for (const auto& f : rows) {
    table.add({to_string(f.verdict), f.study, f.run, f.identity, f.difference});
  }
  std::string text = table.format();
  if (left_out > 0) {
    text += fmt::format("... and {} more, left out (the JUnit report lists every run)\n", left_out);
  }
  return text + "\n";
}

std::string studies_table(const Comparison& comparison) {
  if (comparison.studies.empty()) return {};
  TextTable table({"study", "runs", "pass", "regression", "only in baseline", "only in candidate",
                   "trajectories", "throughput", "speed", "p", "repetitions", "note"},
                  {false, true, true, true, true, true, false, false, true, true, true, false});
  for (const auto& s : study_summaries(comparison)) {
    table.add({s.study, std::to_string(s.runs), std::to_string(s.pass),
               std::to_string(s.regression), std::to_string(s.only_baseline),
               std::to_string(s.only_candidate), s.trajectories, s.throughput, s.speed, s.p_value,
               s.repetitions, s.note});
  }
  return table.format() + "\n";
}

}  // namespace

std::string text_report(const Comparison& comparison) {
  std::string text = fmt::format("baseline   {}\ncandidate  {}\n", comparison.baseline_path,
                                 comparison.candidate_path);
  for (const auto& warning : comparison.warnings) text += "warning: " + warning + "\n";
  text += "\n";
  text += findings_table(comparison);
  text += studies_table(comparison);
  return text + "verdict: " + verdict_line(comparison) + "\n";
}

}  // namespace optbench::check
