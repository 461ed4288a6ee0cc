#!/usr/bin/env bash
# Compiles optbench and every test program for AMD GPUs (Debian's hipcc 5.2, gfx90a,
# -ffp-contract=off, warnings as errors for optbench's own code) against Kokkos 3.4.1 built by
# `ci/bootstrap.sh --backend hip`, then checks that hipcc rejects a host-only function called in
# a kernel and accepts its corrected twin (tests/device_negative/). Needs no GPU: the test
# programs are compiled, not run. Builds into build/hip/. Prints one line saying what was
# built; logs go to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/lib/device-build.sh

arch=gfx90a
start=$SECONDS
# Always the bootstrap's HIP Kokkos, whatever Kokkos_ROOT the caller builds with.
Kokkos_ROOT=$(env -u Kokkos_ROOT ci/bootstrap.sh --backend hip --arch "$arch")
# hipcc asks the machine's GPU for a target when its command line names none (links).
export Kokkos_ROOT HCC_AMDGPU_TARGET=$arch
device_build hip
programs=$(count_test_programs build/hip)
error=$(wrong_kernel_check build/hip)
version=$(hipcc --version | sed -n 's/^HIP version: \([0-9.]*\).*/\1/p')
clang=$(hipcc --version | sed -n 's/.*clang version \([0-9.]*\).*/\1/p')
echo "hip compile check: optbench and $programs test programs built for $arch with" \
  "hipcc $version (clang $clang) in $((SECONDS - start)) s; the wrong kernel fails as it must:" \
  "$error"
