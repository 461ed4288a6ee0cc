#!/usr/bin/env bash
# Compiles optbench and every test program for CUDA (nvcc through Kokkos's nvcc_wrapper,
# --fmad=false, sm_80 and sm_90, warnings as errors for optbench's own code) against Kokkos 3.4.1
# built by `ci/bootstrap.sh --backend cuda`, then checks that nvcc rejects a host-only function
# called in a kernel and accepts its corrected twin (tests/device_negative/). Needs the CUDA
# toolkit (CUDA_ROOT, default /usr/local/cuda), not a GPU: the test programs are compiled, not
# run. Builds into build/cuda/. Without the toolkit (NVIDIA's, not in Debian's archive) it says
# so and exits 0. Prints one line saying what was built; logs go to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/lib/device-build.sh

cuda_root=${CUDA_ROOT:-/usr/local/cuda}
if [ ! -x "$cuda_root/bin/nvcc" ]; then
  echo "cuda compile check: skipped, no nvcc in $cuda_root/bin (set CUDA_ROOT)"
  exit 0
fi
start=$SECONDS
# Always the bootstrap's CUDA Kokkos, whatever Kokkos_ROOT the caller builds with.
Kokkos_ROOT=$(env -u Kokkos_ROOT ci/bootstrap.sh --backend cuda)
export Kokkos_ROOT CUDA_ROOT=$cuda_root PATH=$cuda_root/bin:$PATH
device_build cuda
programs=$(count_test_programs build/cuda)
error=$(wrong_kernel_check build/cuda)
version=$(nvcc --version | sed -n 's/.*release .*, V\([0-9.]*\).*/\1/p')
echo "cuda compile check: optbench and $programs test programs built for sm_80, sm_90 with" \
  "nvcc $version in $((SECONDS - start)) s; the wrong kernel fails as it must: $error"
