#include "suite/check/markdown_report.hpp"

#include <fmt/core.h>

#include <vector>

#include "suite/check/report_rows.hpp"

namespace optbench::check {
namespace {

std::string row(const std::vector<std::string>& cells) {
  std::string line = "|";
  for (const auto& cell : cells) line += " " + markdown_escape(cell) + " |";
  return line + "\n";
}

std::string studies_table(const Comparison& comparison) {
  if (comparison.studies.empty()) return {};
  std::string text =
      row({"study", "runs", "pass", "regression", "only in baseline", "only in candidate",
           "trajectories", "throughput", "speed", "p", "repetitions", "note"});
  text += "|---|--:|--:|--:|--:|--:|---|---|--:|--:|--:|---|\n";
  for (const auto& s : study_summaries(comparison)) {
    text +=
        row({s.study, std::to_string(s.runs), std::to_string(s.pass), std::to_string(s.regression),
             std::to_string(s.only_baseline), std::to_string(s.only_candidate), s.trajectories,
             s.throughput, s.speed, s.p_value, s.repetitions, s.note});
  }
  return text + "\n";
}

std::string findings_table(const Comparison& comparison) {
  std::size_t left_out = 0;
  auto rows = findings(comparison, kMaxMarkdownFindings, left_out);
  if (rows.empty()) return {};
  if (rows.size() > kMaxMarkdownFindings) {
    left_out += rows.size() - kMaxMarkdownFindings;
    rows.resize(kMaxMarkdownFindings);
  }
  std::string text = "### Findings\n\n";
  text += row({"verdict", "study", "run", "identity", "difference"});
  text += "|---|---|---|---|---|\n";
  for (const auto& f : rows) {
    text += row({to_string(f.verdict), f.study, f.run, f.identity, f.difference});
  }
  if (left_out > 0) {
    text += fmt::format("\n... and {} more (the JUnit report lists every run).\n", left_out);
  }
  return text + "\n";
}

}  // namespace

std::string markdown_escape(const std::string& text) {
  std::string out;
  for (const char ch : text) {
    switch (ch) {
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
        out += '\\';
        out += ch;
        break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\n':
      case '\r': out += ' '; break;
      default: out += ch;
    }
  }
  return out;
}

std::string markdown_report(const Comparison& comparison) {
  std::string text = fmt::format("## optbench compare: {}\n\n", to_string(comparison.verdict()));
  text += fmt::format("Baseline `{}`, candidate `{}`.\n\n", comparison.baseline_path,
                      comparison.candidate_path);
  for (const auto& warning : comparison.warnings) {
    text += "> **warning:** " + markdown_escape(warning) + "\n>\n";
  }
  if (!comparison.warnings.empty()) text += "\n";
  text += studies_table(comparison);
  text += findings_table(comparison);
  return text + "**Verdict:** " + markdown_escape(verdict_line(comparison)) + "\n";
}

}  // namespace optbench::check
