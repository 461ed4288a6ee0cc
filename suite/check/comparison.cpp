#include "suite/check/comparison.hpp"

#include <fmt/core.h>

namespace optbench::check {

const char* to_string(Presence presence) {
  switch (presence) {
    case Presence::kBoth: return "both";
    case Presence::kOnlyBaseline: return "only in baseline";
    case Presence::kOnlyCandidate: return "only in candidate";
  }
  return "?";
}

std::string RunComparison::index_text() const {
  if (!baseline_index) return fmt::format("run {} (candidate)", *candidate_index);
  if (!candidate_index || *candidate_index == *baseline_index) {
    return fmt::format("run {}", *baseline_index);
  }
  return fmt::format("run {} (candidate {})", *baseline_index, *candidate_index);
}

std::size_t StudyComparison::count(Verdict verdict) const {
  std::size_t n = 0;
  for (const auto& run : runs) n += run.presence == Presence::kBoth && run.verdict == verdict;
  return n;
}

std::size_t StudyComparison::count(Presence where) const {
  std::size_t n = 0;
  for (const auto& run : runs) n += run.presence == where;
  return n;
}

Verdict StudyComparison::trajectory_verdict() const {
  if (presence != Presence::kBoth || !problems.empty()) return Verdict::kRegression;
  Verdict verdict = Verdict::kPass;
  for (const auto& run : runs) verdict = worst(verdict, run.verdict);
  return verdict;
}

Verdict StudyComparison::verdict() const {
  const Verdict runs_verdict = trajectory_verdict();
  return throughput ? worst(runs_verdict, throughput->verdict) : runs_verdict;
}

Verdict Comparison::verdict() const {
  Verdict verdict = Verdict::kPass;
  for (const auto& study : studies) verdict = worst(verdict, study.verdict());
  for (const auto& grid : grids) verdict = worst(verdict, grid.verdict);
  return verdict;
}

std::size_t Comparison::run_count() const {
  std::size_t n = 0;
  for (const auto& study : studies) n += study.runs.size();
  return n;
}

std::size_t Comparison::run_regressions() const {
  std::size_t n = 0;
  for (const auto& study : studies) {
    for (const auto& run : study.runs) n += run.verdict == Verdict::kRegression;
  }
  return n;
}

std::size_t Comparison::throughput_count(Verdict verdict) const {
  std::size_t n = 0;
  for (const auto& study : studies) n += study.throughput && study.throughput->verdict == verdict;
  return n;
}

}  // namespace optbench::check
