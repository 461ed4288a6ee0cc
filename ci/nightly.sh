#!/usr/bin/env bash
# The nightly pipeline: build, run the nightly scenarios on every backend compiled into the
# build, compare each results file with its committed baseline (trajectories bit for bit,
# throughput with a significance test), rebuild the report and check it against the stored
# manifest. Writes everything under results/nightly/ (JUnit XML and Markdown per backend)
# and exits non-zero on any regression.
#
#   ci/nightly.sh [PRESET]        (default openmp)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-openmp}
ci/build.sh "$preset" optbench
optbench=build/$preset/optbench
out=results/nightly
mkdir -p "$out"
status=0
for backend in $("$optbench" list backends); do
  baseline=scenarios/baselines/nightly-$backend.h5
  candidate=$out/nightly-$backend.h5
  echo "== $backend" >&2
  "$optbench" run scenarios/nightly/*.yaml -o "$candidate" --backend "$backend" --quiet \
    >"$out/run-$backend.txt"
  if [ ! -f "$baseline" ]; then
    echo "nightly: no baseline $baseline for backend $backend; see README (Baselines)" >&2
    status=1
    continue
  fi
  "$optbench" compare "$baseline" "$candidate" --junit "$out/compare-$backend.xml" \
    --markdown "$out/compare-$backend.md" || status=1
done

# The figures are a pure function of the stored data: rebuild them from the baseline and
# check them against the committed manifest.
"$optbench" report scenarios/baselines/nightly-openmp.h5 --check scenarios/baselines/report \
  || status=1
exit $status
