#!/usr/bin/env bash
# Sets up, builds everything with its tests, and runs every test through ctest. Prints
# ctest's summary and exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

ci/build.sh openmp
cd build/openmp
ctest --output-on-failure --parallel "$(nproc)" --timeout 300
