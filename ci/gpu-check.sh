#!/usr/bin/env bash
# Checks optbench on this machine's GPU, end to end: finds the GPU and its architecture
# (nvidia-smi or rocminfo), builds Kokkos for it (ci/bootstrap.sh) and optbench with its tests
# (cuda or hip preset), runs the test suite on the device backend, runs the nightly scenarios
# on the device and compares them with the CPU baselines (bit for bit in portable math), runs
# `optbench bench` where the build has it, and ends with a short verdict on stdout. Everything
# it writes goes under one folder; progress goes to stderr.
#
#   ci/gpu-check.sh [-o DIR] [--gpu nvidia:CC|amd:GFX] [--dry-run]
#
#   -o DIR      output folder (default results/gpu-check-<date>-<time>)
#   --gpu       the GPU instead of detecting it: nvidia:9.0 (compute capability), amd:gfx90a
#   --dry-run   print each step and its commands, run and write nothing; without a GPU the
#               steps shown are those for nvidia:9.0
#
# Exit codes: 0 everything passed, 1 a step failed, 2 bad usage or no GPU this build supports.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/lib/device-build.sh

usage="usage: ci/gpu-check.sh [-o DIR] [--gpu nvidia:CC|amd:GFX] [--dry-run]"
dry_run=0
out=results/gpu-check-$(date +%Y%m%d-%H%M%S)
gpu=
while [ $# -gt 0 ]; do
  case $1 in
    -o) out=${2:?$usage}; shift 2 ;;
    --gpu) gpu=${2:?$usage}; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    *) echo "gpu-check: unknown argument '$1'; $usage" >&2; exit 2 ;;
  esac
done
out=$(realpath -m "$out")  # ctest resolves relative paths from the build folder

# Progress: stderr when running; stdout in a dry run, where the steps are the output.
say() {
  if [ $dry_run -eq 1 ]; then echo "$*"; else echo "$*" >&2; fi
}

# --- the GPU ------------------------------------------------------------------------------
gpu_name=
if [ -z "$gpu" ]; then
  say "step 1: detect the GPU"
  say "  \$ nvidia-smi --query-gpu=name,compute_cap --format=csv,noheader"
  say "  \$ rocminfo"
  if command -v nvidia-smi >/dev/null &&
    line=$(nvidia-smi --query-gpu=name,compute_cap --format=csv,noheader 2>/dev/null | head -n 1) &&
    [ -n "$line" ]; then
    gpu_name=${line%,*}
    gpu=nvidia:$(echo "${line##*,}" | tr -d ' ')
  elif command -v rocminfo >/dev/null &&
    arch=$(rocminfo 2>/dev/null | grep -m 1 -o 'gfx[0-9a-f]*') && [ -n "$arch" ]; then
    gpu_name=$(rocminfo | awk '/^ *Name: *gfx/ { gpu = 1 }
      gpu && /Marketing Name:/ { sub(/^ *Marketing Name: */, ""); print; exit }')
    gpu=amd:$arch
  elif [ $dry_run -eq 1 ]; then
    say "  no GPU found; the steps below are those for nvidia:9.0 (H100, H200)"
    gpu=nvidia:9.0
  else
    echo "gpu-check: no GPU found (neither nvidia-smi nor rocminfo lists one)" >&2
    exit 2
  fi
else
  say "step 1: detect the GPU (skipped: --gpu $gpu)"
fi
label=$gpu
[ -n "$gpu_name" ] && label="$gpu_name ($gpu)"

case $gpu in
  nvidia:*)
    capability=${gpu#nvidia:}
    if ! [[ $capability =~ ^[0-9]+\.[0-9]+$ ]] || [ "${capability%.*}" -lt 8 ]; then
      echo "gpu-check: compute capability '$capability': the CUDA Kokkos of ci/bootstrap.sh" \
        "has code for sm_80 and sm_90, which runs on compute capability 8.0 and newer" >&2
      exit 2
    fi
    backend=cuda
    arch="sm_80 and sm_90 code; this GPU is sm_${capability/./}"
    bootstrap=(ci/bootstrap.sh --backend cuda)
    export CUDA_ROOT=${CUDA_ROOT:-/usr/local/cuda}
    export PATH=$CUDA_ROOT/bin:$PATH
    ;;
  amd:*)
    arch=${gpu#amd:}
    case $arch in
      gfx90a | gfx908 | gfx906 | gfx900) ;;
      *) echo "gpu-check: $arch: Kokkos 3.4.1 with Debian's hipcc 5.2 builds for gfx90a, gfx908," \
           "gfx906 and gfx900 only" >&2
         exit 2 ;;
    esac
    backend=hip
    bootstrap=(ci/bootstrap.sh --backend hip --arch "$arch")
    # hipcc asks the machine's GPU for a target when its command line names none (links).
    export HCC_AMDGPU_TARGET=$arch
    ;;
  *) echo "gpu-check: --gpu '$gpu' is neither nvidia:CC nor amd:GFX; $usage" >&2; exit 2 ;;
