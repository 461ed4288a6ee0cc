// Prints PortableMath's results as hex bits, one line per input: "function input output".
// Not a test by itself: portable_math_bitwise_test.cpp compiles this file with several
// compilers and optimisation levels and compares what they print. Built standalone (no
// Kokkos), with -DOPTBENCH_PORTABLE_MATH_STANDALONE; optional argument: inputs per function.

#include <cinttypes>
#include <cstdio>
#include <cstdlib>

#include "backends/portable_math.hpp"
#include "tests/backends/portable_math_inputs.hpp"

namespace {

using optbench::PortableMath;
using optbench::portable_math_inputs::Function;

double evaluate(Function function, double x) {
  switch (function) {
    case Function::kExp: return PortableMath::exp(x);
    case Function::kLog: return PortableMath::log(x);
    case Function::kSin: return PortableMath::sin(x);
    case Function::kCos: return PortableMath::cos(x);
  }
  return 0.0;
}

}  // namespace

int main(int argc, char** argv) {
  namespace inputs = optbench::portable_math_inputs;
  const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
  for (const Function function : inputs::kFunctions) {
    for (const double x : inputs::bitwise_inputs(function, count)) {
      std::printf("%s %016" PRIx64 " %016" PRIx64 "\n", inputs::function_name(function),
                  inputs::SplitMix64::bits_of(x),
                  inputs::SplitMix64::bits_of(evaluate(function, x)));
    }
  }
  return 0;
}
