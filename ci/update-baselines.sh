#!/usr/bin/env bash
# Regenerates scenarios/baselines/: the nightly scenarios run on every backend compiled into
# the build, and the manifest of the report built from the OpenMP baseline. Run it on the
# machine the nightly job runs on, and only when a change is meant to alter results (a new
# or changed nightly scenario, a deliberate change of an update rule or a landscape) or the
# timings (new hardware); say why in the commit that carries the new files.
#
#   ci/update-baselines.sh [PRESET]   (default openmp)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-openmp}
ci/build.sh "$preset" optbench
optbench=build/$preset/optbench
for backend in $("$optbench" list backends); do
  "$optbench" run scenarios/nightly/*.yaml -o "scenarios/baselines/nightly-$backend.h5" \
    --backend "$backend" --quiet
done
rm -rf scenarios/baselines/report.new
"$optbench" report scenarios/baselines/nightly-openmp.h5 -o scenarios/baselines/report.new \
  --quiet
# Only the manifest is kept: it holds the SHA-256 of every figure, which is what --check needs.
mkdir -p scenarios/baselines/report
mv scenarios/baselines/report.new/manifest.json scenarios/baselines/report/manifest.json
rm -rf scenarios/baselines/report.new
du -sh scenarios/baselines
