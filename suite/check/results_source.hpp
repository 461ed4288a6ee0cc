#ifndef OPTBENCH_SUITE_CHECK_RESULTS_SOURCE_HPP
#define OPTBENCH_SUITE_CHECK_RESULTS_SOURCE_HPP

// A results file as `optbench compare` reads it. Every read that fails throws
// store::BadResultsFile naming the file, the object and the reason, so that a truncated or
// incomplete file is bad input (exit 2) rather than a failure.

#include <H5Cpp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "suite/check/run_identity.hpp"

namespace optbench::check {

// A study's small columns; the trajectories (params, cost, grad_norm) are read on demand.
struct StudyData {
  std::string name;
  RunIdentities identities;  // runs/
  std::size_t runs = 0;      // K
  std::size_t records = 0;   // R
  std::size_t dim = 0;
  std::vector<std::int64_t> step;    // [R]
  std::vector<std::int64_t> status;  // [K]
  std::vector<std::int64_t> stop_step;
  std::vector<double> seconds;  // timing/seconds (every repetition), else the attribute
  double run_steps = 0.0;       // run-steps of one repetition; 0 when not stored
};

class ResultsSource {
 public:
  // Opens and checks the schema (store::open_results).
  explicit ResultsSource(std::string path);

  const std::string& path() const { return path_; }

  // Children of /studies, /grids, /scenario; empty when the group is absent.
  std::vector<std::string> children(const std::string& group) const;

  // A root attribute (text or number) as text; nullopt when absent.
  std::optional<std::string> root_attribute(const std::string& name) const;
  // An attribute (text or number) of a group or dataset given by path, as text; nullopt when
  // the object or the attribute is absent.
  std::optional<std::string> text_attribute(const std::string& object,
                                            const std::string& name) const;
  // Whether a group or dataset exists at this path (relative to the root).
  bool exists(const std::string& object) const;
  // A scalar string dataset, e.g. scenario/<name>.
  std::string text(const std::string& dataset) const;

  StudyData read_study(const std::string& name) const;
  // A floating-point dataset and its shape.
  std::vector<double> values(const std::string& dataset) const;
  std::vector<hsize_t> shape(const std::string& dataset) const;

 private:
  std::string path_;
  H5::H5File file_;
};

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_RESULTS_SOURCE_HPP
