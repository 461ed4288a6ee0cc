#ifndef OPTBENCH_SUITE_ENGINE_TASK_RUNNER_HPP
#define OPTBENCH_SUITE_ENGINE_TASK_RUNNER_HPP

// Host side of a regression-task study on one execution space: draw the dataset on the
// device, finish it on the host (standardisation, least-squares optimum), train every run in
// blocks of epochs, and compute how far each run ended from the optimum and the truth.
// Included only by study_runner.hpp.

#include <Kokkos_Core.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "backends/philox.hpp"
#include "landscapes/regression/sample_draws.hpp"
#include "landscapes/regression/task_dataset.hpp"
#include "suite/engine/regression_kernel.hpp"
#include "suite/engine/study_result.hpp"
#include "suite/engine/timed_launches.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::engine::detail {

template <class Memory>
using DeviceRows = Kokkos::View<double**, Kokkos::LayoutRight, Memory>;

template <class Memory>
DeviceRows<Memory> upload_rows(const char* label, const std::vector<double>& values,
                               std::int64_t rows, int columns) {
  DeviceRows<Memory> device(std::string(label), rows, columns);
  Kokkos::deep_copy(device, Kokkos::View<const double**, Kokkos::LayoutRight, Kokkos::HostSpace>(
                                values.data(), rows, columns));
  return device;
}

template <class Memory>
std::vector<double> download_rows(const DeviceRows<Memory>& device) {
  std::vector<double> values(device.size());
  Kokkos::deep_copy(Kokkos::View<double**, Kokkos::LayoutRight, Kokkos::HostSpace>(
                        values.data(), device.extent(0), device.extent(1)),
                    device);
  return values;
}

// The task's sample, drawn on Space (sample_draws.hpp) and finished on the host.
template <class Space>
landscapes::TaskDataset draw_dataset(const landscapes::TaskSpec& spec) {
  using Memory = typename Space::memory_space;
  const int d = landscapes::feature_count(spec);
  const int o = spec.outputs;
  Kokkos::View<landscapes::FeatureDraw*, Memory> features("features", d);
  auto features_host = Kokkos::create_mirror_view(features);
  for (int f = 0; f < d; ++f) {
    features_host(f) = {spec.features[f].distribution, spec.features[f].a, spec.features[f].b};
  }
  Kokkos::deep_copy(features, features_host);
  const DeviceRows<Memory> truth =
      upload_rows<Memory>("truth", spec.truth, 1, static_cast<int>(spec.truth.size()));

  const landscapes::SampleKernel<Memory> kernel{
      spec.seed,
      random::name_hash(landscapes::to_string(spec.kind)),
      d,
      o,
      spec.noise_sd,
      features,
      Kokkos::subview(truth, 0, Kokkos::ALL()),
      DeviceRows<Memory>("x", spec.samples, d),
      DeviceRows<Memory>("y", spec.samples, o)};
  Kokkos::parallel_for(
      "optbench::task_samples",
      Kokkos::RangePolicy<Space, Kokkos::IndexType<std::int64_t>>(0, spec.samples), kernel);
  Kokkos::fence();
  return landscapes::finish_dataset(spec, download_rows<Memory>(kernel.x),
                                    download_rows<Memory>(kernel.y));
}

inline double euclidean_distance(const double* a, const std::vector<double>& b) {
  double squares = 0.0;
  for (std::size_t p = 0; p < b.size(); ++p) squares += (a[p] - b[p]) * (a[p] - b[p]);
  return std::sqrt(squares);
}

// Each run's final optimality gap and distances, from its last record.
inline void measure_final_states(const landscapes::TaskDataset& data, StudyResult& result) {
  const std::int64_t last = result.records - 1;
  for (std::int64_t k = 0; k < result.runs; ++k) {
    const double* final_params = &result.params(k, last, 0);
    result.optimality_gap.push_back(result.cost(k, last) - data.optimal_cost);
    result.optimum_distance.push_back(euclidean_distance(final_params, data.optimum));
    result.truth_distance.push_back(euclidean_distance(final_params, data.truth));
  }
}

