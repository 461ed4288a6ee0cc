#ifndef OPTBENCH_SUITE_CHECK_RUN_MATCHING_HPP
#define OPTBENCH_SUITE_CHECK_RUN_MATCHING_HPP

// Pairs the runs of a study in two results files by identity (run_identity.hpp). Runs with
// the same identity within one file (a scenario may repeat an entry) are matched in order of
// occurrence: the i-th such run of the baseline with the i-th of the candidate.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace optbench::check {

struct RunMatching {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (baseline, candidate) run index,
                                                           // in baseline order
  std::vector<std::size_t> only_baseline;                  // in baseline order
  std::vector<std::size_t> only_candidate;                 // in candidate order
};

// keys: RunIdentities::key of each run, in file order.
RunMatching match_runs(const std::vector<std::string>& baseline_keys,
                       const std::vector<std::string>& candidate_keys);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_RUN_MATCHING_HPP
