// Epoch orders: each is a permutation, each epoch's batches cover every sample exactly once
// (the last batch keeping what is left), and the order depends on the seed and the epoch.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

#include "landscapes/regression/epoch_order.hpp"

namespace optbench::landscapes {
namespace {

// An order held in host memory, indexable as the kernels index a View (and marked for both
// sides like the function that fills it).
struct HostOrder {
  std::int32_t* values;
  KOKKOS_INLINE_FUNCTION std::int32_t& operator()(std::int64_t i) const { return values[i]; }
};

std::vector<std::int32_t> order_of(std::uint64_t seed, std::int64_t epoch, std::int64_t m) {
  std::vector<std::int32_t> order(m, -1);
  draw_epoch_order(seed, epoch, m, HostOrder{order.data()});
  return order;
}

TEST(EpochOrder, IsAPermutationOfTheSamples) {
  for (const std::int64_t m : {1, 2, 3, 37, 1000}) {
    for (std::int64_t epoch = 0; epoch < 5; ++epoch) {
      auto order = order_of(11, epoch, m);
      std::sort(order.begin(), order.end());
      std::vector<std::int32_t> expected(m);
      std::iota(expected.begin(), expected.end(), 0);
      EXPECT_EQ(order, expected) << "m " << m << " epoch " << epoch;
    }
  }
}

TEST(EpochOrder, BatchesCoverEverySampleOnceWithAPartialLastBatch) {
  const std::int64_t m = 37;
  for (const std::int64_t b : {1, 7, 10, 36, 37}) {
    for (std::int64_t epoch = 0; epoch < 3; ++epoch) {
      const auto order = order_of(5, epoch, m);
      std::vector<int> visits(m, 0);
      std::int64_t batches = 0;
      std::int64_t last_size = 0;
      for (std::int64_t begin = 0; begin < m; begin = batch_end(begin, b, m)) {
        const std::int64_t end = batch_end(begin, b, m);
        for (std::int64_t p = begin; p < end; ++p) ++visits[order[p]];
        last_size = end - begin;
        ++batches;
      }
      EXPECT_EQ(std::count(visits.begin(), visits.end(), 1), m) << "b " << b;
      EXPECT_EQ(batches, batches_per_epoch(m, b)) << "b " << b;
      EXPECT_EQ(batches, (m + b - 1) / b) << "b " << b;
      EXPECT_EQ(last_size, m % b == 0 ? b : m % b) << "b " << b;
    }
  }
}

TEST(EpochOrder, ChangesWithTheEpochAndTheSeedAndNotOtherwise) {
  const auto first = order_of(3, 0, 200);
  EXPECT_EQ(first, order_of(3, 0, 200));
  EXPECT_NE(first, order_of(3, 1, 200));
  EXPECT_NE(first, order_of(4, 0, 200));
  std::vector<std::int32_t> identity(200);
  std::iota(identity.begin(), identity.end(), 0);
  EXPECT_NE(first, identity);
}

TEST(EpochOrder, EverySampleIsEquallyLikelyFirst) {
  // 4000 epochs of m = 8: each sample leads about 500 times; 5 sd is about 105.
  std::vector<int> leads(8, 0);
  for (std::int64_t epoch = 0; epoch < 4000; ++epoch) ++leads[order_of(1, epoch, 8)[0]];
  for (int i = 0; i < 8; ++i) EXPECT_NEAR(leads[i], 500, 105) << "sample " << i;
}

TEST(EpochOrder, BlocksHoldAtMostTwoToThe24IndicesAndAtLeastOneEpoch) {
  EXPECT_EQ(epoch_order_block(100, 50), 50);
  EXPECT_EQ(epoch_order_block(1 << 20, 1000), 16);
  EXPECT_EQ(epoch_order_block(100'000'000, 3), 1);
}

}  // namespace
}  // namespace optbench::landscapes
