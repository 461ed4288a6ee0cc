// Philox-4x32-10 against the known-answer vectors published with Random123 (Salmon et al.,
// SC'11), and the same numbers inside a kernel on every host backend.

#include <gtest/gtest.h>

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/philox.hpp"

namespace optbench::random {
namespace {

struct KnownAnswer {
  Philox4x32 counter;
  std::uint32_t key0;
  std::uint32_t key1;
  Philox4x32 expected;
};

constexpr KnownAnswer kKnownAnswers[] = {
    {{{0, 0, 0, 0}}, 0, 0, {{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}}},
    {{{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}},
     0xffffffff,
     0xffffffff,
     {{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}}},
    {{{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}},
     0xa4093822,
     0x299f31d0,
     {{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}}},
};

TEST(Philox4x32, MatchesThePublishedKnownAnswers) {
  for (const auto& kat : kKnownAnswers) {
    const Philox4x32 r = philox4x32_10(kat.counter, kat.key0, kat.key1);
    for (int i = 0; i < 4; ++i) EXPECT_EQ(r.v[i], kat.expected.v[i]) << "word " << i;
  }
}

TEST(UniformFromBits, CoversZeroToJustBelowOne) {
  EXPECT_EQ(uniform_from_bits(0, 0), 0.0);
  EXPECT_EQ(uniform_from_bits(0xffffffff, 0xffffffff), 1.0 - 0x1.0p-53);
  EXPECT_EQ(uniform_from_bits(0x80000000, 0), 0.5);
}

template <class Space>
void expect_kernel_matches_host() {
  constexpr int kCount = 4096;
  Kokkos::View<double* [2], typename Space::memory_space> draws("draws", kCount);
  // name_hash is host-only: hash once here and capture the value, as the engine does.
  const std::uint64_t stream = name_hash("study");
  Kokkos::parallel_for(
      "philox_test", Kokkos::RangePolicy<Space>(0, kCount), KOKKOS_LAMBDA(const int i) {
        uniform_pair(42, stream, static_cast<std::uint64_t>(i), draws(i, 0), draws(i, 1));
      });
  const auto host = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace{}, draws);
  for (int i = 0; i < kCount; ++i) {
    double first = 0.0;
    double second = 0.0;
    uniform_pair(42, name_hash("study"), static_cast<std::uint64_t>(i), first, second);
    ASSERT_EQ(host(i, 0), first) << i;
    ASSERT_EQ(host(i, 1), second) << i;
  }
}

TEST(UniformPair, KernelDrawsEqualHostDrawsOnEveryBackend) {
#ifdef KOKKOS_ENABLE_SERIAL
  expect_kernel_matches_host<Kokkos::Serial>();
#endif
#ifdef KOKKOS_ENABLE_OPENMP
  expect_kernel_matches_host<Kokkos::OpenMP>();
#endif
  // On device builds, the GPU.
  expect_kernel_matches_host<Kokkos::DefaultExecutionSpace>();
}

TEST(NameHash, IsFnv1aOf64Bits) {
  // FNV-1a 64 of "" is its offset basis; of "a", the published value.
  EXPECT_EQ(name_hash(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(name_hash("a"), 0xaf63dc4c8601ec8cull);
}

}  // namespace
}  // namespace optbench::random
