#ifndef OPTBENCH_SUITE_CHECK_MARKDOWN_REPORT_HPP
#define OPTBENCH_SUITE_CHECK_MARKDOWN_REPORT_HPP

// The comparison as a Markdown summary for a CI job page (GitHub's step summary, GitLab's
// job page): a heading with the verdict, the warnings, a table of the studies with their
// throughput, and a table of the findings (at most kMaxMarkdownFindings rows).
//
//   ## optbench compare: regression
//
//   Baseline `base.h5`, candidate `cand.h5`.
//
//   > **warning:** scenario changed: ...
//
//   | study | runs | pass | regression | only in baseline | ... | throughput | speed | ... |
//   |---|--:|--:|--:|--:|...
//
//   ### Findings
//
//   | verdict | study | run | identity | difference |
//
//   **Verdict:** regression (runs: 1 regression of 12; ...)

#include <cstddef>
#include <string>

#include "suite/check/comparison.hpp"

namespace optbench::check {

inline constexpr std::size_t kMaxMarkdownFindings = 100;

std::string markdown_report(const Comparison& comparison);

// Text safe in a Markdown table cell: | \ ` * _ escaped, < > & as entities, line breaks as
// spaces.
std::string markdown_escape(const std::string& text);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_MARKDOWN_REPORT_HPP
