#ifndef OPTBENCH_SUITE_SCENARIO_CLOSEST_NAME_HPP
#define OPTBENCH_SUITE_SCENARIO_CLOSEST_NAME_HPP

// "Did you mean" hints for misspelt keys and names.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace optbench::scenario {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost 1 ("betta1" -> "beta1" is 1, "bta1" -> "tba1" is 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `name`, when it is at most `max_distance` edits away and closer
// than its own length (so "x" never suggests "y"). Ties go to the earlier candidate.
std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates,
                                        std::size_t max_distance = 2);

// "; did you mean 'beta'?" or an empty string: the tail of an unknown-name message.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

// "a, b, c": the accepted names, for "expected one of ..." messages.
std::string join_names(const std::vector<std::string>& names);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_CLOSEST_NAME_HPP
