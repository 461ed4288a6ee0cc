#!/usr/bin/env bash
# Reproducibility across compilers, instruction sets, backends and thread counts: builds
# optbench with g++ (preset openmp), g++ for this machine's instruction set (preset native,
# -march=native) and clang++ (preset clang), runs the nightly scenarios with each on Serial and
# on OpenMP with one and two threads, and requires every trajectory dataset to be identical bit
# for bit to the g++ Serial run.
set -euo pipefail
cd "$(dirname "$0")/.."

ci/build.sh openmp optbench
ci/build.sh native optbench
ci/build.sh clang optbench
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
runs=()
for compiler in openmp native clang; do
  for setting in "serial 1" "openmp 1" "openmp 2"; do
    set -- $setting
    file=$out/$compiler-$1-$2.h5
    build/$compiler/optbench run scenarios/nightly/*.yaml -o "$file" --backend "$1" \
      --threads "$2" --quiet >/dev/null
    runs+=("$file")
  done
done
echo "cross-compiler check: g++, g++ -march=native and clang++, serial and openmp, 1 and 2 threads" >&2
/usr/bin/python3 ci/identical_results.py "${runs[@]}"
