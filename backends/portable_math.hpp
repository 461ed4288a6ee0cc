#ifndef OPTBENCH_BACKENDS_PORTABLE_MATH_HPP
#define OPTBENCH_BACKENDS_PORTABLE_MATH_HPP

// PortableMath: the `math: portable` policy, with the interface of NativeMath
// (backends/native_math.hpp). exp, log, sin and cos are written here with +, -, *, /,
// comparisons and integer operations on the bits of a double only, so that every compiler
// (g++, clang++, nvcc, hipcc), optimisation level and backend returns the same bits, provided
// that floating-point contraction is off (-ffp-contract=off, nvcc -fmad=false): fused
// multiply-add is never used on purpose, and every expression is written in the order in
// which it must be evaluated (compilers may not reassociate without -ffast-math). sqrt and
// fabs are exact everywhere and are passed through.
//
// Accuracy, checked by tests/backends/portable_math_test.cpp against glibc 2.36 (itself within
// 1 ULP, most results correctly rounded) on more than 3 * 10^6 points per function: the bound
// is 2 ULP on the ranges stated at each function below, and the largest distance measured is
// 1 ULP for all four. The only range with degraded accuracy is sin and cos above 2^30.
//
// Method, shared by the four functions: reduce the argument to a small interval with an
// exactly representable multiple of ln 2 or pi/2 split into parts whose products with the
// integer multiple are exact, keep the reduced argument and the leading terms as unevaluated
// sums of two doubles where a rounding there would cost more than a tenth of an ULP, and
// evaluate a polynomial for the rest. No tables, no loops, no fma. The coefficients are a
// Chebyshev economisation of each exact Taylor series, rounded to double; the script
// tests/backends/portable_math_coefficients.py derives every constant below and prints the
// error each polynomial adds (at most 2^-57 relative to the result).
//
// Standalone use: with OPTBENCH_PORTABLE_MATH_STANDALONE defined, the header needs neither
// Kokkos nor the rest of optbench (tests/backends compiles it that way with several compilers
// to check that their results agree bit for bit).

#include <cstdint>

#ifdef OPTBENCH_PORTABLE_MATH_STANDALONE
#include <math.h>
#ifndef KOKKOS_INLINE_FUNCTION
#if defined(__CUDACC__) || defined(__HIPCC__)
#define KOKKOS_INLINE_FUNCTION __host__ __device__ inline
#else
#define KOKKOS_INLINE_FUNCTION inline
#endif
#endif
#else
#include "backends/kokkos_compat.hpp"
#endif

// 1 where the compiler has __builtin_bit_cast; may be set to 0 from outside to test the
// fallback.
#ifndef OPTBENCH_PORTABLE_MATH_HAS_BIT_CAST
#if defined(__has_builtin)
#if __has_builtin(__builtin_bit_cast)
#define OPTBENCH_PORTABLE_MATH_HAS_BIT_CAST 1
#endif
#endif
#endif
#ifndef OPTBENCH_PORTABLE_MATH_HAS_BIT_CAST
#define OPTBENCH_PORTABLE_MATH_HAS_BIT_CAST 0
#endif

