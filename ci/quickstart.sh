#!/usr/bin/env bash
# The main job: set up, build (Release), run every seed scenario of the article into
# results/seed.h5, and rebuild its figures from that file alone into results/seed-report/.
# The optbench binary lands at build/openmp/optbench.
set -euo pipefail
cd "$(dirname "$0")/.."

ci/build.sh openmp optbench
mkdir -p results
build/openmp/optbench run scenarios/seed/*.yaml -o results/seed.h5
build/openmp/optbench info results/seed.h5
build/openmp/optbench report results/seed.h5 -o results/seed-report
