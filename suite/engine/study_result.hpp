#ifndef OPTBENCH_SUITE_ENGINE_STUDY_RESULT_HPP
#define OPTBENCH_SUITE_ENGINE_STUDY_RESULT_HPP

// A study's results on the host, laid out as the results file stores them (row-major).

#include <Kokkos_Core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "landscapes/regression/task_dataset.hpp"

namespace optbench::engine {

template <class T>
using HostArray = Kokkos::View<T, Kokkos::LayoutRight, Kokkos::HostSpace>;

struct StudyResult {
  std::int64_t runs = 0;     // K
  std::int64_t records = 0;  // R
  int dim = 0;
  std::vector<std::int64_t> step;      // [R]
  HostArray<double***> params;         // [K, R, dim]
  HostArray<double**> cost;            // [K, R]
  HostArray<double**> grad_norm;       // [K, R]
  HostArray<std::int8_t*> status;      // [K], values of RunStatus
  HostArray<std::int64_t*> stop_step;  // [K]
  std::string backend;
  double seconds = 0.0;                    // median kernel time, fenced, no copies or I/O
  std::vector<double> repetition_seconds;  // every timed launch, in order
  std::int64_t run_steps = 0;              // updates taken over all runs

  // Regression tasks only: the dataset, and per run where and how far from the optimum and
  // the truth the run ended.
  std::optional<landscapes::TaskDataset> dataset;
  std::vector<std::int64_t> stop_epoch;   // [K], 0 when it stopped before training
  std::vector<double> optimality_gap;     // [K], final cost - optimal cost
  std::vector<double> optimum_distance;   // [K], |final parameters - optimum|
  std::vector<double> truth_distance;     // [K], |final parameters - truth|
  std::int64_t samples = 0;               // samples visited in training over all runs
};

// A landscape's values on a study's grid.
struct GridResult {
  std::vector<double> x;      // [nx]
  std::vector<double> y;      // [ny]
  HostArray<double**> value;  // [ny, nx]
  double seconds = 0.0;       // kernel time, fenced
};

}  // namespace optbench::engine

#endif  // OPTBENCH_SUITE_ENGINE_STUDY_RESULT_HPP