namespace optbench {

namespace portable_math_detail {

// The bits of a double and back, without type punning through a union: CUDA device code has
// intrinsics for it; the other compilers in use (g++ >= 11, clang++, hipcc, nvcc's host pass)
// have __builtin_bit_cast. A host compiler without it gets __builtin_memcpy; tests/backends
// checks that this fallback gives the same bits.
KOKKOS_INLINE_FUNCTION std::uint64_t to_bits(double x) {
#if defined(__CUDA_ARCH__)
  return static_cast<std::uint64_t>(__double_as_longlong(x));
#elif OPTBENCH_PORTABLE_MATH_HAS_BIT_CAST
  return __builtin_bit_cast(std::uint64_t, x);
#else
  std::uint64_t bits;
  __builtin_memcpy(&bits, &x, sizeof bits);
  return bits;
#endif
}

KOKKOS_INLINE_FUNCTION double from_bits(std::uint64_t bits) {
#if defined(__CUDA_ARCH__)
  return __longlong_as_double(static_cast<long long>(bits));
#elif OPTBENCH_PORTABLE_MATH_HAS_BIT_CAST
  return __builtin_bit_cast(double, bits);
#else
  double x;
  __builtin_memcpy(&x, &bits, sizeof x);
  return x;
#endif
}

constexpr std::uint64_t kSignMask = 0x8000000000000000ull;
constexpr std::uint64_t kMantissaMask = 0x000fffffffffffffull;
constexpr std::uint64_t kInfinityBits = 0x7ff0000000000000ull;
// One NaN for every invalid case, so that NaN results are bitwise identical as well.
constexpr std::uint64_t kNanBits = 0x7ff8000000000000ull;

KOKKOS_INLINE_FUNCTION double infinity() {
  return from_bits(kInfinityBits);
}
KOKKOS_INLINE_FUNCTION double quiet_nan() {
  return from_bits(kNanBits);
}
KOKKOS_INLINE_FUNCTION double magnitude(double x) {
  return from_bits(to_bits(x) & ~kSignMask);
}

// 2^n for -1022 <= n <= 1023, built from its exponent field.
KOKKOS_INLINE_FUNCTION double pow2(int n) {
  return from_bits(static_cast<std::uint64_t>(n + 1023) << 52);
}

// Adding then subtracting 1.5 * 2^52 rounds a double of magnitude below 2^51 to the nearest
// integer (ties to even), in the default rounding mode, on every IEEE machine.
constexpr double kRoundShift = 0x1.8p52;

// ln 2 = kLn2Hi + kLn2Lo to 2^-97: kLn2Hi has 42 significant bits, so its product with any
// exponent or multiple below 2^11 in magnitude is exact.
constexpr double kLn2Hi = 0x1.62e42fefa3800p-1;
constexpr double kLn2Lo = 0x1.ef35793c76730p-45;

// A reduced argument r = hi + lo (|lo| <= ulp(hi) / 2) with x = r + quadrant * pi/2 mod 2 pi.
struct QuadrantArgument {
  double hi;
  double lo;
  unsigned quadrant;
};

// The rounding error of a + b (Knuth's TwoSum, no condition on the magnitudes).
KOKKOS_INLINE_FUNCTION double two_sum_error(double a, double b, double sum) {
  const double b_virtual = sum - a;
  return (a - (sum - b_virtual)) + (b - b_virtual);
}

// Cody-Waite reduction for |x| <= 1e5, where the multiple k of pi/2 stays below 2^16:
// pi/2 = P0 + P1 + P2 to 2^-127, P0 and P1 of 37 significant bits (k * P0 and k * P1 exact).
// x - k * P0 is exact (Sterbenz), the subtraction of k * P1 is tracked with TwoSum, the last
// part only needs a rounded product. Simulated on the doubles nearest to every multiple of
// pi/2 below 1e5 (where r is smallest: down to 2^-60.5, at x = 45.553...), hi + lo is within
// 2^-63 of the exact x - k pi/2, relative (portable_math_coefficients.py --scan).
KOKKOS_INLINE_FUNCTION QuadrantArgument reduce_medium(double x) {
  constexpr double kTwoOverPi = 0x1.45f306dc9c883p-1;
  constexpr double kP0 = 0x1.921fb54440000p+0;
  constexpr double kP1 = 0x1.68c234c4c0000p-39;
  constexpr double kP2 = 0x1.98a2e03707345p-77;
  const double k = (x * kTwoOverPi + kRoundShift) - kRoundShift;
  const double t = x - k * kP0;
  const double w = k * kP1;
  const double y = t - w;
  const double c = two_sum_error(t, -w, y) - k * kP2;
  const double hi = y + c;
  return {hi, (y - hi) + c, static_cast<unsigned>(static_cast<int>(k)) & 3u};
}

// The same for 1e5 < |x| (finite), with pi/2 in five parts to 2^-150: four of 23 bits, whose
// products with k < 2^30 are exact, and a rounded tail; each subtraction is tracked with
// TwoSum. Above 2^30 the argument is first folded to x - n 2^30 (exact, |result| <= 2^30):
// deterministic and in [-1, 1], but no longer related to sin x. inf and NaN come out as a
// finite dummy; the callers return NaN for them.
KOKKOS_INLINE_FUNCTION QuadrantArgument reduce_large(double x) {
  constexpr double kTwoOverPi = 0x1.45f306dc9c883p-1;
  constexpr double kP0 = 0x1.921fb40000000p+0;
  constexpr double kP1 = 0x1.4442d00000000p-24;
  constexpr double kP2 = 0x1.8469880000000p-48;
  constexpr double kP3 = 0x1.8cc5180000000p-72;
  constexpr double kP4 = -0x1.fc8f8cbb5bf6cp-97;
  const double ax = magnitude(x);
  if (!(ax < infinity())) return {0.0, 0.0, 0u};
  if (ax > 0x1p30) {
    const double n = x * 0x1p-30;
    const double whole = magnitude(n) < 0x1p52 ? (n + kRoundShift) - kRoundShift : n;
    x = x - whole * 0x1p30;
  }
  const double k = (x * kTwoOverPi + kRoundShift) - kRoundShift;
  const double t0 = x - k * kP0;
  const double w1 = k * kP1;
  const double t1 = t0 - w1;
  const double w2 = k * kP2;
  const double t2 = t1 - w2;
  const double w3 = k * kP3;
  const double t3 = t2 - w3;
  const double errors =
      (two_sum_error(t0, -w1, t1) + two_sum_error(t1, -w2, t2)) + two_sum_error(t2, -w3, t3);
  const double c = errors - k * kP4;
  const double hi = t3 + c;
  return {hi, (t3 - hi) + c, static_cast<unsigned>(static_cast<int>(k)) & 3u};
}

// sin(hi + lo) for |hi| <= 0.786: hi + hi z S(z) with z = hi^2, plus lo cos(hi) to first
// order (lo^2 is below 2^-106 relative). The only large rounding is the final addition.
KOKKOS_INLINE_FUNCTION double sin_kernel(double hi, double lo) {
  constexpr double kS0 = -0x1.5555555555555p-3;
  constexpr double kS1 = 0x1.1111111111110p-7;
  constexpr double kS2 = -0x1.a01a01a01992bp-13;
  constexpr double kS3 = 0x1.71de3a545efcbp-19;
  constexpr double kS4 = -0x1.ae64540ffd7b3p-26;
  constexpr double kS5 = 0x1.61217cd6660f6p-33;
  constexpr double kS6 = -0x1.ab16867f93afcp-41;
  const double z = hi * hi;
  const double s = kS0 + z * (kS1 + z * (kS2 + z * (kS3 + z * (kS4 + z * (kS5 + z * kS6)))));
  return hi + (hi * (z * s) + lo * (1.0 - 0.5 * z));
}

// cos(hi + lo) for |hi| <= 0.786: 1 - hi^2/2 + z^2 C(z) - lo sin(hi). 1 - hi^2/2 is formed
// without error in two doubles: hi is split (Veltkamp) into a head of 26 bits, whose square
// is exact, and a tail, so hi^2/2 = head^2/2 + tail (hi + head)/2; then 1 - head^2/2 with
// its exact rounding error (Fast2Sum, as 1 >= head^2/2).
KOKKOS_INLINE_FUNCTION double cos_kernel(double hi, double lo) {
  constexpr double kC0 = 0x1.5555555555555p-5;
  constexpr double kC1 = -0x1.6c16c16c16962p-10;
  constexpr double kC2 = 0x1.a01a019f4d7d3p-16;
  constexpr double kC3 = -0x1.27e4fa164a553p-22;
  constexpr double kC4 = 0x1.1eeb67475d138p-29;
  constexpr double kC5 = -0x1.907c759eb990ap-37;
  constexpr double kSplitter = 0x1p27 + 1.0;
  const double z = hi * hi;
  const double c = kC0 + z * (kC1 + z * (kC2 + z * (kC3 + z * (kC4 + z * kC5))));
  const double scaled = hi * kSplitter;
  const double head = scaled - (scaled - hi);
  const double tail = hi - head;
  const double half_head_sq = 0.5 * (head * head);
  const double one_minus = 1.0 - half_head_sq;
  const double one_minus_error = (1.0 - one_minus) - half_head_sq;
  const double half_tail_term = 0.5 * (tail * (hi + head));
  return one_minus + (one_minus_error + ((z * z) * c - (half_tail_term + lo * hi)));
}

// sin of the reduced argument turned by quadrant + shift quarter turns: sin(r + q pi/2) is
// sin r, cos r, -sin r, -cos r for q = 0..3, and cos x = sin(x + pi/2) (shift 1). Both
// kernels are evaluated and one is selected, which keeps the code free of branches.
KOKKOS_INLINE_FUNCTION double rotate(const QuadrantArgument& r, unsigned shift) {
  const double s = sin_kernel(r.hi, r.lo);
  const double c = cos_kernel(r.hi, r.lo);
  const unsigned quadrant = r.quadrant + shift;
  const double v = (quadrant & 1u) != 0u ? c : s;
  return (quadrant & 2u) != 0u ? -v : v;
}

KOKKOS_INLINE_FUNCTION QuadrantArgument reduce(double x) {
  return magnitude(x) <= 1.0e5 ? reduce_medium(x) : reduce_large(x);
}

}  // namespace portable_math_detail

struct PortableMath {
  static constexpr const char* kName = "portable";

