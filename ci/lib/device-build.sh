# Shared by ci/cuda-compile-check.sh, ci/hip-compile-check.sh and ci/gpu-check.sh (sourced, run
# from the repository root): build a device preset with its test programs, count them, and the
# deliberately wrong kernel of tests/device_negative/.

# Configures (always, so that an older build/<preset> without tests gets them) and builds every
# target of build/<preset>; Kokkos_ROOT names the device Kokkos. Logs go to stderr.
device_build() {
  local preset=$1
  cmake --preset "$preset" -DOPTBENCH_BUILD_TESTS=ON >&2
  cmake --build "build/$preset" --parallel "$(nproc)" >&2
}

# Prints how many test programs build/<preset> holds, one per tests/**/*_test.cpp; fails when
# one is missing.
count_test_programs() {
  local build=$1 count=0 source program
  while IFS= read -r source; do
    program=$build/tests/$(basename "$source" .cpp)
    if [ ! -x "$program" ]; then
      echo "device build: $program was not built" >&2
      return 1
    fi
    count=$((count + 1))
  done < <(find tests -name '*_test.cpp')
  echo "$count"
}

# Compiles tests/device_negative/: the corrected kernel must build and the wrong one must fail
# on the host-only call (its first error names the function, `halve`). Prints that error line,
# without the directories; fails otherwise, with the compiler's output on stderr.
wrong_kernel_check() {
  local build=$1 log
  log=$(mktemp)
  if ! cmake --build "$build" --target host_call_in_kernel_fixed >"$log" 2>&1; then
    cat "$log" >&2
    echo "wrong-kernel check: the corrected twin does not compile in $build" >&2
    rm -f "$log"
    return 1
  fi
  if cmake --build "$build" --target host_call_in_kernel >"$log" 2>&1; then
    echo "wrong-kernel check: a host-only function called in a kernel compiled in $build" >&2
    rm -f "$log"
    return 1
  fi
  local error
  error=$(grep -m 1 -i 'error' "$log" | sed 's#^.*/tests/device_negative/#tests/device_negative/#')
  if [[ $error != *halve* ]]; then
    cat "$log" >&2
    echo "wrong-kernel check: the compile failed, but not on the host-only call" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  echo "$error"
}
