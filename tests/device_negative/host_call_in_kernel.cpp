// Deliberately wrong: a kernel calls a function that exists on the host only. Device compilers
// must reject this file; host_call_in_kernel_fixed.cpp, its corrected twin, must compile.
// Checked by ci/device-negative-check.sh; not part of any build's `all`.

#include <Kokkos_Core.hpp>

namespace optbench::device_negative {

double halve(double x) { return 0.5 * x; }

void halve_all(const Kokkos::View<double*>& values) {
  Kokkos::parallel_for(
      "halve_all", Kokkos::RangePolicy<>(0, static_cast<int>(values.extent(0))),
      KOKKOS_LAMBDA(const int i) { values(i) = halve(values(i)); });
}

}  // namespace optbench::device_negative