  // e^x. Bound: 2 ULP from glibc for every double x (measured: at most 1 ULP, about 1.4% of
  // results differ from glibc's, subnormal results included). Overflows to +inf above
  // 709.782712893384, rounds to 0 from -745.1332191019412 down; exp(+-0) = 1,
  // exp(+inf) = +inf, exp(-inf) = +0, exp(NaN) = NaN.
  // x = k ln2 + r, |r| <= ln2/2 (+ rounding), with r = r_hi + r_lo exact to 2^-86 (x - k
  // kLn2Hi is exact); e^r = 1 + r + r^2 P(r), where 1 + r is kept as two doubles. The result
  // is scaled by 2^k in two exact factors, so subnormal results are rounded only once.
  KOKKOS_INLINE_FUNCTION static double exp(double x) {
    using namespace portable_math_detail;
    constexpr double kInvLn2 = 0x1.71547652b82fep+0;
    constexpr double kP0 = 0x1.0000000000000p-1;
    constexpr double kP1 = 0x1.5555555555557p-3;
    constexpr double kP2 = 0x1.5555555555557p-5;
    constexpr double kP3 = 0x1.111111110ff8bp-7;
    constexpr double kP4 = 0x1.6c16c16c158f9p-10;
    constexpr double kP5 = 0x1.a01a01ac9e13dp-13;
    constexpr double kP6 = 0x1.a01a01aa80dd7p-16;
    constexpr double kP7 = 0x1.71ddfff5e5177p-19;
    constexpr double kP8 = 0x1.27e4d28896fe2p-22;
    constexpr double kP9 = 0x1.af528379e0ab0p-26;
    constexpr double kP10 = 0x1.1f82059a3ccc6p-29;
    if (!(x > -746.0 && x < 710.0)) {
      if (x != x) return quiet_nan();
      return x > 0.0 ? infinity() : 0.0;
    }
    // Reduction: k in [-1076, 1024].
    const double k = (x * kInvLn2 + kRoundShift) - kRoundShift;
    const double r_head = x - k * kLn2Hi;
    const double r_tail = k * kLn2Lo;
    const double r = r_head - r_tail;
    const double r_lo = (r_head - r) - r_tail;
    // e^r - 1 - r = r^2 P(r), P in even and odd halves for shorter dependency chains.
    const double r2 = r * r;
    const double even = kP0 + r2 * (kP2 + r2 * (kP4 + r2 * (kP6 + r2 * (kP8 + r2 * kP10))));
    const double odd = kP1 + r2 * (kP3 + r2 * (kP5 + r2 * (kP7 + r2 * kP9)));
    const double p = even + r * odd;
    const double one_plus = 1.0 + r;
    const double one_plus_error = (1.0 - one_plus) + r;
    const double y = one_plus + (one_plus_error + (r2 * p + r_lo * (1.0 + r)));
    // Scale by 2^k = 2^(k/2) 2^(k - k/2): both factors are normal doubles.
    const int n = static_cast<int>(k);
    const int n_half = n / 2;
    return (y * pow2(n_half)) * pow2(n - n_half);
  }

