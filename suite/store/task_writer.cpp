#include "suite/store/task_writer.hpp"

#include <string>
#include <vector>

#include "landscapes/regression/epoch_order.hpp"
#include "suite/store/h5_io.hpp"

namespace optbench::store {
namespace {

void write_task_description(H5::Group& study_group, const landscapes::TaskSpec& spec) {
  H5::Group group = study_group.createGroup("task");
  write_attribute(group, "kind", landscapes::to_string(spec.kind));
  write_attribute(group, "samples", spec.samples);
  write_attribute(group, "features", std::int64_t{landscapes::feature_count(spec)});
  write_attribute(group, "outputs", std::int64_t{spec.outputs});
  write_attribute(group, "noise_sd", spec.noise_sd);
  write_attribute(group, "standardize", std::int64_t{spec.standardize ? 1 : 0});
  write_attribute(group, "seed", static_cast<std::int64_t>(spec.seed));
  write_attribute(group, "store_data", std::int64_t{spec.store_data ? 1 : 0});
  std::vector<std::string> names;
  std::vector<std::string> distributions;
  std::vector<double> parameters;
  for (const auto& feature : spec.features) {
    names.push_back(feature.name);
    distributions.push_back(landscapes::to_string(feature.distribution));
    parameters.push_back(feature.a);
    parameters.push_back(feature.b);
  }
  write_strings(group, "feature_names", names);
  write_strings(group, "feature_distribution", distributions);
  write_dataset(group, "feature_parameters", {names.size(), 2}, parameters.data());
  write_strings(group, "output_names", landscapes::output_names(spec.kind));
  write_strings(group, "parameter_names", landscapes::parameter_names(spec));
}

void write_data(H5::Group& study_group, const landscapes::TaskSpec& spec,
                const landscapes::TaskDataset& data) {
  H5::Group group = study_group.createGroup("data");
  const auto m = static_cast<hsize_t>(data.samples);
  const auto d = static_cast<hsize_t>(data.features);
  const auto P = static_cast<hsize_t>(data.truth.size());
  if (spec.store_data) {
    write_dataset(group, "x", {m, d}, data.x.data());
    write_dataset(group, "y", {m, static_cast<hsize_t>(data.outputs)}, data.y.data());
  }
  write_dataset(group, "feature_mean", {d}, data.feature_mean.data());
  write_dataset(group, "feature_scale", {d}, data.feature_scale.data());
  write_dataset(group, "truth_raw", {P}, spec.truth.data());
  write_dataset(group, "truth", {P}, data.truth.data());
  write_dataset(group, "optimum", {P}, data.optimum.data());
  write_attribute(group, "optimal_cost", data.optimal_cost);
  write_attribute(group, "optimum_truth_distance", data.optimum_truth_distance);
}

void write_batches(H5::Group& study_group, const scenario::Study& study) {
  H5::Group runs = study_group.openGroup("runs");
  std::vector<std::int64_t> batch_size;
  std::vector<std::int64_t> updates;
  for (const auto& run : study.runs) {
    batch_size.push_back(run.batch_size);
    updates.push_back(landscapes::batches_per_epoch(study.task->samples, run.batch_size));
  }
  write_dataset(runs, "batch_size", {batch_size.size()}, batch_size.data());
  write_dataset(runs, "updates_per_epoch", {updates.size()}, updates.data());
}

}  // namespace

void write_task(H5::Group& study_group, const scenario::Study& study,
                const engine::StudyResult& result) {
  write_task_description(study_group, *study.task);
  write_data(study_group, *study.task, *result.dataset);
  write_batches(study_group, study);
  const auto K = static_cast<hsize_t>(result.runs);
  write_dataset(study_group, "stop_epoch", {K}, result.stop_epoch.data());
  write_dataset(study_group, "optimality_gap", {K}, result.optimality_gap.data());
  write_dataset(study_group, "optimum_distance", {K}, result.optimum_distance.data());
  write_dataset(study_group, "truth_distance", {K}, result.truth_distance.data());
}

}  // namespace optbench::store
