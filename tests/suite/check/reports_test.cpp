// The text, JUnit and Markdown reports of a small comparison built by hand.

#include <gtest/gtest.h>

#include <string>

#include "suite/check/junit_report.hpp"
#include "suite/check/markdown_report.hpp"
#include "suite/check/text_report.hpp"
#include "suite/check/text_table.hpp"

namespace optbench::check {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Study "bowl": run 0 passes, run 1 regressed in params, run 2 only in the baseline; its
// throughput is uncertain.
Comparison sample() {
  Comparison c;
  c.baseline_path = "base.h5";
  c.candidate_path = "cand.h5";
  c.warnings = {"scenario changed: scenario_sha256 a (baseline) vs b (candidate)"};
  StudyComparison study;
  study.name = "bowl";
  RunComparison pass;
  pass.baseline_index = pass.candidate_index = 0;
  pass.label = "gd lr=0.001 init=(-1.5, 2)";
  RunComparison changed;
  changed.baseline_index = 1;
  changed.candidate_index = 3;
  changed.label = "adam lr=0.05 init=(0.5, 0.5)";
  changed.problems = {"params: 1 of 22 values differ <&>"};
  changed.verdict = Verdict::kRegression;
  RunComparison gone;
  gone.presence = Presence::kOnlyBaseline;
  gone.baseline_index = 2;
  gone.label = "momentum lr=0.001 init=(-1.5, 2)";
  gone.problems = {"only in baseline"};
  gone.verdict = Verdict::kRegression;
  study.runs = {pass, changed, gone};
  study.throughput = compare_throughput({100.0, 110.0}, {90.0, 95.0}, 0.10);
  c.studies.push_back(study);
  return c;
}

TEST(TextReport, ListsEveryRunThatIsNotAPlainPass) {
  const std::string text = text_report(sample());
  EXPECT_TRUE(contains(text, "baseline   base.h5\ncandidate  cand.h5\nwarning: scenario changed"));
  EXPECT_TRUE(contains(text,
                       "regression  bowl   run 1 (candidate 3)  adam lr=0.05 init=(0.5, "
                       "0.5)      params: 1 of 22 values differ <&>\n"))
      << text;
  EXPECT_TRUE(contains(text, "only in baseline\n"));
  EXPECT_FALSE(contains(text, "gd lr=0.001"));
  EXPECT_TRUE(contains(text,
                       "\nverdict: regression (runs: 2 regressions of 3; grids: 0 "
                       "regressions of 0; throughput: 0 regressions, 1 uncertain, 0 "
                       "pass)\n"))
      << text;
}

TEST(TextTable, PadsColumnsAndAlignsNumbersRight) {
  TextTable table({"name", "n", "note"}, {false, true});
  table.add({"a", "10", "x"});
  table.add({"long", "2", ""});
  EXPECT_EQ(table.format(), "name   n  note\na     10  x\nlong   2\n");
}

TEST(JunitReport, HasOneTestcasePerRunAndThroughput) {
  const std::string xml = junit_report(sample());
  EXPECT_TRUE(contains(xml,
                       "<testsuites name=\"optbench compare\" tests=\"4\" failures=\"2\" "
                       "skipped=\"1\" errors=\"0\">"))
      << xml;
  EXPECT_TRUE(contains(xml, "<testcase classname=\"bowl\" name=\"gd lr=0.001 init=(-1.5, 2)\"/>"));
  EXPECT_TRUE(contains(xml,
                       "<failure message=\"params: 1 of 22 values differ &lt;&amp;&gt;\" "
                       "type=\"regression\">"))
      << xml;
  EXPECT_TRUE(contains(xml, "<testcase classname=\"bowl\" name=\"throughput\">\n      <skipped"));
  EXPECT_TRUE(contains(xml, "<system-out>warning: scenario changed"));
}

TEST(JunitReport, EscapesEverythingXmlReserves) {
  EXPECT_EQ(xml_escape("a<b>&\"c'\n\x01"), "a&lt;b&gt;&amp;&quot;c&apos;&#10;?");
  EXPECT_EQ(xml_escape("init=(0.5, 0.5) \xc3\xa9"), "init=(0.5, 0.5) \xc3\xa9");
}

TEST(MarkdownReport, NamesTheVerdictAndEscapesCells) {
  const std::string md = markdown_report(sample());
  EXPECT_EQ(md.rfind("## optbench compare: regression\n", 0), 0u) << md;
  EXPECT_TRUE(contains(md, "> **warning:** scenario changed"));
  EXPECT_TRUE(contains(md, "| bowl | 3 | 1 | 1 | 1 | 0 | regression | uncertain |")) << md;
  EXPECT_TRUE(contains(md, "| regression | bowl | run 1 (candidate 3) |"));
  EXPECT_TRUE(contains(md, "&lt;&amp;&gt;"));
  EXPECT_TRUE(contains(md, "**Verdict:** regression (runs:"));
  EXPECT_EQ(markdown_escape("a|b_c\nd"), "a\\|b\\_c d");
}

}  // namespace
}  // namespace optbench::check