  // Natural logarithm. Bound: 2 ULP from glibc for every double x > 0, subnormals included
  // (measured: at most 1 ULP, under 1% of results differ from glibc's). log(1) = +0,
  // log(+-0) = -inf, log(x < 0) = NaN, log(+inf) = +inf, log(NaN) = NaN.
  // x = 2^e m with m in [sqrt(1/2), sqrt(2)), read from the bits; f = m - 1 (exact),
  // log m = log1p(f) = 2 atanh(s), s = f / (2 + f), rewritten as f - f^2/2 + s (f^2/2 + R)
  // with R = s^2 Q(s^2). e kLn2Hi + f - f^2/2 is summed without error (Fast2Sum twice, f^2/2
  // split into an exact head and a small tail), so only the final addition rounds noticeably.
  KOKKOS_INLINE_FUNCTION static double log(double x) {
    using namespace portable_math_detail;
    constexpr double kQ0 = 0x1.5555555555555p-1;
    constexpr double kQ1 = 0x1.9999999999a39p-2;
    constexpr double kQ2 = 0x1.2492492476ad1p-2;
    constexpr double kQ3 = 0x1.c71c72018c249p-3;
    constexpr double kQ4 = 0x1.745cf8f0f1ac0p-3;
    constexpr double kQ5 = 0x1.3b1c39382a8d0p-3;
    constexpr double kQ6 = 0x1.0fbe3522089f9p-3;
    constexpr double kQ7 = 0x1.0c075285a4b84p-3;
    constexpr double kMinNormal = 0x1p-1022;
    constexpr double kMax = 0x1.fffffffffffffp+1023;
    constexpr double kSplitter = 0x1p27 + 1.0;
    // Bits of sqrt(1/2) rounded (up) to double, and the offset that moves them to those of
    // 1.0: after adding it to the bits of x, the exponent field holds e + 1023 and the
    // mantissa field the bits of m minus those of sqrt(1/2), carrying into the exponent when
    // m reaches sqrt(2).
    constexpr std::uint64_t kSqrtHalfBits = 0x3fe6a09e667f3bcdull;
    constexpr std::uint64_t kOffset = 0x3ff0000000000000ull - kSqrtHalfBits;
    std::uint64_t bits = to_bits(x);
    int e = -1023;
    if (!(x >= kMinNormal && x <= kMax)) {
      if (x == 0.0) return -infinity();
      if (!(x > 0.0)) return quiet_nan();  // negative or NaN
      if (x > kMax) return x;              // +inf
      bits = to_bits(x * 0x1p54);          // subnormal: scale into the normal range
      e -= 54;
    }
    const std::uint64_t moved = bits + kOffset;
    e += static_cast<int>(moved >> 52);
    const double f = from_bits((moved & kMantissaMask) + kSqrtHalfBits) - 1.0;
    // log1p(f) - (f - f^2/2) = s (f^2/2 + z Q(z)).
    const double s = f / (2.0 + f);
    const double z = s * s;
    const double q =
        kQ0 + z * (kQ1 + z * (kQ2 + z * (kQ3 + z * (kQ4 + z * (kQ5 + z * (kQ6 + z * kQ7))))));
    const double scaled = f * kSplitter;
    const double head = scaled - (scaled - f);
    const double half_head_sq = 0.5 * (head * head);
    const double half_tail_term = 0.5 * ((f - head) * (f + head));
    const double half_f_sq = half_head_sq + half_tail_term;
    const double small = s * (half_f_sq + z * q);
    // e ln2 + f - f^2/2 in unevaluated sums.
    const double ed = static_cast<double>(e);
    const double a = ed * kLn2Hi;
    const double t = a + f;
    const double t_error = (a - t) + f;
    const double u = t - half_head_sq;
    const double u_error = (t - u) - half_head_sq;
    return u + (u_error + (t_error + ((ed * kLn2Lo - half_tail_term) + small)));
  }

