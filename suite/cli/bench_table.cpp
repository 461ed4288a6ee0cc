#include "suite/cli/bench_table.hpp"

#include <fmt/core.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "suite/store/h5_io.hpp"

namespace optbench::cli {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
// Peers agree with optbench to this relative difference or are flagged.
constexpr double kPeerTolerance = 1e-10;

struct Row {
  std::string implementation;
  std::int64_t K;
  std::int64_t threads;
  double rate;
  int bitwise;
  double difference;
};

std::vector<Row> read_rows(const H5::Group& group) {
  const auto names = store::read_strings(group.openDataSet("implementation"));
  const auto K = store::read_ints(group.openDataSet("K"));
  const auto threads = store::read_ints(group.openDataSet("threads"));
  const auto rate = store::read_doubles(group.openDataSet("units_per_second"));
  const auto bitwise = store::read_ints(group.openDataSet("bitwise_equal"));
  const auto difference = store::read_doubles(group.openDataSet("max_relative_difference"));
  std::vector<Row> rows;
  for (std::size_t i = 0; i < names.size(); ++i) {
    rows.push_back({names[i], K.at(i), threads.at(i), rate.at(i), static_cast<int>(bitwise.at(i)),
                    difference.at(i)});
  }
  return rows;
}

// The rate of an implementation at (K, threads), NaN when absent.
double rate_of(const std::vector<Row>& rows, const std::string& name, std::int64_t K,
               std::int64_t threads) {
  for (const auto& r : rows) {
    if (r.implementation == name && r.K == K && r.threads == threads) return r.rate;
  }
  return kNan;
}

std::string ratio(double a, double b) {
  return std::isfinite(a) && std::isfinite(b) && b > 0.0 ? fmt::format("{:.2f}", a / b) : "-";
}

// "ok" when every limit and optbench launch is bit for bit the reference and every peer is
// within kPeerTolerance; else the worst offender.
std::string check(const std::vector<Row>& rows, std::int64_t K, std::int64_t threads) {
  std::string verdict = "ok";
  for (const auto& r : rows) {
    if (r.K != K || r.threads != threads || r.bitwise < 0) continue;
    const bool exact = r.implementation.rfind("optbench-", 0) == 0 ||
                       r.implementation.rfind("limit-", 0) == 0;
    if (exact && r.bitwise != 1) return r.implementation + " differs";
    if (!exact && !(r.difference <= kPeerTolerance)) {
      verdict = fmt::format("{} {:.1e}", r.implementation, r.difference);
    }
  }
  return verdict;
}

void print_workload(const std::string& name, const std::vector<Row>& rows) {
  std::map<std::pair<std::int64_t, std::int64_t>, bool> cells;
  for (const auto& r : rows) cells[{r.K, r.threads}] = true;
  for (const auto& [cell, unused] : cells) {
    const auto [K, threads] = cell;
    const double numpy = rate_of(rows, "numpy", K, threads);
    const double torch = rate_of(rows, "torch-vectorised", K, threads);
    const double best_peer = std::fmax(numpy, torch);  // the other one where one is NaN
    const double serial = rate_of(rows, "optbench-serial", K, 1);
    for (const auto& r : rows) {
      if (r.K != K || r.threads != threads || r.implementation.rfind("optbench-", 0) != 0) {
        continue;
      }
      const bool is_serial = r.implementation == "optbench-serial";
      const double limit =
          rate_of(rows, is_serial ? "limit-serial" : "limit-openmp", K, threads);
      fmt::print("{:<18} {:>8} {:>3} {:<16} {:>10.4g} {:>7} {:>7} {:>7} {:>7}  {}\n", name, K,
                 threads, r.implementation, r.rate, ratio(r.rate, limit),
                 ratio(r.rate, best_peer), ratio(r.rate, rate_of(rows, "torch-optim", K, threads)),
                 is_serial ? "-" : ratio(r.rate, serial), check(rows, K, threads));
    }
  }
}

void print_stream_copy(const H5::Group& group) {
  const auto threads = store::read_ints(group.openDataSet("threads"));
  const auto rate = store::read_doubles(group.openDataSet("bytes_per_second"));
  for (std::size_t i = 0; i < threads.size(); ++i) {
    fmt::print("copy bandwidth with {} thread(s): {:.1f} GB/s\n", threads[i], rate.at(i) / 1e9);
  }
}

}  // namespace

void print_bench_table(const H5::H5File& file) {
  const H5::Group benchmarks = file.openGroup("benchmarks");
  fmt::print("{:<18} {:>8} {:>3} {:<16} {:>10} {:>7} {:>7} {:>7} {:>7}  {}\n", "benchmark", "K",
             "thr", "implementation", "units/s", "/limit", "/peer", "/optim", "/serial",
             "final state");
  for (hsize_t i = 0; i < benchmarks.getNumObjs(); ++i) {
    const std::string name = benchmarks.getObjnameByIdx(i);
    if (name == "stream_copy" || name == "gbench") continue;
    print_workload(name, read_rows(benchmarks.openGroup(name)));
  }
  if (benchmarks.exists("stream_copy")) print_stream_copy(benchmarks.openGroup("stream_copy"));
}

}  // namespace optbench::cli
