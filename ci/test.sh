#!/usr/bin/env bash
# Sets up, builds everything with its tests, checks that g++ and clang++ builds give the
# same bits (ci/cross-check.sh), and runs every test through ctest; then compiles optbench
# and its test programs for CUDA and for HIP, which needs no GPU (ci/cuda-compile-check.sh,
# ci/hip-compile-check.sh). Prints ctest's summary and one line per device build, and exits
# non-zero when any check or test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

ci/build.sh openmp
ci/cross-check.sh
(cd build/openmp && ctest --output-on-failure --parallel "$(nproc)" --timeout 300)
ci/cuda-compile-check.sh
ci/hip-compile-check.sh
