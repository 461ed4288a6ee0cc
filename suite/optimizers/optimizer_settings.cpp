#include "suite/optimizers/optimizer_settings.hpp"

namespace optbench::optimizers {

const char* to_string(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::kGd: return "gd";
    case OptimizerKind::kMomentum: return "momentum";
    case OptimizerKind::kRmsprop: return "rmsprop";
    case OptimizerKind::kAdam: return "adam";
  }
  return "?";
}

const char* to_string(Convention convention) {
  switch (convention) {
    case Convention::kArticle: return "article";
  }
  return "?";
}

const char* to_string(ScheduleKind kind) {
  switch (kind) {
    case ScheduleKind::kConstant: return "constant";
    case ScheduleKind::kInverseTime: return "inverse_time";
  }
  return "?";
}

}  // namespace optbench::optimizers
