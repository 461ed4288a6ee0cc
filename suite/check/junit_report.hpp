#ifndef OPTBENCH_SUITE_CHECK_JUNIT_REPORT_HPP
#define OPTBENCH_SUITE_CHECK_JUNIT_REPORT_HPP

// The comparison as JUnit XML, the format CI services show as test results:
//
//   <testsuites name="optbench compare" tests=".." failures=".." skipped=".." errors="0">
//     <testsuite name="STUDY" ...>          one per study; "grids" for the landscape grids
//       <properties> baseline, candidate and the study's tolerances </properties>
//       <testcase classname="STUDY" name="RUN IDENTITY"/>            one per run
//       <testcase classname="STUDY" name="throughput">                one per study
//       <testcase classname="STUDY" name="(study)">   only when the study is missing on one
//                                                     side or its shapes differ
//       <system-out> the warnings (scenario, provenance) </system-out>
//     </testsuite>
//   </testsuites>
//
// A regression is a <failure message="..." type="regression">, an uncertain result a
// <skipped message="..."/>. Run names repeated within a study (duplicate identities) get
// " #2", " #3", ... so that each name is unique.

#include <string>

#include "suite/check/comparison.hpp"

namespace optbench::check {

std::string junit_report(const Comparison& comparison);

// Text safe in XML content and in double- or single-quoted attributes: & < > " ' escaped,
// line breaks and tabs as character references, other control characters replaced by '?'.
std::string xml_escape(const std::string& text);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_JUNIT_REPORT_HPP
