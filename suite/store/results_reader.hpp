#ifndef OPTBENCH_SUITE_STORE_RESULTS_READER_HPP
#define OPTBENCH_SUITE_STORE_RESULTS_READER_HPP

// Opens a results file written by optbench and checks that it is one, so that every command
// reading results (info, compare, report) refuses a wrong file with one clear reason.

#include <H5Cpp.h>

#include <stdexcept>
#include <string>

namespace optbench::store {

// A file that cannot be read as optbench results: missing, not HDF5, truncated, or HDF5
// without the optbench schema. The message names the file and the reason.
class BadResultsFile : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Opens read-only; throws BadResultsFile.
H5::H5File open_results(const std::string& path);

}  // namespace optbench::store

#endif  // OPTBENCH_SUITE_STORE_RESULTS_READER_HPP
