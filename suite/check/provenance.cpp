#include "suite/check/provenance.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <optional>

namespace optbench::check {
namespace {

constexpr std::size_t kDigestShown = 12;

std::string shown(const std::optional<std::string>& value, std::size_t length = 0) {
  if (!value) return "(absent)";
  if (value->empty()) return "(empty)";
  if (length > 0 && value->size() > length) return value->substr(0, length) + "...";
  return *value;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

void per_scenario(const ResultsSource& baseline, const ResultsSource& candidate,
                  std::vector<std::string>& warnings) {
  const auto b_names = baseline.children("scenario");
  const auto c_names = candidate.children("scenario");
  for (const auto& name : b_names) {
    if (!contains(c_names, name)) {
      warnings.push_back(fmt::format("scenario '{}' only in baseline", name));
      continue;
    }
    const auto b = baseline.text_attribute("scenario/" + name, "sha256");
    const auto c = candidate.text_attribute("scenario/" + name, "sha256");
    if (b != c) {
      warnings.push_back(
          fmt::format("scenario '{}' changed: sha256 {} (baseline) vs {} "
                      "(candidate)",
                      name, shown(b, kDigestShown), shown(c, kDigestShown)));
    }
  }
  for (const auto& name : c_names) {
    if (!contains(b_names, name)) {
      warnings.push_back(fmt::format("scenario '{}' only in candidate", name));
    }
  }
}

}  // namespace

std::vector<std::string> scenario_warnings(const ResultsSource& baseline,
                                           const ResultsSource& candidate) {
  std::vector<std::string> warnings;
  const auto b = baseline.root_attribute("scenario_sha256");
  const auto c = candidate.root_attribute("scenario_sha256");
  if (b != c) {
    warnings.push_back(
        fmt::format("scenario changed: scenario_sha256 {} (baseline) vs {} "
                    "(candidate); every run is still compared",
                    shown(b, kDigestShown), shown(c, kDigestShown)));
  }
  per_scenario(baseline, candidate, warnings);
  return warnings;
}

std::vector<std::string> provenance_warnings(const ResultsSource& baseline,
                                             const ResultsSource& candidate) {
  std::vector<std::string> warnings;
  for (const char* name : kTimingProvenance) {
    const auto b = baseline.root_attribute(name);
    const auto c = candidate.root_attribute(name);
    if (b == c) continue;
    warnings.push_back(
        fmt::format("timing provenance differs, throughput compares different "
                    "setups: {} '{}' (baseline) vs '{}' (candidate)",
                    name, shown(b), shown(c)));
  }
  return warnings;
}

}  // namespace optbench::check
