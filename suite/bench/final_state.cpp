#include "suite/bench/final_state.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <stdexcept>

namespace optbench::bench {

bool bitwise_equal(const FinalState& a, const FinalState& reference) {
  return a.size() == reference.size() &&
         std::memcmp(a.data(), reference.data(), a.size() * sizeof(double)) == 0;
}

double max_relative_difference(const FinalState& a, const FinalState& reference) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  if (a.size() != reference.size()) return kInf;
  double largest = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::isnan(a[i]) || std::isnan(reference[i])) {
      if (std::isnan(a[i]) != std::isnan(reference[i])) return kInf;
      continue;
    }
    const double scale = std::max(std::fabs(reference[i]), 1e-300);
    largest = std::max(largest, std::fabs(a[i] - reference[i]) / scale);
  }
  return largest;
}

void write_float64(const std::string& path, const std::vector<double>& values) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(values.data()),
            static_cast<std::streamsize>(values.size() * sizeof(double)));
  if (!out) throw std::runtime_error("cannot write '" + path + "'");
}

std::vector<double> read_float64(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  const auto bytes = static_cast<std::size_t>(in.tellg());
  std::vector<double> values(bytes / sizeof(double));
  in.seekg(0);
  in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(bytes));
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  return values;
}

}  // namespace optbench::bench
