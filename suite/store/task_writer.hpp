#ifndef OPTBENCH_SUITE_STORE_TASK_WRITER_HPP
#define OPTBENCH_SUITE_STORE_TASK_WRITER_HPP

// The parts of the results file that only regression-task studies have:
//
//   /studies/<name>/task/    attrs: kind, samples, features, outputs, noise_sd, standardize,
//                            seed, store_data; datasets feature_names, output_names,
//                            parameter_names, feature_distribution [d] ("uniform" or
//                            "gaussian") and feature_parameters [d, 2] ([low, high] or
//                            [mean, sd])
//   /studies/<name>/data/    x [m, d] as drawn and y [m, o] (unless store_data is false);
//                            feature_mean, feature_scale [d] (the model sees
//                            (x - mean) / scale; 0 and 1 without standardisation);
//                            truth_raw [P] as given and truth [P] in the model's coordinates;
//                            optimum [P], the least-squares solution; attrs optimal_cost and
//                            optimum_truth_distance
//   /studies/<name>/runs/batch_size, updates_per_epoch [K]
//   /studies/<name>/stop_epoch, optimality_gap, optimum_distance, truth_distance [K]

#include <H5Cpp.h>

#include "suite/engine/study_result.hpp"
#include "suite/scenario/scenario.hpp"

namespace optbench::store {

void write_task(H5::Group& study_group, const scenario::Study& study,
                const engine::StudyResult& result);

}  // namespace optbench::store

#endif  // OPTBENCH_SUITE_STORE_TASK_WRITER_HPP
