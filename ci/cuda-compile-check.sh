#!/usr/bin/env bash
# Compiles optbench for CUDA (sm_80 and sm_90, nvcc with --fmad=false, warnings as errors)
# against Kokkos 3.4.1 built by `ci/bootstrap.sh --backend cuda`. Needs the CUDA toolkit
# (CUDA_ROOT, default /usr/local/cuda), not a GPU: a host-only function called in a kernel, a
# lambda capturing `this` or a host pointer fails here instead of on a device. Builds the
# `optbench` program into build/cuda/ (the test programs are not compiled for CUDA yet).
set -euo pipefail
cd "$(dirname "$0")/.."

ci/bootstrap.sh >/dev/null
Kokkos_ROOT=$(ci/bootstrap.sh --backend cuda)
export Kokkos_ROOT PATH=${CUDA_ROOT:-/usr/local/cuda}/bin:$PATH
if [ ! -f build/cuda/CMakeCache.txt ]; then
  cmake --preset cuda -DOPTBENCH_BUILD_TESTS=OFF >&2
fi
cmake --build build/cuda --target optbench --parallel "$(nproc)" >&2
echo "cuda compile check: optbench built for sm_80 and sm_90 with $(nvcc --version | tail -n 2 | head -n 1)"
