// PortableMath gives the same bits whatever the compiler and optimisation level: the
// standalone program portable_math_dump.cpp is compiled with g++ -O0, g++ -O3, clang++ -O3,
// g++ -O3 -march=native (vector units and FMA instructions available, contraction still off)
// and g++ -O2 with the memcpy fallback for the bit casts; each prints its results as hex for
// 10^5 inputs per function, and every output must equal the one this test program (the
// project's own build, Kokkos included) computes itself.

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "backends/portable_math.hpp"
#include "tests/backends/portable_math_inputs.hpp"

namespace optbench {
namespace {

namespace inputs = portable_math_inputs;

constexpr int kInputsPerFunction = 100000;

// What portable_math_dump prints, computed here.
std::string expected_dump() {
  std::string text;
  char line[64];
  for (const inputs::Function function : inputs::kFunctions) {
    for (const double x : inputs::bitwise_inputs(function, kInputsPerFunction)) {
      double y = 0.0;
      switch (function) {
        case inputs::Function::kExp: y = PortableMath::exp(x); break;
        case inputs::Function::kLog: y = PortableMath::log(x); break;
        case inputs::Function::kSin: y = PortableMath::sin(x); break;
        case inputs::Function::kCos: y = PortableMath::cos(x); break;
      }
      std::snprintf(line, sizeof line, "%s %016" PRIx64 " %016" PRIx64 "\n",
                    inputs::function_name(function), inputs::SplitMix64::bits_of(x),
                    inputs::SplitMix64::bits_of(y));
      text += line;
    }
  }
  return text;
}

// stdout of a shell command, and whether it exited with status 0.
bool run(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return false;
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  const int status = pclose(pipe);
  return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool have(const std::string& program) {
  std::string ignored;
  return run("command -v " + program + " >/dev/null 2>&1", ignored);
}

// The first line where two dumps differ, for the failure message.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream sa(a);
  std::istringstream sb(b);
  std::string la;
  std::string lb;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(sa, la));
    const bool more_b = static_cast<bool>(std::getline(sb, lb));
    if (!more_a && !more_b) return "none";
    if (la != lb || more_a != more_b) {
      return "line " + std::to_string(line) + ": '" + (more_a ? la : "<end>") + "' vs '" +
             (more_b ? lb : "<end>") + "' (function input output, hex bits)";
    }
  }
}

TEST(PortableMathBitwise, SameBitsFromGccAndClangAtEveryOptimisationLevel) {
  if (!have("clang++")) {
    GTEST_SKIP() << "clang++ is not on PATH; the comparison needs g++ and clang++.";
  }
  ASSERT_TRUE(have("g++")) << "g++ is not on PATH";
  char directory_template[] = "/tmp/optbench_portable_math_XXXXXX";
  const char* directory = mkdtemp(directory_template);
  ASSERT_NE(directory, nullptr) << "cannot create a temporary directory in /tmp";
  // Removes the binaries and the directory on every way out, failed assertions included.
  struct RemoveDirectory {
    std::string path;
    ~RemoveDirectory() {
      for (int i = 0; i < 8; ++i) std::remove((path + "/dump_" + std::to_string(i)).c_str());
      rmdir(path.c_str());
    }
  } remove_directory{directory};

  const std::string source_dir = OPTBENCH_SOURCE_DIR;
  const std::string source = source_dir + "/tests/backends/portable_math_dump.cpp";
  const std::string flags = " -std=c++17 -ffp-contract=off -DOPTBENCH_PORTABLE_MATH_STANDALONE";
  const std::string arguments = flags + " -I'" + source_dir + "' '" + source + "' -o ";
  const std::vector<std::string> compilers = {"g++ -O0", "g++ -O3", "clang++ -O3",
                                              "g++ -O3 -march=native",
                                              "g++ -O2 -DOPTBENCH_PORTABLE_MATH_HAS_BIT_CAST=0"};
  const std::string expected = expected_dump();
  for (std::size_t i = 0; i < compilers.size(); ++i) {
    const std::string binary = std::string(directory) + "/dump_" + std::to_string(i);
    std::string output;
    ASSERT_TRUE(run(compilers[i] + arguments + binary + " 2>&1", output))
        << compilers[i] << " failed to compile portable_math_dump.cpp:\n"
        << output;
    ASSERT_TRUE(run(binary + " " + std::to_string(kInputsPerFunction), output))
        << binary << " (" << compilers[i] << ") did not exit with status 0";
    EXPECT_EQ(output.size(), expected.size()) << compilers[i];
    EXPECT_TRUE(output == expected)
        << compilers[i] << " differs from the project build; first difference at "
        << first_difference(output, expected);
  }
}

}  // namespace
}  // namespace optbench
