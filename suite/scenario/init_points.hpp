#ifndef OPTBENCH_SUITE_SCENARIO_INIT_POINTS_HPP
#define OPTBENCH_SUITE_SCENARIO_INIT_POINTS_HPP

// A study's `init`: the points its runs start from.
//   [[x, y], ...]                             explicit points, dim finite numbers each
//   {grid: {x: [lo, hi, n], y: [lo, hi, n]}}  (1-D: x only) n >= 1 an integer, lo <= hi
//   {grid: {n: [nx, ny]}}, {grid: {n: N}}     over the landscape's domain, any dim
//   {uniform: {count: N}}                     N >= 1 points uniform in the landscape's domain
// The order of the points and their formulas are in scenario.hpp. Internal to the parser.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "landscapes/landscape.hpp"
#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

struct GridAxis {
  double low = 0.0;
  double high = 0.0;
  std::int64_t count = 1;
};

enum class InitKind : std::int8_t { kExplicit, kGrid, kUniform };

// What `init` asks for, checked; make_points turns it into points.
struct InitPlan {
  InitKind kind = InitKind::kExplicit;
  std::vector<std::vector<double>> points;  // kExplicit
  std::vector<GridAxis> axes;               // kGrid: one per coordinate, x first
  std::int64_t count = 0;                   // kUniform

  // How many points; saturates at INT64_MAX.
  std::int64_t size() const;
};

// Reads `init`. info describes the study's landscape, or is null when the landscape is not
// valid: then the form is checked but not the dimension.
std::optional<InitPlan> read_init(Reader& reader, const Where& at,
                                  const landscapes::LandscapeInfo* info);

// Point k of n along an axis, both ends included.
double grid_coordinate(const GridAxis& axis, std::int64_t k);

// The points in run order. seed is the scenario's, study_name keys the random stream.
std::vector<std::vector<double>> make_points(const InitPlan& plan,
                                             const landscapes::LandscapeInfo& info,
                                             std::uint64_t seed, const std::string& study_name);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_INIT_POINTS_HPP
