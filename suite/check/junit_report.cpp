#include "suite/check/junit_report.hpp"

#include <fmt/core.h>

#include <map>
#include <vector>

namespace optbench::check {
namespace {

struct TestCase {
  std::string name;
  Verdict verdict = Verdict::kPass;
  std::string message;
  std::string details;
};

struct TestSuite {
  std::string name;
  std::vector<std::pair<std::string, std::string>> properties;
  std::vector<TestCase> cases;
  std::size_t count(Verdict verdict) const {
    std::size_t n = 0;
    for (const auto& c : cases) n += c.verdict == verdict;
    return n;
  }
};

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : separator) + part;
  return text;
}

TestCase run_case(const RunComparison& run, std::map<std::string, int>& seen) {
  TestCase c;
  const int repeat = ++seen[run.label];
  c.name = repeat == 1 ? run.label : fmt::format("{} #{}", run.label, repeat);
  c.verdict = run.verdict;
  c.message = joined(run.problems, "; ");
  if (run.verdict == Verdict::kPass) return c;
  std::vector<std::string> lines = {run.index_text() + ", " + to_string(run.presence)};
  for (const auto& diff : run.trajectory) lines.push_back(describe(diff));
  c.details = joined(lines, "\n");
  return c;
}

TestCase throughput_case(const ThroughputComparison& t) {
  TestCase c;
  c.name = "throughput";
  c.verdict = t.verdict;
  c.message = fmt::format("{}: {}", to_string(t.verdict), t.reason);
  c.details = fmt::format(
      "median run-steps/s: baseline {:.6g}, candidate {:.6g} ({:.3f}x)\nrepetitions: baseline "
      "{}, candidate {}\nMann-Whitney U {} p = {:.3g} ({})",
      t.baseline_median, t.candidate_median, t.ratio, t.baseline.size(), t.candidate.size(),
      t.test.u, t.test.p_value, t.test.exact ? "exact" : "normal approximation");
  return c;
}

TestSuite study_suite(const Comparison& comparison, const StudyComparison& study) {
  TestSuite suite;
  suite.name = study.name;
  const Tolerances& t = study.tolerances;
  suite.properties = {{"baseline", comparison.baseline_path},
                      {"candidate", comparison.candidate_path},
                      {"trajectory_rtol", fmt::format("{}", t.trajectory_rtol)},
                      {"final_cost_rtol", fmt::format("{}", t.final_cost_rtol)},
                      {"max_slowdown", fmt::format("{}", t.max_slowdown)}};
  std::vector<std::string> problems = study.problems;
  if (study.presence != Presence::kBoth) {
    problems.insert(problems.begin(), to_string(study.presence));
  }
  if (!problems.empty()) {
    suite.cases.push_back(
        {"(study)", Verdict::kRegression, joined(problems, "; "), joined(problems, "\n")});
  }
  std::map<std::string, int> seen;
  for (const auto& run : study.runs) suite.cases.push_back(run_case(run, seen));
  if (study.throughput) suite.cases.push_back(throughput_case(*study.throughput));
  return suite;
}

TestSuite grid_suite(const Comparison& comparison) {
  TestSuite suite;
  suite.name = "grids";
  suite.properties = {{"baseline", comparison.baseline_path},
                      {"candidate", comparison.candidate_path}};
  for (const auto& grid : comparison.grids) {
    std::vector<std::string> lines;
    for (const auto& diff : grid.datasets) lines.push_back(describe(diff, {}, "row"));
    suite.cases.push_back(
        {grid.name, grid.verdict, joined(grid.problems, "; "), joined(lines, "\n")});
  }
  return suite;
}

void write_case(std::string& xml, const std::string& classname, const TestCase& c) {
  xml += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(classname),
                     xml_escape(c.name));
  if (c.verdict == Verdict::kPass && c.details.empty()) {
    xml += "/>\n";
    return;
  }
  xml += ">\n";
  if (c.verdict == Verdict::kRegression) {
    xml += fmt::format("      <failure message=\"{}\" type=\"regression\">{}</failure>\n",
                       xml_escape(c.message), xml_escape(c.details));
  } else if (c.verdict == Verdict::kUncertain) {
    xml += fmt::format("      <skipped message=\"{}\"/>\n", xml_escape(c.message));
  }
  if (c.verdict != Verdict::kRegression && !c.details.empty()) {
    xml += fmt::format("      <system-out>{}</system-out>\n", xml_escape(c.details));
  }
  xml += "    </testcase>\n";
}

void write_suite(std::string& xml, const TestSuite& suite,
                 const std::vector<std::string>& warnings) {
  xml += fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" errors=\"0\">\n",
      xml_escape(suite.name), suite.cases.size(), suite.count(Verdict::kRegression),
      suite.count(Verdict::kUncertain));
  xml += "    <properties>\n";
  for (const auto& [name, value] : suite.properties) {
    xml += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", xml_escape(name),
                       xml_escape(value));
  }
  xml += "    </properties>\n";
  for (const auto& c : suite.cases) write_case(xml, suite.name, c);
  if (!warnings.empty()) {
    xml += fmt::format("    <system-out>{}</system-out>\n",
                       xml_escape("warning: " + joined(warnings, "\nwarning: ")));
  }
  xml += "  </testsuite>\n";
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        // Control characters are not allowed in XML 1.0, not even as references.
        out += static_cast<unsigned char>(ch) < 0x20 ? '?' : ch;
    }
  }
  return out;
}

std::string junit_report(const Comparison& comparison) {
  std::vector<TestSuite> suites;
  for (const auto& study : comparison.studies) suites.push_back(study_suite(comparison, study));
  if (!comparison.grids.empty()) suites.push_back(grid_suite(comparison));
  std::size_t tests = 0, failures = 0, skipped = 0;
  for (const auto& suite : suites) {
    tests += suite.cases.size();
    failures += suite.count(Verdict::kRegression);
    skipped += suite.count(Verdict::kUncertain);
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += fmt::format(
      "<testsuites name=\"optbench compare\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" "
      "errors=\"0\">\n",
      tests, failures, skipped);
  for (const auto& suite : suites) write_suite(xml, suite, comparison.warnings);
  return xml + "</testsuites>\n";
}

}  // namespace optbench::check
