#include "suite/bench/bench_writer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "suite/store/atomic_output.hpp"
#include "suite/store/h5_io.hpp"

namespace optbench::bench {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Rows of different lengths in one [M, R] dataset, padded with NaN.
std::vector<double> padded(const std::vector<std::vector<double>>& rows, std::size_t& width) {
  width = 0;
  for (const auto& row : rows) width = std::max(width, row.size());
  std::vector<double> values(rows.size() * width, kNan);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::copy(rows[i].begin(), rows[i].end(), values.begin() + i * width);
  }
  return values;
}

std::string reference_implementation(const std::vector<const Measurement*>& rows) {
  for (const auto* m : rows) {
    if (m->implementation.rfind("optbench-", 0) == 0 && m->threads == 1) return m->implementation;
  }
  return "";
}

void write_entry(H5::Group& benchmarks, const Entry& entry,
                 const std::vector<const Measurement*>& rows) {
  H5::Group group = benchmarks.createGroup(entry.name);
  store::write_attribute(group, "workload", entry.workload->name);
  store::write_attribute(group, "unit", unit_name(entry.shape));
  store::write_attribute(group, "scenario", entry.scenario);
  store::write_attribute(group, "study", entry.study_name);
  store::write_attribute(group, "steps", entry.steps);
  store::write_attribute(group, "flops_per_unit", entry.workload->flops_per_unit);
  store::write_attribute(group, "flops_documentation", entry.workload->flops_documentation);
  store::write_attribute(group, "reference_implementation", reference_implementation(rows));

  std::vector<std::string> implementation;
  std::vector<std::int64_t> K, T, threads;
  std::vector<std::int8_t> bitwise;
  std::vector<double> units, median_seconds, rate, flops, difference;
  std::vector<std::vector<double>> seconds;
  for (const auto* m : rows) {
    implementation.push_back(m->implementation);
    K.push_back(m->size);
    T.push_back(m->steps);
    threads.push_back(m->threads);
    units.push_back(m->units);
    seconds.push_back(m->seconds);
    median_seconds.push_back(median(m->seconds));
    rate.push_back(m->units / median_seconds.back());
    flops.push_back(entry.workload->flops_per_unit > 0.0 ? rate.back() *
                                                               entry.workload->flops_per_unit
                                                         : kNan);
    bitwise.push_back(static_cast<std::int8_t>(m->bitwise_equal));
    difference.push_back(m->max_relative_difference);
  }
  const hsize_t M = rows.size();
  std::size_t width = 0;
  const std::vector<double> table = padded(seconds, width);
  store::write_strings(group, "implementation", implementation);
  store::write_dataset(group, "K", {M}, K.data());
  store::write_dataset(group, "T", {M}, T.data());
  store::write_dataset(group, "threads", {M}, threads.data());
  store::write_dataset(group, "units", {M}, units.data());
  store::write_dataset(group, "seconds", {M, width}, table.data());
  store::write_dataset(group, "median_seconds", {M}, median_seconds.data());
  store::write_dataset(group, "units_per_second", {M}, rate.data());
  store::write_dataset(group, "flops_per_second", {M}, flops.data());
  if (entry.workload->bytes_per_unit > 0.0) {
    store::write_attribute(group, "bytes_per_unit", entry.workload->bytes_per_unit);
    std::vector<double> bytes;
    for (const double r : rate) bytes.push_back(r * entry.workload->bytes_per_unit);
    store::write_dataset(group, "bytes_per_second", {M}, bytes.data());
  }
  store::write_dataset(group, "bitwise_equal", {M}, bitwise.data());
  store::write_dataset(group, "max_relative_difference", {M}, difference.data());
}

void write_stream_copy(H5::Group& benchmarks, const std::vector<StreamCopy>& copies) {
  H5::Group group = benchmarks.createGroup("stream_copy");
  store::write_attribute(group, "kernel", "b[i] = a[i] over two float64 arrays (STREAM Copy)");
  std::vector<std::int64_t> threads;
  std::vector<double> bytes, best;
  std::vector<std::vector<double>> seconds;
  for (const auto& c : copies) {
    threads.push_back(c.threads);
    bytes.push_back(c.bytes);
    seconds.push_back(c.seconds);
    const double fastest = *std::min_element(c.seconds.begin(), c.seconds.end());
    best.push_back(c.bytes / fastest);
  }
  const hsize_t P = copies.size();
  std::size_t width = 0;
  const std::vector<double> table = padded(seconds, width);
  store::write_dataset(group, "threads", {P}, threads.data());
  store::write_dataset(group, "bytes", {P}, bytes.data());
  store::write_dataset(group, "seconds", {P, width}, table.data());
  store::write_dataset(group, "bytes_per_second", {P}, best.data());
}

}  // namespace

void write_bench(const std::string& path, const BenchOutput& output) {
  store::AtomicOutput atomic(path);
  {
    H5::H5File file(atomic.temporary_path(), H5F_ACC_TRUNC);
    store::write_provenance(file, output.scenarios, output.provenance);
    H5::Group benchmarks = file.createGroup("benchmarks");
    store::write_attribute(benchmarks, "kind", "throughput");
    std::vector<double> sizes(output.plan->sizes.begin(), output.plan->sizes.end());
    store::write_attribute(benchmarks, "sizes", sizes);
    store::write_attribute(benchmarks, "repetitions", std::int64_t{output.repetitions});
    store::write_attribute(benchmarks, "peers", std::int64_t{output.peers ? 1 : 0});
    store::write_attribute(benchmarks, "command", output.command);
    for (const Entry& entry : output.plan->entries) {
      std::vector<const Measurement*> rows;
      for (const auto& m : output.measurements) {
        if (m.benchmark == entry.name) rows.push_back(&m);
      }
      write_entry(benchmarks, entry, rows);
    }
    if (!output.stream_copy.empty()) write_stream_copy(benchmarks, output.stream_copy);
  }
  atomic.commit();
}

}  // namespace optbench::bench
