#ifndef OPTBENCH_LANDSCAPES_REGRESSION_TASK_DATASET_HPP
#define OPTBENCH_LANDSCAPES_REGRESSION_TASK_DATASET_HPP

// A task's drawn sample on the host, with what the model sees and the exact optimum that
// gradient descent should reach.

#include <cstdint>
#include <vector>

#include "landscapes/regression/task_spec.hpp"

namespace optbench::landscapes {

struct TaskDataset {
  std::int64_t samples = 0;         // m
  int features = 0;                 // d
  int outputs = 0;                  // o
  std::vector<double> x;            // [m, d] as drawn
  std::vector<double> y;            // [m, o]
  std::vector<double> model_x;      // [m, d] as the model sees them (standardised or x)
  std::vector<double> feature_mean;   // [d], 0 unless standardised
  std::vector<double> feature_scale;  // [d], 1 unless standardised
  std::vector<double> truth;        // [P] in the model's coordinates
  std::vector<double> optimum;      // [P] least-squares solution; NaN when singular
  double optimal_cost = 0.0;        // J(optimum), NaN when singular
  double optimum_truth_distance = 0.0;  // |optimum - truth|
  double zero_model_cost = 0.0;     // J(0) = (1/m) Σ y², the scale of the task's costs
  bool finite = true;               // every x and y is a finite number
};

// Completes a drawn sample: standardises the features when the task asks (sample mean and
// population sd, summed in sample order; a constant feature keeps scale 1), maps the truth
// into the model's coordinates, and solves the least-squares problem. A feature whose sample
// sd is below 1e-12 of its mean's size is constant to rounding: scale 1, model values 0, and
// an undefined (NaN) optimum, which the caller reports. Non-finite draws leave `finite` false
// and the optimum NaN.
TaskDataset finish_dataset(const TaskSpec& spec, std::vector<double> x, std::vector<double> y);

// J(w) over the whole dataset: (1/m) Σ_i Σ_j r_ij², samples in order, as the kernels sum it.
double dataset_cost(const TaskDataset& data, const std::vector<double>& w);

// The minimiser of dataset_cost from the normal equations [X 1]ᵀ[X 1] θ_j = [X 1]ᵀ y_j,
// formed and solved by Cholesky in long double, with one step of iterative refinement.
// Empty when the matrix is not positive definite (fewer distinct samples than parameters).
std::vector<double> least_squares(const TaskDataset& data);

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_REGRESSION_TASK_DATASET_HPP
