#include "suite/check/run_matching.hpp"

#include <deque>
#include <unordered_map>

namespace optbench::check {

RunMatching match_runs(const std::vector<std::string>& baseline_keys,
                       const std::vector<std::string>& candidate_keys) {
  // The candidate's runs of each identity, in order of occurrence.
  std::unordered_map<std::string, std::deque<std::size_t>> waiting;
  for (std::size_t k = 0; k < candidate_keys.size(); ++k) waiting[candidate_keys[k]].push_back(k);

  RunMatching matching;
  std::vector<bool> matched(candidate_keys.size(), false);
  for (std::size_t k = 0; k < baseline_keys.size(); ++k) {
    auto found = waiting.find(baseline_keys[k]);
    if (found == waiting.end() || found->second.empty()) {
      matching.only_baseline.push_back(k);
      continue;
    }
    matching.pairs.emplace_back(k, found->second.front());
    matched[found->second.front()] = true;
    found->second.pop_front();
  }
  for (std::size_t k = 0; k < candidate_keys.size(); ++k) {
    if (!matched[k]) matching.only_candidate.push_back(k);
  }
  return matching;
}

}  // namespace optbench::check