esac
build=build/$backend
optbench=$build/optbench
say "  GPU: $label, backend $backend, output $out/"

# --- the steps ----------------------------------------------------------------------------
number=1
failed=()
seconds=()
# step [--differs-is-ok] NAME LOG COMMAND...: shows the command; unless --dry-run, runs it with
# its stdout and stderr in $out/LOG and records its time. Returns the command's status; a
# failure is one for the verdict, except exit 1 (a difference found) with --differs-is-ok.
step() {
  local differs_is_ok=0
  if [ "$1" = --differs-is-ok ]; then differs_is_ok=1; shift; fi
  local name=$1 log=$2
  shift 2
  number=$((number + 1))
  say "step $number: $name"
  say "  \$ $(printf '%q ' "$@")>$out/$log 2>&1"
  [ $dry_run -eq 1 ] && return 0
  local start=$SECONDS status=0
  "$@" >"$out/$log" 2>&1 || status=$?
  seconds+=("$name $((SECONDS - start)) s")
  if [ $status -gt $differs_is_ok ]; then
    failed+=("$name")
    echo "  failed (exit $status); see $out/$log" >&2
  fi
  return $status
}

# Compares the nightly results with every CPU baseline and judges the differences.
compare_nightly() {
  local junits=() baseline cpu
  for baseline in scenarios/baselines/nightly-*.h5; do
    cpu=$(basename "$baseline" .h5)
    cpu=${cpu#nightly-}
    # Exits 1 for a difference of any kind; the next step sorts them out.
    step --differs-is-ok "compare with the $cpu baseline" "compare-$cpu.txt" \
      "$optbench" compare "$baseline" "$out/nightly-$backend.h5" \
      --junit "$out/compare-$cpu.xml" --markdown "$out/compare-$cpu.md" || true
    junits+=("$out/compare-$cpu.xml")
  done
  # Portable-math studies must match bit for bit; native-math ones use the device's own math
  # library and throughput on another device is no regression: both are reported, not judged.
  if step "judge the comparisons" nightly-verdict.txt \
    /usr/bin/python3 ci/gpu_compare_verdict.py "$out/nightly-$backend.h5" "${junits[@]}"; then
    nightly_line="ok"
  else
    nightly_line="FAILED"
  fi
  if [ $dry_run -eq 0 ]; then
    nightly_line="$nightly_line: $(head -n 1 "$out/nightly-verdict.txt")"
  fi
}

if [ $dry_run -eq 0 ]; then
  mkdir -p "$out"
  { nvidia-smi 2>/dev/null || rocminfo 2>/dev/null || true; } >"$out/gpu.txt"
fi
total_start=$SECONDS

step "build Kokkos for $backend ($arch)" bootstrap.log "${bootstrap[@]}" || true
if [ $dry_run -eq 1 ]; then
  Kokkos_ROOT='<the prefix printed by the step before>'
else
  Kokkos_ROOT=$(tail -n 1 "$out/bootstrap.log")
fi
export Kokkos_ROOT
say "  then: export Kokkos_ROOT=$Kokkos_ROOT"

built=0
if step "configure optbench (preset $backend)" configure.log \
  cmake --preset "$backend" -DOPTBENCH_BUILD_TESTS=ON &&
  step "build optbench and its tests" build.log \
    cmake --build "$build" --parallel "$(nproc)"; then
  built=1
fi

tests_line="not run (no build)"
nightly_line="not run (no build)"
bench_line="not run (no build)"
if [ $built -eq 1 ] || [ $dry_run -eq 1 ]; then
  # GoogleTest programs run on Kokkos's default execution space, the GPU in this build; the
  # pytest tests drive this build's optbench, whose default backend is the GPU's.
  step "run the test suite on $backend" ctest.log \
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 300 \
    --output-junit "$out/ctest.xml" || true
  if [ $dry_run -eq 0 ]; then
    tests_line=$(grep -E 'tests passed|tests failed' "$out/ctest.log" | tail -n 1 || true)
  fi

  if step "run the nightly scenarios on $backend" nightly-run.txt \
    "$optbench" run scenarios/nightly/*.yaml -o "$out/nightly-$backend.h5" \
    --backend "$backend" --quiet; then
    compare_nightly
  else
    nightly_line="FAILED: the run failed, see $out/nightly-run.txt"
  fi

  number=$((number + 1))
  say "step $number: does this build have optbench bench (still being written)?"
  say "  \$ $optbench bench --help"
  # Without the subcommand, the program's own help answers (exit 0): look for bench's usage.
  if [ $dry_run -eq 1 ] || { "$optbench" bench --help >"$out/bench-help.txt" 2>&1 &&
    grep -q '^Usage: .* bench ' "$out/bench-help.txt"; }; then
    # The throughput scenarios where they exist, else the command's own choice.
    throughput=()
    for scenario in scenarios/throughput/*.yaml; do
      [ -f "$scenario" ] && throughput+=("$scenario")
    done
    bench=("$optbench" bench "${throughput[@]}" -o "$out/bench-$backend.h5")
    if [ $dry_run -eq 1 ] || grep -q -- '--backend' "$out/bench-help.txt"; then
      bench+=(--backend "$backend")
    fi
    # Bounded, so that the whole check stays within minutes.
    if step "run optbench bench on $backend" bench.txt timeout 120 "${bench[@]}"; then
      bench_line="ok: $out/bench-$backend.h5"
    else
      bench_line="FAILED: see $out/bench.txt"
    fi
  else
    say "  skipped: optbench bench --help does not describe a bench command"
    bench_line="skipped: this build has no bench command"
  fi
fi

if [ $dry_run -eq 1 ]; then
  say "step $((number + 1)): print the verdict (also in $out/verdict.txt)"
  exit 0
fi

total=$((SECONDS - total_start))
{
  echo "gpu check: $label, backend $backend"
  echo "  build    $([ $built -eq 1 ] && echo ok || echo FAILED): $("$optbench" info 2>/dev/null |
    sed -n 's/^compiler *//p' || true)"
  echo "  tests    ${tests_line:-see $out/ctest.log}"
  echo "  nightly  $nightly_line"
  echo "  bench    $bench_line"
  echo "  times    $(IFS=';'; echo "${seconds[*]}" | sed 's/;/; /g'); total $total s"
  if [ ${#failed[@]} -eq 0 ]; then
    echo "verdict: PASS (everything under $out/)"
  else
    echo "verdict: FAIL ($(IFS=','; echo "${failed[*]}" | sed 's/,/, /g'); see $out/)"
  fi
} | tee "$out/verdict.txt"
[ ${#failed[@]} -eq 0 ]
