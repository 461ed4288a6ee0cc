#ifndef OPTBENCH_LANDSCAPES_INSTANCE_HPP
#define OPTBENCH_LANDSCAPES_INSTANCE_HPP

// Seeded instances of a landscape, as COCO builds its suites: instance k of a landscape is
// J_k(w) = J(w - shift) + offset, with the shift and the offset drawn from the scenario seed
// and k, so an optimizer tuned to the textbook placement of the minimum is found out.
// Instance 0 is the textbook function (shift 0, offset 0).

#include <Kokkos_Core.hpp>

#include <cstdint>
#include <vector>

#include "landscapes/landscape.hpp"

namespace optbench::landscapes {

// Draws the shift and offset of instance `instance` into spec (instance 0 clears them). The
// shift of each axis is uniform over the range that keeps every known minimum inside the
// domain (shrunk to 80 % of it, so no minimum lands on an edge); the offset is uniform in
// [-100, 100], rounded to hundredths so that it prints exactly.
void draw_instance(LandscapeSpec& spec, const LandscapeInfo& textbook, std::uint64_t seed);

// The description of an instance: minima moved by the shift, their values raised by the
// offset. Identity for instance 0.
LandscapeInfo apply_instance(const LandscapeSpec& spec, LandscapeInfo textbook);

// A compile-time-dimension landscape moved and raised as its spec says.
template <class Landscape>
struct Instance {
  static constexpr int kDim = Landscape::kDim;
  Landscape base;
  // Instance 0 is the textbook function bit for bit without a branch: w - (+0) is w, and
  // J + (-0) is J for every J, -0 included (J + (+0) would turn -0 into +0). Branch-free, the
  // runs of a block share vector instructions.
  double shift[kDim] = {};
  double offset = -0.0;

  static Instance from(const Landscape& base, const LandscapeSpec& spec) {
    Instance instance{base};
    const bool moved = spec.instance != 0;
    for (int i = 0; i < kDim && moved; ++i) instance.shift[i] = spec.shift[i];
    instance.offset = moved ? spec.offset : -0.0;
    return instance;
  }

  template <class Math>
  KOKKOS_INLINE_FUNCTION double value_and_gradient(const double* w, double* g) const {
    double x[kDim];
    for (int i = 0; i < kDim; ++i) x[i] = w[i] - shift[i];
    return base.template value_and_gradient<Math>(x, g) + offset;
  }
};

}  // namespace optbench::landscapes

#endif  // OPTBENCH_LANDSCAPES_INSTANCE_HPP
