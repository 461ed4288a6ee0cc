#include "landscapes/nd/nd_parameters.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace optbench::landscapes {
namespace {

// 2^53: every whole number up to it is a double, so a count read from YAML is exact.
constexpr double kLargestExactCount = 9007199254740992.0;

bool is_whole(double value) {
  return std::isfinite(value) && std::floor(value) == value;
}

}  // namespace

std::string format_values(const std::vector<double>& values) {
  std::ostringstream out;
  out.precision(10);
  if (values.size() == 1) {
    out << values[0];
    return out.str();
  }
  out << '[';
  for (size_t i = 0; i < values.size(); ++i) out << (i > 0 ? ", " : "") << values[i];
  out << ']';
  return out.str();
}

std::vector<ParameterProblem> nd_dim_problems(const LandscapeSpec& spec, const char* name,
                                              int max_dim) {
  const std::vector<double>* dim = spec.find("dim");
  if (dim == nullptr) return {};
  const std::string found = ", found " + format_values(*dim);
  if (dim->size() != 1 || !is_whole((*dim)[0]) || (*dim)[0] < 2.0) {
    return {{"dim", "expected an integer >= 2 (" + std::string(name) +
                        " needs at least 2 dimensions)" + found}};
  }
  if ((*dim)[0] > max_dim) {
    const std::string why = max_dim == kMaxNdDim
                                ? "the largest dimension optbench supports"
                                : "the largest dimension " + std::string(name) + " supports";
    return {
        {"dim", "expected an integer <= " + std::to_string(max_dim) + " (" + why + ")" + found}};
  }
  return {};
}

int nd_dim(const LandscapeSpec& spec) {
  const std::vector<double>* dim = spec.find("dim");
  return dim == nullptr || dim->empty() ? kDefaultNdDim : static_cast<int>((*dim)[0]);
}

std::vector<ParameterProblem> nd_count_problems(const LandscapeSpec& spec, const char* key) {
  const std::vector<double>* values = spec.find(key);
  if (values == nullptr) return {};
  if (values->size() == 1 && is_whole((*values)[0]) && (*values)[0] >= 0.0 &&
      (*values)[0] <= kLargestExactCount) {
    return {};
  }
  return {{key, "expected an integer in [0, 2^53], found " + format_values(*values)}};
}

std::uint64_t nd_count(const LandscapeSpec& spec, const char* key, std::uint64_t fallback) {
  const std::vector<double>* values = spec.find(key);
  if (values == nullptr || values->empty()) return fallback;
  return static_cast<std::uint64_t>((*values)[0]);
}

void throw_if_problems(const char* name, const std::vector<ParameterProblem>& problems) {
  if (problems.empty()) return;
  std::string message = "invalid parameters for landscape '" + std::string(name) + "': ";
  for (size_t i = 0; i < problems.size(); ++i) {
    message += (i > 0 ? "; " : "") + problems[i].key + ": " + problems[i].message;
  }
  throw std::invalid_argument(message);
}

std::vector<Interval> cube_domain(int dim, double low, double high) {
  return std::vector<Interval>(static_cast<size_t>(dim), Interval{low, high});
}

}  // namespace optbench::landscapes
