#ifndef OPTBENCH_BACKENDS_PHILOX_HPP
#define OPTBENCH_BACKENDS_PHILOX_HPP

// Philox-4x32-10, the counter-based generator of Salmon, Moraes, Dror and Shaw, "Parallel
// random numbers: as easy as 1, 2, 3", SC'11. A pure function of a 128-bit counter and a
// 64-bit key: every random number in optbench is named by (seed, study, run, step, sample),
// so the same number comes out on every backend, thread count and compiler. Integer
// arithmetic only; the conversions to double below are exact.

#include <Kokkos_Core.hpp>

#include <cstdint>

namespace optbench::random {

struct Philox4x32 {
  std::uint32_t v[4];
};

namespace detail {
KOKKOS_INLINE_FUNCTION void philox_round(std::uint32_t (&c)[4], const std::uint32_t (&k)[2]) {
  constexpr std::uint64_t kM0 = 0xD2511F53u;
  constexpr std::uint64_t kM1 = 0xCD9E8D57u;
  const std::uint64_t p0 = kM0 * c[0];
  const std::uint64_t p1 = kM1 * c[2];
  const auto hi0 = static_cast<std::uint32_t>(p0 >> 32);
  const auto lo0 = static_cast<std::uint32_t>(p0);
  const auto hi1 = static_cast<std::uint32_t>(p1 >> 32);
  const auto lo1 = static_cast<std::uint32_t>(p1);
  c[0] = hi1 ^ c[1] ^ k[0];
  c[1] = lo1;
  c[2] = hi0 ^ c[3] ^ k[1];
  c[3] = lo0;
}
}  // namespace detail

// The ten-round Philox-4x32 block function.
KOKKOS_INLINE_FUNCTION Philox4x32 philox4x32_10(Philox4x32 counter, std::uint32_t key0,
                                                std::uint32_t key1) {
  std::uint32_t c[4] = {counter.v[0], counter.v[1], counter.v[2], counter.v[3]};
  std::uint32_t k[2] = {key0, key1};
  for (int round = 0; round < 10; ++round) {
    if (round > 0) {
      k[0] += 0x9E3779B9u;  // the Weyl sequence constants of the paper
      k[1] += 0xBB67AE85u;
    }
    detail::philox_round(c, k);
  }
  return {{c[0], c[1], c[2], c[3]}};
}

// A double in [0, 1) with 53 random bits, from two 32-bit words.
KOKKOS_INLINE_FUNCTION double uniform_from_bits(std::uint32_t high, std::uint32_t low) {
  const std::uint64_t bits = (static_cast<std::uint64_t>(high) << 32) | low;
  return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

// FNV-1a, 64 bits: turns a name (a study, a task) into counter words that stay the same when
// other studies are added or reordered.
constexpr std::uint64_t name_hash(const char* text) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (; *text != '\0'; ++text) {
    hash ^= static_cast<unsigned char>(*text);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

// Two uniform doubles in [0, 1) named by (seed, stream, index): stream is a name hash, index
// counts draws within it.
KOKKOS_INLINE_FUNCTION void uniform_pair(std::uint64_t seed, std::uint64_t stream,
                                         std::uint64_t index, double& first, double& second) {
  const Philox4x32 counter{
      {static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(index >> 32),
       static_cast<std::uint32_t>(stream), static_cast<std::uint32_t>(stream >> 32)}};
  const Philox4x32 r = philox4x32_10(counter, static_cast<std::uint32_t>(seed),
                                     static_cast<std::uint32_t>(seed >> 32));
  first = uniform_from_bits(r.v[0], r.v[1]);
  second = uniform_from_bits(r.v[2], r.v[3]);
}

}  // namespace optbench::random

#endif  // OPTBENCH_BACKENDS_PHILOX_HPP
