#ifndef OPTBENCH_SUITE_CHECK_ULP_DISTANCE_HPP
#define OPTBENCH_SUITE_CHECK_ULP_DISTANCE_HPP

// How far apart two doubles are, in units in the last place and relative to their size.
//
// The ULP distance counts the representable doubles between a and b. It is the difference of
// their ordered integer images: a non-negative double maps to its bit pattern read as an
// integer, a negative one to minus its magnitude's bit pattern, minus one. The image grows
// with the value and adjacent doubles map to adjacent integers, so:
//   - std::nextafter neighbours are 1 apart, also across zero and at the infinities;
//   - -0.0 and +0.0 are 1 apart. They compare equal, but have different bits, and the check
//     promises that distance 0 means identical bits (the smallest negative and positive
//     subnormals are therefore 3 apart: -d, -0, +0, +d);
//   - two NaNs with the same bits are 0 apart; a NaN and any other value (a number, or a NaN
//     with other bits) are kMaxUlp apart.

#include <cstdint>
#include <limits>

namespace optbench::check {

inline constexpr std::uint64_t kMaxUlp = std::numeric_limits<std::uint64_t>::max();

// The ordered integer image of x described above.
std::int64_t ordered_bits(double x);

std::uint64_t ulp_distance(double a, double b);

// |a - b| / max(|a|, |b|): symmetric, in [0, 2] for finite values. 0 when a == b (so also
// for -0.0 and +0.0) and when both are NaN, whatever their bits; infinite when exactly one is
// NaN, or when they differ and one is infinite.
double relative_difference(double a, double b);

// True when a and b have the same bits.
bool same_bits(double a, double b);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_ULP_DISTANCE_HPP
