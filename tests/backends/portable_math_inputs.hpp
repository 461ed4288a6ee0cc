#ifndef OPTBENCH_TESTS_BACKENDS_PORTABLE_MATH_INPUTS_HPP
#define OPTBENCH_TESTS_BACKENDS_PORTABLE_MATH_INPUTS_HPP

// Deterministic test inputs for PortableMath, shared by the accuracy test, the bitwise test and
// the standalone program that the bitwise test compiles with several compilers. Integer
// arithmetic and exact conversions only, so every compiler produces the same inputs.

#include <cstdint>
#include <cstring>
#include <vector>

namespace optbench::portable_math_inputs {

enum class Function { kExp, kLog, kSin, kCos };

constexpr Function kFunctions[] = {Function::kExp, Function::kLog, Function::kSin, Function::kCos};

inline const char* function_name(Function function) {
  switch (function) {
    case Function::kExp: return "exp";
    case Function::kLog: return "log";
    case Function::kSin: return "sin";
    case Function::kCos: return "cos";
  }
  return "?";
}

// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
// OOPSLA 2014): a 64-bit counter passed through a fixed mixing function.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ull;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }

  // Uniform in [0, 1), 53 random bits; exact.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // Uniform in [lo, hi).
  double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }

  // Uniform in the bit patterns between two positive doubles, so uniform in the exponent.
  double log_uniform(double lo, double hi) {
    const std::uint64_t a = bits_of(lo);
    const std::uint64_t b = bits_of(hi);
    return double_of(a + next() % (b - a + 1));
  }

  static std::uint64_t bits_of(double x) {
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
  }

  static double double_of(std::uint64_t bits) {
    double x;
    std::memcpy(&x, &bits, sizeof x);
    return x;
  }

 private:
  std::uint64_t state_;
};

// Zeros, infinities, NaN, the ends of the double range and the thresholds of the functions.
inline std::vector<double> special_inputs() {
  const double inf = SplitMix64::double_of(0x7ff0000000000000ull);
  const double nan = SplitMix64::double_of(0x7ff8000000000000ull);
  // clang-format off
  return {0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 0x1p-1074, -0x1p-1074, 0x1p-1022,
          0x1.fffffffffffffp-1023, 0x1.fffffffffffffp+1023, -0x1.fffffffffffffp+1023,
          709.782712893384, 709.7827128933841, 710.0, -708.4, -745.1332191019411,
          -745.1332191019412, -746.0, 0x1p-26, 0x1.fffffffffffffp-27, 1.0e5, 0x1p30,
          0x1.0000000000001p30, 0x1p52, 0x1p53, 0x1p1023, 1.5707963267948966, 45.553093477052};
  // clang-format on
}

// Inputs for the bitwise comparison: the special inputs, then random ones over the whole
// domain, `count` in all.
inline std::vector<double> bitwise_inputs(Function function, int count) {
  SplitMix64 rng(0x5eed0000u + static_cast<std::uint64_t>(function));
  std::vector<double> x = special_inputs();
  x.reserve(count);
  constexpr double kPio2Head = 0x1.921fb54440000p+0;  // k * kPio2Head is exact for k < 2^16
  for (int i = 0; static_cast<int>(x.size()) < count; ++i) {
    const double sign = (rng.next() & 1u) != 0 ? -1.0 : 1.0;
    switch (function) {
      case Function::kExp:
        if (i % 3 == 0) x.push_back(rng.uniform(-750.0, 712.0));
        if (i % 3 == 1) x.push_back(rng.uniform(-2.0, 2.0));
        if (i % 3 == 2) x.push_back(sign * rng.log_uniform(0x1p-1074, 746.0));
        break;
      case Function::kLog:
        if (i % 3 == 0) x.push_back(rng.log_uniform(0x1p-1074, 0x1.fffffffffffffp+1023));
        if (i % 3 == 1) x.push_back(rng.uniform(0.5, 2.0));
        if (i % 3 == 2) x.push_back(1.0 + sign * rng.log_uniform(0x1p-60, 0x1p-3));
        break;
      case Function::kSin:
      case Function::kCos:
        if (i % 4 == 0) x.push_back(rng.uniform(-1.0e5, 1.0e5));
        if (i % 4 == 1) x.push_back(sign * rng.log_uniform(0x1p-1074, 0x1.fffffffffffffp+1023));
        if (i % 4 == 2) x.push_back(sign * rng.log_uniform(1.0e5, 2.0e9));
        if (i % 4 == 3) x.push_back(sign * static_cast<double>(rng.next() % 65536) * kPio2Head);
        break;
    }
  }
  return x;
}

}  // namespace optbench::portable_math_inputs

#endif  // OPTBENCH_TESTS_BACKENDS_PORTABLE_MATH_INPUTS_HPP
