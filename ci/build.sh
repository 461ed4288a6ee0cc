#!/usr/bin/env bash
# Sets up the machine (ci/bootstrap.sh) and builds optbench with a CMake preset (default
# openmp) into build/<preset>/. A second call rebuilds only what changed.
#
#   ci/build.sh [PRESET] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-openmp}
shift || true
Kokkos_ROOT=$(ci/bootstrap.sh)
export Kokkos_ROOT
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
  cmake --preset "$preset" -DKokkos_ROOT="$Kokkos_ROOT" >&2
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "build/$preset" --parallel "$(nproc)" "${targets[@]}" >&2
