// The corrected twin of host_call_in_kernel.cpp: the same kernel with its function callable on
// the device. It must compile wherever the wrong one is rejected, so that the rejection is the
// host-only call and nothing else (a bad include path, a missing flag).

#include <Kokkos_Core.hpp>

namespace optbench::device_negative {

KOKKOS_INLINE_FUNCTION double halve(double x) { return 0.5 * x; }

void halve_all(const Kokkos::View<double*>& values) {
  Kokkos::parallel_for(
      "halve_all", Kokkos::RangePolicy<>(0, static_cast<int>(values.extent(0))),
      KOKKOS_LAMBDA(const int i) { values(i) = halve(values(i)); });
}

}  // namespace optbench::device_negative