template <class Space, class Kernel>
void train_with(const scenario::Study& study, const landscapes::TaskDataset& data,
                StudyResult& result) {
  using Memory = typename Space::memory_space;
  const auto K = static_cast<int>(study.runs.size());
  const int P = study.dim;
  const std::int64_t m = data.samples;
  const std::int64_t epochs = study.steps;
  const RecordPlan plan = RecordPlan::from_study(study);

  Kokkos::View<std::int64_t*, Memory> batch_size("batch_size", K);
  auto batch_host = Kokkos::create_mirror_view(batch_size);
  for (int k = 0; k < K; ++k) batch_host(k) = study.runs[k].batch_size;
  Kokkos::deep_copy(batch_size, batch_host);

  const std::int64_t block = landscapes::epoch_order_block(m, epochs);
  Kokkos::View<std::int32_t**, Kokkos::LayoutRight, Memory> order("epoch_order", block, m);
  Kernel kernel{upload_rows<Memory>("x", data.model_x, m, data.features),
                upload_rows<Memory>("y", data.y, m, data.outputs),
                data.features,
                data.outputs,
                P,
                StopCheck{study.stop, data.optimal_cost, epochs},
                plan,
                data.zero_model_cost > 0.0 ? data.zero_model_cost : 1.0,
                upload_runs<Memory>(study, P),
                batch_size,
                RunOutputs<Memory>(K, plan.count(), P),
                RunProgress<Memory>(K),
                typename Kernel::State("w", K, P),
                typename Kernel::State("g", K, P),
                typename Kernel::State("first", K, P),
                typename Kernel::State("second", K, P),
                0,
                order};

  Space space;
  const auto train_once = [&] {
    for (std::int64_t first = 0; first < epochs; first += block) {
      const std::int64_t count = std::min(block, epochs - first);
      const auto rows = Kokkos::subview(order, Kokkos::make_pair(std::int64_t{0}, count),
                                        Kokkos::ALL());
      Kokkos::parallel_for("optbench::epoch_orders",
                           Kokkos::RangePolicy<Space>(space, 0, static_cast<int>(count)),
                           EpochOrderKernel<Memory>{study.task->seed, first, rows});
      kernel.first_epoch = first;
      kernel.order = rows;
      Kokkos::parallel_for("optbench::regression", Kokkos::RangePolicy<Space>(space, 0, K),
                           kernel);
    }
  };
  time_launches(space, study.repetitions, train_once, result);
  collect_outputs(kernel.out, result);
  const Kokkos::HostSpace host;
  const auto stop_epoch = Kokkos::create_mirror_view_and_copy(host, kernel.progress.stop_epoch);
  for (int k = 0; k < K; ++k) {
    result.stop_epoch.push_back(stop_epoch(k));
    result.samples += stop_epoch(k) * m;
  }
}

// Trains the study's runs; a line fit's two parameters are known to the compiler.
template <class Space, class Math>
void train(const scenario::Study& study, const landscapes::TaskDataset& data,
           StudyResult& result) {
  if (data.features == 1 && data.outputs == 1) {
    train_with<Space, RegressionKernel<Space, Math, 2>>(study, data, result);
  } else {
    train_with<Space, RegressionKernel<Space, Math>>(study, data, result);
  }
}

// The cost of a 2-parameter task over a (w, b) grid, one point per work item.
template <class Memory>
struct TaskGridKernel {
  DeviceRows<Memory> x;  // [m, 1]
  DeviceRows<Memory> y;  // [m, 1]
  Kokkos::View<const double*, Memory> w;  // [nx]
  Kokkos::View<const double*, Memory> b;  // [ny]
  Kokkos::View<double**, Kokkos::LayoutRight, Memory> value;  // [ny, nx]

  KOKKOS_INLINE_FUNCTION void operator()(const std::int64_t point) const {
    const auto nx = static_cast<std::int64_t>(w.extent(0));
    const std::int64_t row = point / nx;
    const std::int64_t column = point % nx;
    const double params[2] = {w(column), b(row)};
    landscapes::NoGradient none;
    double loss = 0.0;
    const auto m = static_cast<std::int64_t>(x.extent(0));
    for (std::int64_t i = 0; i < m; ++i) {
      landscapes::add_sample(x, y, i, 1, 1, params, none, loss);
    }
    value(row, column) = loss / static_cast<double>(m);
  }
};

}  // namespace optbench::engine::detail

#endif  // OPTBENCH_SUITE_ENGINE_TASK_RUNNER_HPP
