#ifndef OPTBENCH_LANDSCAPES_REGRESSION_EPOCH_ORDER_HPP
#define OPTBENCH_LANDSCAPES_REGRESSION_EPOCH_ORDER_HPP

// The order in which an epoch visits the samples, and how it cuts them into batches.
//
// Epoch e (0 for the first) visits the samples in a permutation drawn by Fisher-Yates from
// Philox draws keyed by (seed, e): for i = m-1 down to 1, swap positions i and
// j = floor(u (i + 1)), u the first uniform of draw (seed, kPermutationStream + e, i). Every
// run of a study shares it. Batches take consecutive positions of the permutation, b at a
// time; when b does not divide m the last batch of each epoch is the m mod b samples left,
// and its gradient is the mean over those.

#include <Kokkos_Core.hpp>

#include <cstdint>

#include "backends/philox.hpp"

namespace optbench::landscapes {

inline constexpr std::uint64_t kPermutationStream = random::name_hash("epoch permutation");

// Writes epoch e's permutation of 0 .. m-1 into order[0 .. m).
template <class Order>
KOKKOS_INLINE_FUNCTION void draw_epoch_order(std::uint64_t seed, std::int64_t epoch,
                                             std::int64_t m, const Order& order) {
  for (std::int64_t i = 0; i < m; ++i) order(i) = static_cast<std::int32_t>(i);
  for (std::int64_t i = m - 1; i > 0; --i) {
    double u = 0.0;
    double unused = 0.0;
    random::uniform_pair(seed, kPermutationStream + static_cast<std::uint64_t>(epoch),
                         static_cast<std::uint64_t>(i), u, unused);
    // u < 1, yet u (i + 1) may round up to i + 1; the clamp keeps j in range.
    auto j = static_cast<std::int64_t>(u * static_cast<double>(i + 1));
    if (j > i) j = i;
    const std::int32_t kept = order(i);
    order(i) = order(j);
    order(j) = kept;
  }
}

// Epoch orders are drawn in blocks of at most 2^24 sample indices (64 MiB), so a long
// training holds one block at a time: the number of epochs per block.
inline std::int64_t epoch_order_block(std::int64_t m, std::int64_t epochs) {
  constexpr std::int64_t kBudget = std::int64_t{1} << 24;
  const std::int64_t block = kBudget / m;
  return block < 1 ? 1 : block > epochs ? epochs : block;
}

// The end of the batch that starts at position `begin`: b samples on, or m for the last.
KOKKOS_INLINE_FUNCTION std::int64_t batch_end(std::int64_t begin, std::int64_t b,
                                              std::int64_t m) {
  return begin + b < m ? begin + b : m;
}

// Updates per epoch with batches of b: ceil(m / b).
KOKKOS_INLINE_FUNCTION std::int64_t batches_per_epoch(std::int64_t m, std::int64_t b) {
  return (m + b - 1) / b;
}

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_REGRESSION_EPOCH_ORDER_HPP
