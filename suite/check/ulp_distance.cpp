#include "suite/check/ulp_distance.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace optbench::check {
namespace {

std::uint64_t bits_of(double x) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &x, sizeof bits);
  return bits;
}

constexpr std::uint64_t kSignBit = std::uint64_t{1} << 63;

}  // namespace

std::int64_t ordered_bits(double x) {
  const std::uint64_t bits = bits_of(x);
  const auto magnitude = static_cast<std::int64_t>(bits & ~kSignBit);
  return (bits & kSignBit) != 0 ? -magnitude - 1 : magnitude;
}

bool same_bits(double a, double b) {
  return bits_of(a) == bits_of(b);
}

std::uint64_t ulp_distance(double a, double b) {
  if (same_bits(a, b)) return 0;
  if (std::isnan(a) || std::isnan(b)) return kMaxUlp;
  const std::int64_t low = std::min(ordered_bits(a), ordered_bits(b));
  const std::int64_t high = std::max(ordered_bits(a), ordered_bits(b));
  // Exact in unsigned arithmetic: the true difference is below 2^64.
  return static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low);
}

double relative_difference(double a, double b) {
  const bool a_nan = std::isnan(a);
  const bool b_nan = std::isnan(b);
  if (a_nan && b_nan) return 0.0;
  if (a == b) return 0.0;
  constexpr double kInfinite = std::numeric_limits<double>::infinity();
  if (a_nan || b_nan || std::isinf(a) || std::isinf(b)) return kInfinite;
  const double scale = std::max(std::abs(a), std::abs(b));
  const double difference = std::abs(a - b);
  // a - b overflows only for huge values of opposite sign; scale each first then.
  if (std::isinf(difference)) return std::abs(a / scale - b / scale);
  return difference / scale;
}

}  // namespace optbench::check
