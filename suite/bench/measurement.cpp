#include "suite/bench/measurement.hpp"

#include <algorithm>
#include <cmath>

namespace optbench::bench {

double median(std::vector<double> values) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
}

// JSON has no NaN: an unchecked difference travels as null.
nlohmann::json to_json(const Measurement& m) {
  nlohmann::json j = {{"benchmark", m.benchmark}, {"implementation", m.implementation},
                      {"size", m.size},           {"steps", m.steps},
                      {"threads", m.threads},     {"units", m.units},
                      {"seconds", m.seconds},     {"bitwise_equal", m.bitwise_equal}};
  j["max_relative_difference"] = nullptr;
  if (std::isfinite(m.max_relative_difference)) {
    j["max_relative_difference"] = m.max_relative_difference;
  }
  return j;
}

Measurement measurement_from_json(const nlohmann::json& j) {
  Measurement m;
  m.benchmark = j.at("benchmark").get<std::string>();
  m.implementation = j.at("implementation").get<std::string>();
  m.size = j.at("size").get<std::int64_t>();
  m.steps = j.at("steps").get<std::int64_t>();
  m.threads = j.at("threads").get<int>();
  m.units = j.at("units").get<double>();
  m.seconds = j.at("seconds").get<std::vector<double>>();
  m.bitwise_equal = j.value("bitwise_equal", -1);
  const auto& difference = j.at("max_relative_difference");
  if (!difference.is_null()) m.max_relative_difference = difference.get<double>();
  return m;
}

}  // namespace optbench::bench
