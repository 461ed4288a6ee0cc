#ifndef OPTBENCH_SUITE_CLI_OUTPUT_FILE_HPP
#define OPTBENCH_SUITE_CLI_OUTPUT_FILE_HPP

// What the commands that write an HDF5 file (run, bench) check and stamp before any work.

#include <string>

namespace optbench::cli {

// The time now, UTC, as 2026-12-04T21:22:02Z.
std::string utc_now();

// Whether `-o` names a file whose directory exists; logs why not. Checked before any work
// starts; the file itself is replaced only when everything is written.
bool output_location_is_usable(const std::string& output);

}  // namespace optbench::cli

#endif  // OPTBENCH_SUITE_CLI_OUTPUT_FILE_HPP
