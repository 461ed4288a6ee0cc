// PortableMath against the C library (glibc: correctly rounded or within 1 ULP) on millions of
// deterministic inputs per function, its special values, and its use inside Kokkos kernels.
// Each accuracy test prints one line per input range with the largest ULP distance seen.

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iomanip>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <Kokkos_Core.hpp>

#include "backends/portable_math.hpp"
#include "tests/backends/portable_math_inputs.hpp"

namespace optbench {
namespace {

using portable_math_inputs::SplitMix64;

// The bound every function must meet against the C library, in ULPs.
constexpr std::int64_t kMaxUlp = 2;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

std::uint64_t bits(double x) {
  return SplitMix64::bits_of(x);
}

// Doubles mapped to integers in the same order, so that neighbours differ by one; +0 and -0
// map to the same integer.
std::int64_t ordered(double x) {
  const auto i = static_cast<std::int64_t>(bits(x));
  return i < 0 ? std::numeric_limits<std::int64_t>::min() - i : i;
}

// ULP distance; two NaNs are 0 apart, a NaN and a number infinitely far.
std::int64_t ulp_distance(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) {
    return std::isnan(a) && std::isnan(b) ? 0 : std::numeric_limits<std::int64_t>::max();
  }
  const std::int64_t d = ordered(a) - ordered(b);
  return d < 0 ? -d : d;
}

using Fn = std::function<double(double)>;

// Largest ULP distance between `portable` and `reference` over `inputs`, printed and recorded
// under `label`; the test fails with the worst input when it exceeds kMaxUlp.
void expect_close(const std::string& label, const std::vector<double>& inputs, const Fn& portable,
                  const Fn& reference) {
  std::int64_t worst = 0;
  double worst_x = 0.0;
  std::int64_t differing = 0;
  for (const double x : inputs) {
    const std::int64_t d = ulp_distance(portable(x), reference(x));
    differing += d != 0 ? 1 : 0;
    if (d > worst) {
      worst = d;
      worst_x = x;
    }
  }
  std::ostringstream line;
  line << label << ": " << inputs.size() << " points, max " << worst << " ULP, "
       << std::setprecision(3) << 100.0 * static_cast<double>(differing) / inputs.size()
       << "% not identical";
  std::cout << "[ max ULP  ] " << line.str() << '\n';
  testing::Test::RecordProperty(label, std::to_string(worst));
  EXPECT_LE(worst, kMaxUlp) << label << ": worst at x = " << std::setprecision(17) << worst_x
                            << " (" << std::hexfloat << worst_x << "): portable "
                            << portable(worst_x) << ", C library " << reference(worst_x);
}

std::vector<double> uniform(std::uint64_t seed, int count, double lo, double hi) {
  SplitMix64 rng(seed);
  std::vector<double> x(count);
  for (double& v : x) v = rng.uniform(lo, hi);
  return x;
}

// Uniform in the exponent between lo and hi (both positive), each point with a random sign
// when `both_signs`.
std::vector<double> log_uniform(std::uint64_t seed, int count, double lo, double hi,
                                bool both_signs) {
  SplitMix64 rng(seed);
  std::vector<double> x(count);
  for (double& v : x) {
    const bool negative = both_signs && (rng.next() & 1u) != 0;
    v = rng.log_uniform(lo, hi);
    if (negative) v = -v;
  }
  return x;
}

// x and its `radius` neighbours on either side.
void push_neighbourhood(double x, int radius, std::vector<double>& out) {
  double below = x;
  double above = x;
  out.push_back(x);
  for (int i = 0; i < radius; ++i) {
    below = std::nextafter(below, -kInf);
    above = std::nextafter(above, kInf);
    out.push_back(below);
    out.push_back(above);
  }
}

// The doubles nearest to k pi/2 (and two neighbours each side, both signs), where the reduced
// argument of sin and cos is smallest. long double k pi/2 is within 2^-34 of exact up to
// k = 2^30, well below the spacing of doubles there.
std::vector<double> near_multiples_of_half_pi(const std::vector<std::int64_t>& ks) {
  constexpr long double kHalfPi = 1.570796326794896619231321691639751442L;
  std::vector<double> x;
  for (const std::int64_t k : ks) {
    const auto nearest = static_cast<double>(static_cast<long double>(k) * kHalfPi);
    push_neighbourhood(nearest, 2, x);
    push_neighbourhood(-nearest, 2, x);
  }
  return x;
}

const Fn kPortableExp = [](double x) { return PortableMath::exp(x); };
const Fn kPortableLog = [](double x) { return PortableMath::log(x); };
const Fn kPortableSin = [](double x) { return PortableMath::sin(x); };
const Fn kPortableCos = [](double x) { return PortableMath::cos(x); };
const Fn kLibraryExp = [](double x) { return std::exp(x); };
const Fn kLibraryLog = [](double x) { return std::log(x); };
const Fn kLibrarySin = [](double x) { return std::sin(x); };
const Fn kLibraryCos = [](double x) { return std::cos(x); };

TEST(PortableMathExp, WithinTwoUlpOfCLibraryFromUnderflowToOverflow) {
  expect_close("exp uniform [-746, 710]", uniform(1, 1500000, -746.0, 710.0), kPortableExp,
               kLibraryExp);
  expect_close("exp uniform [-1, 1]", uniform(2, 500000, -1.0, 1.0), kPortableExp, kLibraryExp);
  expect_close("exp log-uniform |x| in [2^-1074, 746]",
               log_uniform(3, 500000, 0x1p-1074, 746.0, true), kPortableExp, kLibraryExp);
  // Near k ln 2 (reduced argument near 0) and (k + 1/2) ln 2 (largest reduced argument), and
  // the overflow and underflow thresholds.
  std::vector<double> edges;
  for (int k = -1076; k <= 1025; ++k) {
    push_neighbourhood(k * 0.6931471805599453, 8, edges);
    push_neighbourhood((k + 0.5) * 0.6931471805599453, 8, edges);
  }
  for (const double x : {709.782712893384, -708.3964185322641, -745.1332191019411,
                         -744.4400719213812, -0x1p-54, 0x1p-54}) {
    push_neighbourhood(x, 200, edges);
  }
  expect_close("exp near k ln2, (k+1/2) ln2 and thresholds", edges, kPortableExp, kLibraryExp);
}

TEST(PortableMathLog, WithinTwoUlpOfCLibraryOnAllPositiveDoubles) {
  expect_close("log log-uniform [2^-1074, DBL_MAX] (subnormals included)",
               log_uniform(4, 1500000, 0x1p-1074, DBL_MAX, false), kPortableLog, kLibraryLog);
  expect_close("log uniform [0.5, 2]", uniform(5, 500000, 0.5, 2.0), kPortableLog, kLibraryLog);
  std::vector<double> near_one = log_uniform(6, 500000, 0x1p-60, 0x1p-2, true);
  for (double& x : near_one) x = 1.0 + x;
  expect_close("log 1 + log-uniform [2^-60, 1/4], both signs", near_one, kPortableLog, kLibraryLog);
  std::vector<double> edges;
  for (int e = -1074; e <= 1023; ++e) {
    push_neighbourhood(std::ldexp(1.0, e), 4, edges);
    push_neighbourhood(std::ldexp(0.7071067811865476, e), 4, edges);  // the m split point
  }
  push_neighbourhood(DBL_MAX, 50, edges);
  push_neighbourhood(1.0, 1000, edges);
  expect_close("log near powers of two, sqrt(1/2) 2^e, 1 and DBL_MAX", edges, kPortableLog,
               kLibraryLog);
}

// The accuracy ranges of sin and cos, tested identically.
void expect_sin_or_cos_close(const std::string& name, const Fn& portable, const Fn& reference,
                             std::uint64_t seed) {
  expect_close(name + " uniform [-4, 4]", uniform(seed, 500000, -4.0, 4.0), portable, reference);
  expect_close(name + " uniform [-1e5, 1e5]", uniform(seed + 1, 1000000, -1.0e5, 1.0e5), portable,
               reference);
  expect_close(name + " log-uniform |x| in [2^-1074, 1e5]",
               log_uniform(seed + 2, 500000, 0x1p-1074, 1.0e5, true), portable, reference);
  expect_close(name + " log-uniform |x| in [1e5, 2^30]",
               log_uniform(seed + 3, 300000, 1.0e5, 0x1p30, true), portable, reference);
  std::vector<std::int64_t> ks;
  for (std::int64_t k = 1; k <= 63662; ++k) ks.push_back(k);  // every multiple below 1e5
  expect_close(name + " nearest doubles to k pi/2, |x| <= 1e5", near_multiples_of_half_pi(ks),
               portable, reference);
  ks.clear();
  SplitMix64 rng(seed + 4);
  for (int i = 0; i < 40000; ++i) ks.push_back(63662 + rng.next() % (683565275 - 63662));
  for (std::int64_t k = 29; k < 683565275; k *= 2) ks.push_back(k);  // 29 pi/2 is the worst
  expect_close(name + " nearest doubles to k pi/2, 1e5 < |x| <= 2^30",
               near_multiples_of_half_pi(ks), portable, reference);
}

TEST(PortableMathSin, WithinTwoUlpOfCLibraryUpToTwoToThe30) {
  expect_sin_or_cos_close("sin", kPortableSin, kLibrarySin, 10);
}

TEST(PortableMathCos, WithinTwoUlpOfCLibraryUpToTwoToThe30) {
  expect_sin_or_cos_close("cos", kPortableCos, kLibraryCos, 20);
}

TEST(PortableMathSinCos, FiniteAndWithinUnitIntervalBeyondTwoToThe30) {
  for (const double x : log_uniform(30, 200000, 0x1p30, DBL_MAX, true)) {
    const double s = PortableMath::sin(x);
    const double c = PortableMath::cos(x);
    ASSERT_TRUE(s >= -1.0 && s <= 1.0) << "sin(" << std::hexfloat << x << ") = " << s;
    ASSERT_TRUE(c >= -1.0 && c <= 1.0) << "cos(" << std::hexfloat << x << ") = " << c;
  }
}

TEST(PortableMathExp, HandlesInfinitiesNanAndRangeThresholds) {
  EXPECT_TRUE(std::isnan(PortableMath::exp(kNan)));
  EXPECT_EQ(PortableMath::exp(kInf), kInf);
  EXPECT_EQ(bits(PortableMath::exp(-kInf)), bits(0.0));
  EXPECT_EQ(PortableMath::exp(0.0), 1.0);
  EXPECT_EQ(PortableMath::exp(-0.0), 1.0);
  EXPECT_EQ(PortableMath::exp(0x1p-1074), 1.0);
  EXPECT_LE(ulp_distance(PortableMath::exp(709.782712893384), std::exp(709.782712893384)), 1);
  EXPECT_LT(PortableMath::exp(709.782712893384), kInf);
  EXPECT_EQ(PortableMath::exp(std::nextafter(709.782712893384, kInf)), kInf);
  EXPECT_EQ(PortableMath::exp(1000.0), kInf);
  EXPECT_EQ(PortableMath::exp(-745.1332191019411), 0x1p-1074);
  EXPECT_EQ(bits(PortableMath::exp(-745.1332191019412)), bits(0.0));
  EXPECT_EQ(bits(PortableMath::exp(-1000.0)), bits(0.0));
  EXPECT_LE(ulp_distance(PortableMath::exp(1.0), std::exp(1.0)), 1);
}

TEST(PortableMathLog, HandlesZerosNegativesInfinityAndNan) {
  EXPECT_EQ(PortableMath::log(0.0), -kInf);
  EXPECT_EQ(PortableMath::log(-0.0), -kInf);
  EXPECT_TRUE(std::isnan(PortableMath::log(-1.0)));
  EXPECT_TRUE(std::isnan(PortableMath::log(-0x1p-1074)));
  EXPECT_TRUE(std::isnan(PortableMath::log(-kInf)));
  EXPECT_TRUE(std::isnan(PortableMath::log(kNan)));
  EXPECT_EQ(PortableMath::log(kInf), kInf);
  EXPECT_EQ(bits(PortableMath::log(1.0)), bits(0.0));  // +0 exactly
  EXPECT_LE(ulp_distance(PortableMath::log(0x1p-1074), std::log(0x1p-1074)), 1);
  EXPECT_LE(ulp_distance(PortableMath::log(DBL_MAX), std::log(DBL_MAX)), 1);
  EXPECT_LE(ulp_distance(PortableMath::log(2.0), std::log(2.0)), 1);
}

TEST(PortableMathSinCos, HandleZerosTinyArgumentsInfinitiesAndNan) {
  EXPECT_EQ(bits(PortableMath::sin(0.0)), bits(0.0));
  EXPECT_EQ(bits(PortableMath::sin(-0.0)), bits(-0.0));
  EXPECT_EQ(PortableMath::cos(0.0), 1.0);
  EXPECT_EQ(PortableMath::cos(-0.0), 1.0);
  for (const double x : {kInf, -kInf, kNan}) {
    EXPECT_TRUE(std::isnan(PortableMath::sin(x))) << x;
    EXPECT_TRUE(std::isnan(PortableMath::cos(x))) << x;
  }
  // Tiny and subnormal arguments: sin x = x below 2^-26, cos x = 1 below 2^-27, exactly.
  for (const double x : {0x1p-1074, -0x1p-1074, 0x1p-1022, 1e-300, -1e-20, 0x1.fffffp-28}) {
    EXPECT_EQ(bits(PortableMath::sin(x)), bits(x)) << x;
    EXPECT_EQ(PortableMath::cos(x), 1.0) << x;
  }
  EXPECT_EQ(PortableMath::sin(0x1.fffffp-27), 0x1.fffffp-27);
  EXPECT_LE(ulp_distance(PortableMath::cos(0x1.fffffp-27), std::cos(0x1.fffffp-27)), 1);
}

TEST(PortableMathSinCos, OddAndEvenBitForBit) {
  for (const double x : log_uniform(40, 100000, 0x1p-1074, 0x1p40, false)) {
    ASSERT_EQ(bits(PortableMath::sin(-x)), bits(-PortableMath::sin(x))) << x;
    ASSERT_EQ(bits(PortableMath::cos(-x)), bits(PortableMath::cos(x))) << x;
  }
}

TEST(PortableMathPassThrough, SqrtAndFabsAreExact) {
  EXPECT_STREQ(PortableMath::kName, "portable");
  for (const double x : log_uniform(50, 10000, 0x1p-1074, DBL_MAX, false)) {
    ASSERT_EQ(bits(PortableMath::sqrt(x)), bits(std::sqrt(x))) << x;
    ASSERT_EQ(bits(PortableMath::fabs(-x)), bits(x)) << x;
  }
  EXPECT_EQ(bits(PortableMath::fabs(-0.0)), bits(0.0));
  EXPECT_EQ(PortableMath::fabs(-kInf), kInf);
  EXPECT_TRUE(std::isnan(PortableMath::sqrt(-1.0)));
}

// The policy inside a Kokkos kernel on `Space` gives the bits computed on the host here.
template <class Space>
void expect_kernel_matches_host(const std::string& space_name) {
  namespace inputs = portable_math_inputs;
  using Memory = typename Space::memory_space;
  const std::vector<double> x = inputs::bitwise_inputs(inputs::Function::kSin, 20000);
  const int n = static_cast<int>(x.size());
  Kokkos::View<double*, Memory> in("portable_math_in", n);
  Kokkos::View<double* [4], Memory> out("portable_math_out", n);
  auto in_host = Kokkos::create_mirror_view(in);
  for (int i = 0; i < n; ++i) in_host(i) = x[i];
  Kokkos::deep_copy(in, in_host);
  Kokkos::parallel_for(
      "portable_math_kernel", Kokkos::RangePolicy<Space>(0, n), KOKKOS_LAMBDA(const int i) {
        // Arguments in every function's domain: exp of a tenth, log of the magnitude.
        out(i, 0) = PortableMath::exp(in(i)*0.1);
        out(i, 1) = PortableMath::log(PortableMath::fabs(in(i)));
        out(i, 2) = PortableMath::sin(in(i));
        out(i, 3) = PortableMath::cos(in(i));
      });
  Kokkos::fence();
  auto out_host = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace(), out);
  for (int i = 0; i < n; ++i) {
    const double expected[4] = {PortableMath::exp(x[i] * 0.1),
                                PortableMath::log(PortableMath::fabs(x[i])),
                                PortableMath::sin(x[i]), PortableMath::cos(x[i])};
    for (int f = 0; f < 4; ++f) {
      ASSERT_EQ(bits(out_host(i, f)), bits(expected[f]))
          << space_name << ", function " << f << " (exp, log, sin, cos), x = " << std::hexfloat
          << x[i];
    }
  }
}

TEST(PortableMathKokkos, KernelResultsMatchHostBitForBitOnEveryEnabledBackend) {
  expect_kernel_matches_host<Kokkos::DefaultExecutionSpace>("default execution space");
#ifdef KOKKOS_ENABLE_SERIAL
  expect_kernel_matches_host<Kokkos::Serial>("Serial");
#endif
#ifdef KOKKOS_ENABLE_OPENMP
  expect_kernel_matches_host<Kokkos::OpenMP>("OpenMP");
#endif
}

}  // namespace
}  // namespace optbench
