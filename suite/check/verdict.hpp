#ifndef OPTBENCH_SUITE_CHECK_VERDICT_HPP
#define OPTBENCH_SUITE_CHECK_VERDICT_HPP

// The outcome of one comparison in `optbench compare`, ordered from best to worst so that the
// verdict of a group is the worst of its members'.

#include <algorithm>

namespace optbench::check {

enum class Verdict {
  kPass = 0,        // within the tolerances
  kUncertain = 1,   // cannot be decided from the data (too few repetitions, no significance);
                    // reported, never fails the check
  kRegression = 2,  // fails the check: exit code 1
};

inline const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::kPass: return "pass";
    case Verdict::kUncertain: return "uncertain";
    case Verdict::kRegression: return "regression";
  }
  return "?";
}

inline Verdict worst(Verdict a, Verdict b) {
  return std::max(a, b);
}

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_VERDICT_HPP
