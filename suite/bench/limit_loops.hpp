#ifndef OPTBENCH_SUITE_BENCH_LIMIT_LOOPS_HPP
#define OPTBENCH_SUITE_BENCH_LIMIT_LOOPS_HPP

// The practical limit: plain fused C++ loops (no Kokkos dispatch, no Views, no records, no
// stop rule) doing the arithmetic of the engine in the same order with the same portable
// math, compiled with the same flags. optbench's throughput is reported as a ratio to these.
//
// Trajectory loops keep a block of runs in local arrays and step the whole block together,
// so that independent runs fill the pipeline and the compiler can vectorise across them;
// this is the fastest plain layout measured here, and the honest target for the engine.
// threads == 0: the serial loop, no OpenMP at all; threads >= 1: an OpenMP loop over blocks
// (or grid rows) with that many threads.

#include "suite/bench/problem.hpp"

namespace optbench::bench {

// Whether the loops were compiled with OpenMP (CPU builds); without it only threads == 0
// is a measurement of its own.
bool limit_loops_have_openmp();

// Adam (article convention, constant learning rate) on 2-D Rosenbrock: K runs of T steps.
void limit_adam_rosenbrock(const Problem& problem, int threads, FinalState& out);

// Gradient descent (constant learning rate) on 2-D Rosenbrock.
void limit_gd_rosenbrock(const Problem& problem, int threads, FinalState& out);

// Mini-batch gradient descent on a one-feature line fit: every run through every epoch in
// the documented sample orders (landscapes/regression/epoch_order.hpp, drawn here once per
// epoch for all runs), with the full-data cost and gradient at each epoch end as the engine
// evaluates them. One run at a time: the sums follow the samples' order.
void limit_gd_linear_regression(const Problem& problem, int threads, FinalState& out);

// The 2-D Ackley function (portable math) on the grid x * y, row-major [ny, nx].
void limit_ackley_grid(const Problem& problem, int threads, FinalState& out);

}  // namespace optbench::bench

#endif  // OPTBENCH_SUITE_BENCH_LIMIT_LOOPS_HPP
