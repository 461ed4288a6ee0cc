#ifndef OPTBENCH_SUITE_ENGINE_FLATTEN_HPP
#define OPTBENCH_SUITE_ENGINE_FLATTEN_HPP

// OPTBENCH_FLATTEN on a kernel's operator() inlines every call in its body, recursively, on
// host compilers (g++, clang++). Their heuristics otherwise keep large landscape functions
// and the stop rule out of line: a call per run and step, values forced through memory, and
// work on results nobody reads (a grid evaluates the gradient it throws away). Inlining
// changes no bits: contraction is off and nothing is reassociated. Device passes of nvcc and
// hipcc inline on their own and do not take the attribute.

#if (defined(__GNUC__) || defined(__clang__)) && !defined(__CUDA_ARCH__) && \
    !defined(__HIP_DEVICE_COMPILE__)
#define OPTBENCH_FLATTEN __attribute__((flatten))
#else
#define OPTBENCH_FLATTEN
#endif

#endif  // OPTBENCH_SUITE_ENGINE_FLATTEN_HPP