  // Sine. Bound: 2 ULP from glibc for |x| <= 2^30 (about 1.07e9; measured: at most 1 ULP,
  // about 1.5% of results differ from glibc's, none of those at the doubles nearest to
  // multiples of pi/2, where the reduced argument is smallest). sin(+-0) = +-0, sin x = x for
  // |x| < 2^-26, sin(+-inf) = sin(NaN) = NaN, sin(-x) = -sin(x) bit for bit.
  // Degraded range: above 2^30 the result is deterministic, finite and in [-1, 1] but has no
  // accuracy at all, as the argument is first folded modulo 2^30 (reduce_large).
  // Cost: about twice a cos or sin polynomial, as both are evaluated (see rotate).
  KOKKOS_INLINE_FUNCTION static double sin(double x) {
    using namespace portable_math_detail;
    const double ax = magnitude(x);
    const double v = rotate(reduce(x), 0u);
    if (!(ax < infinity())) return quiet_nan();
    return ax < 0x1p-26 ? x : v;
  }

  // Cosine. Same bound, ranges and degraded range as sin; cos(-x) = cos(x) bit for bit,
  // cos(+-0) = 1, cos(+-inf) = cos(NaN) = NaN.
  KOKKOS_INLINE_FUNCTION static double cos(double x) {
    using namespace portable_math_detail;
    const double v = rotate(reduce(x), 1u);
    return magnitude(x) < infinity() ? v : quiet_nan();
  }

  // Correctly rounded (IEEE 754) on every backend, so passed through.
  KOKKOS_INLINE_FUNCTION static double sqrt(double x) {
#ifdef OPTBENCH_PORTABLE_MATH_STANDALONE
    return ::sqrt(x);
#else
    return compat::kmath::sqrt(x);
#endif
  }

  // Exact: clears the sign bit.
  KOKKOS_INLINE_FUNCTION static double fabs(double x) {
    return portable_math_detail::magnitude(x);
  }
};

}  // namespace optbench

#endif  // OPTBENCH_BACKENDS_PORTABLE_MATH_HPP
