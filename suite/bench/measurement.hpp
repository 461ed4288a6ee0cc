#ifndef OPTBENCH_SUITE_BENCH_MEASUREMENT_HPP
#define OPTBENCH_SUITE_BENCH_MEASUREMENT_HPP

// One row of /benchmarks/<name>: one implementation of a workload at one size and thread
// count, with every timed repetition and how its final state compares with optbench's.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace optbench::bench {

// Implementation names as stored.
inline constexpr const char* kOptbenchSerial = "optbench-serial";
inline constexpr const char* kOptbenchOpenmp = "optbench-openmp";
inline constexpr const char* kLimitSerial = "limit-serial";
inline constexpr const char* kLimitOpenmp = "limit-openmp";
inline constexpr const char* kNumpy = "numpy";
inline constexpr const char* kTorchVectorised = "torch-vectorised";
inline constexpr const char* kTorchOptim = "torch-optim";

struct Measurement {
  std::string benchmark;       // the entry's name
  std::string implementation;  // one of the names above, or optbench-<backend>
  std::int64_t size = 0;       // K as swept (a grid has round(sqrt(K))^2 points)
  std::int64_t steps = 1;      // T
  int threads = 1;
  double units = 0.0;          // run-steps or evaluations per launch
  std::vector<double> seconds; // every timed launch, in order
  // The final state against optbench's reference launch: bit for bit (1 or 0; -1 where not
  // checked) and the largest relative difference |a - b| / max(|b|, 1e-300) (NaN: unchecked).
  int bitwise_equal = -1;
  double max_relative_difference = std::numeric_limits<double>::quiet_NaN();
};

double median(std::vector<double> values);

nlohmann::json to_json(const Measurement& m);
Measurement measurement_from_json(const nlohmann::json& j);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_MEASUREMENT_HPP
