#include "landscapes/regression/host_draw.hpp"

#include <Kokkos_Core.hpp>

#include <utility>
#include <vector>

#include "backends/philox.hpp"
#include "landscapes/regression/sample_draws.hpp"

namespace optbench::landscapes {

TaskDataset draw_dataset_on_host(const TaskSpec& spec) {
  using Memory = Kokkos::HostSpace;
  using Rows = Kokkos::View<double**, Kokkos::LayoutRight, Memory>;
  const int d = feature_count(spec);
  Kokkos::View<FeatureDraw*, Memory> features("features", d);
  for (int f = 0; f < d; ++f) {
    features(f) = {spec.features[f].distribution, spec.features[f].a, spec.features[f].b};
  }
  Kokkos::View<double*, Memory> truth("truth", spec.truth.size());
  for (std::size_t p = 0; p < spec.truth.size(); ++p) truth(p) = spec.truth[p];
  const SampleKernel<Memory> kernel{spec.seed,
                                    random::name_hash(to_string(spec.kind)),
                                    d,
                                    spec.outputs,
                                    spec.noise_sd,
                                    features,
                                    truth,
                                    Rows("x", spec.samples, d),
                                    Rows("y", spec.samples, spec.outputs)};
  for (std::int64_t i = 0; i < spec.samples; ++i) kernel(i);
  std::vector<double> x(kernel.x.data(), kernel.x.data() + kernel.x.size());
  std::vector<double> y(kernel.y.data(), kernel.y.data() + kernel.y.size());
  return finish_dataset(spec, std::move(x), std::move(y));
}

}  // namespace optbench::landscapes
