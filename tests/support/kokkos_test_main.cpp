// GoogleTest entry point that brings Kokkos up once for the whole test program.

#include <gtest/gtest.h>

#include "backends/kokkos_runtime.hpp"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  optbench::backends::KokkosRuntime runtime(0);
  return RUN_ALL_TESTS();
}
