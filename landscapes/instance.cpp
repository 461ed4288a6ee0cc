#include "landscapes/instance.hpp"

#include <algorithm>
#include <cmath>

#include "backends/philox.hpp"

namespace optbench::landscapes {
namespace {

// Uniform numbers for instance k of a landscape: stream from the landscape's name, index
// from k and the draw, so instances of different landscapes are independent.
double instance_uniform(const LandscapeSpec& spec, std::uint64_t seed, std::uint64_t draw) {
  double first = 0.0;
  double second = 0.0;
  const std::uint64_t index = (static_cast<std::uint64_t>(spec.instance) << 20) | draw;
  random::uniform_pair(seed, random::name_hash(("instance:" + spec.name).c_str()), index, first,
                       second);
  return first;
}

}  // namespace

void draw_instance(LandscapeSpec& spec, const LandscapeInfo& textbook, std::uint64_t seed) {
  spec.shift.clear();
  spec.offset = 0.0;
  if (spec.instance == 0) return;
  for (int i = 0; i < textbook.dim; ++i) {
    double low = textbook.domain[i].low;
    double high = textbook.domain[i].high;
    const double margin = 0.1 * (high - low);
    double shift_low = -(high - low);
    double shift_high = high - low;
    for (const auto& minimum : textbook.minima) {
      shift_low = std::max(shift_low, low + margin - minimum.location[i]);
      shift_high = std::min(shift_high, high - margin - minimum.location[i]);
    }
    if (shift_high < shift_low) shift_low = shift_high = 0.0;  // minima span the domain
    const double u = instance_uniform(spec, seed, static_cast<std::uint64_t>(i));
    spec.shift.push_back(shift_low + (shift_high - shift_low) * u);
  }
  const double u = instance_uniform(spec, seed, static_cast<std::uint64_t>(textbook.dim));
  spec.offset = std::round(20000.0 * u - 10000.0) / 100.0;
}

LandscapeInfo apply_instance(const LandscapeSpec& spec, LandscapeInfo info) {
  if (spec.instance == 0 || spec.shift.empty()) return info;  // textbook, or not drawn yet
  for (auto& minimum : info.minima) {
    for (std::size_t i = 0; i < minimum.location.size(); ++i) {
      minimum.location[i] += spec.shift[i];
    }
    minimum.value += spec.offset;
  }
  return info;
}

}  // namespace optbench::landscapes
