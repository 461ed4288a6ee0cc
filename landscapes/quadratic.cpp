#include "landscapes/quadratic.hpp"

#include <cmath>
#include <sstream>
#include <string>

namespace optbench::landscapes {
namespace {

// "[1, 0.5]": numbers as a scenario would write them (shortest form up to 10 digits).
std::string format_list(const double* values, int count) {
  std::ostringstream out;
  out.precision(10);
  out << '[';
  for (int i = 0; i < count; ++i) out << (i > 0 ? ", " : "") << values[i];
  out << ']';
  return out.str();
}

}  // namespace

std::vector<ParameterProblem> quadratic_problems(const LandscapeSpec& spec) {
  const std::vector<double>* a = spec.find("curvature");
  if (a == nullptr) return {};
  bool valid = a->size() == 1 || a->size() == 2;
  for (double value : *a) valid = valid && std::isfinite(value) && value > 0.0;
  if (valid) return {};
  return {{"curvature", "expected 1 or 2 curvatures, each a number > 0, found " +
                            format_list(a->data(), static_cast<int>(a->size()))}};
}

LandscapeInfo quadratic_info(const double* curvature, int dim) {
  LandscapeInfo info;
  info.name = "quadratic";
  info.formula = dim == 1 ? "a/2 x^2" : "a_1/2 x^2 + a_2/2 y^2";
  info.formula += " with a = " + format_list(curvature, dim);
  info.dim = dim;
  info.domain.assign(dim, Interval{-10.0, 10.0});
  info.minima = {{std::vector<double>(dim, 0.0), 0.0}};
  info.source = "Nocedal & Wright, Numerical Optimization, 2nd ed., Springer 2006, sec. 3.3";
  info.parameters = {"curvature"};
  return info;
}

}  // namespace optbench::landscapes
