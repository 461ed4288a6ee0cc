#ifndef OPTBENCH_SUITE_CHECK_REPORT_FILE_HPP
#define OPTBENCH_SUITE_CHECK_REPORT_FILE_HPP

// Writes a report (JUnit, Markdown) atomically: the file at `path` appears complete or is
// left as it was (store::AtomicOutput).

#include <string>

namespace optbench::check {

// Throws std::runtime_error naming the path when it cannot be written.
void write_report_file(const std::string& path, const std::string& text);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_REPORT_FILE_HPP
