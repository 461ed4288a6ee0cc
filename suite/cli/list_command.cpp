#include <fmt/core.h>

#include <iterator>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "landscapes/regression/task_spec.hpp"
#include "landscapes/registry.hpp"
#include "suite/cli/commands.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/json_text.hpp"

namespace optbench::cli {
namespace {

std::string point_text(const std::vector<double>& point) {
  std::string text = "(";
  for (std::size_t i = 0; i < point.size(); ++i) {
    text += fmt::format("{}{:.10g}", i == 0 ? "" : ", ", point[i]);
  }
  return text + ")";
}

std::string domain_text(const landscapes::LandscapeInfo& info) {
  std::string text;
  for (const auto& interval : info.domain) {
    text += fmt::format("{}[{:g}, {:g}]", text.empty() ? "" : " x ", interval.low, interval.high);
  }
  return text;
}

void print_landscapes_text() {
  for (const auto& info : landscapes::describe_all()) {
    std::string parameters;
    for (const auto& p : info.parameters) parameters += (parameters.empty() ? "" : ", ") + p;
    const std::string dims =
        landscapes::max_dimension(info) > info.dim
            ? fmt::format("N-D, dim {}..{}", info.dim, landscapes::max_dimension(info))
            : fmt::format("{}-D", info.dim);
    fmt::print("{} ({}){}\n", info.name, dims,
               parameters.empty() ? "" : "  parameters: " + parameters);
    fmt::print("  J = {}\n  domain {}\n", info.formula, domain_text(info));
    for (const auto& minimum : info.minima) {
      fmt::print("  minimum J{} = {:.17g}\n", point_text(minimum.location), minimum.value);
    }
    fmt::print("  source: {}\n", info.source);
  }
}

void print_landscapes_json() {
  const auto infos = landscapes::describe_all();
  fmt::print("[\n");
  for (std::size_t n = 0; n < infos.size(); ++n) {
    const auto& info = infos[n];
    std::string domain, minima, parameters;
    for (const auto& i : info.domain) {
      domain += fmt::format("{}[{}, {}]", domain.empty() ? "" : ", ", json_number(i.low),
                            json_number(i.high));
    }
    for (const auto& m : info.minima) {
      std::string location;
      for (const double x : m.location) {
        location += (location.empty() ? "" : ", ") + json_number(x);
      }
      minima += fmt::format("{}{{\"location\": [{}], \"value\": {}}}", minima.empty() ? "" : ", ",
                            location, json_number(m.value));
    }
    for (const auto& p : info.parameters) {
      parameters += (parameters.empty() ? "" : ", ") + json_string(p);
    }
    fmt::print(
        "  {{\"name\": {}, \"dim\": {}, \"max_dim\": {}, \"formula\": {}, \"domain\": [{}], "
        "\"minima\": [{}], \"source\": {}, \"parameters\": [{}]}}{}\n",
        json_string(info.name), info.dim, landscapes::max_dimension(info),
        json_string(info.formula), domain, minima, json_string(info.source), parameters,
        n + 1 < infos.size() ? "," : "");
  }
  fmt::print("]\n");
}

struct OptimizerRow {
  const char* name;
  std::vector<const char*> keys;  // with their defaults
  const char* rule;
};

const std::vector<OptimizerRow>& optimizer_rows() {
  static const std::vector<OptimizerRow> rows = {
      {"gd", {"learning_rate"}, "w -= a g"},
      {"momentum", {"learning_rate", "beta=0.9"}, "v = b v + (1-b) g; w -= a v"},
      {"rmsprop",
       {"learning_rate", "beta=0.9", "epsilon=1e-8"},
       "s = b s + (1-b) g^2; w -= a g / (sqrt(s) + eps)"},
      {"adam",
       {"learning_rate", "beta1=0.9", "beta2=0.999", "epsilon=1e-8"},
       "Kingma & Ba with bias correction 1 - b^t"},
  };
  return rows;
}

// Keys every optimizer takes besides its own.
constexpr const char* kCommonKeys[] = {"convention=article",
                                       "schedule={kind: constant | inverse_time, rate: r}"};

void print_optimizers(bool json) {
  const auto& rows = optimizer_rows();
  if (json) fmt::print("[\n");
  for (std::size_t n = 0; n < rows.size(); ++n) {
    std::vector<const char*> keys = rows[n].keys;
    keys.insert(keys.end(), std::begin(kCommonKeys), std::end(kCommonKeys));
    std::string list;
    for (const char* key : keys) {
      list += (list.empty() ? "" : json ? ", " : "; ") + (json ? json_string(key) : key);
    }
    if (json) {
      fmt::print("  {{\"name\": {}, \"keys\": [{}], \"rule\": {}}}{}\n", json_string(rows[n].name),
                 list, json_string(rows[n].rule), n + 1 < rows.size() ? "," : "");
    } else {
      fmt::print("{:<9} {}\n          keys: {}\n", rows[n].name, rows[n].rule, list);
    }
  }
  if (json) fmt::print("]\n");
}

void print_tasks(bool json) {
  const auto kinds = landscapes::describe_task_kinds();
  if (json) fmt::print("[\n");
  for (std::size_t n = 0; n < kinds.size(); ++n) {
    std::string keys;
    for (const auto& key : kinds[n].keys) {
      keys += (keys.empty() ? "" : json ? ", " : "; ") + (json ? json_string(key) : key);
    }
    if (json) {
      fmt::print("  {{\"name\": {}, \"keys\": [{}], \"model\": {}}}{}\n",
                 json_string(kinds[n].name), keys, json_string(kinds[n].model),
                 n + 1 < kinds.size() ? "," : "");
    } else {
      fmt::print("{:<18} {}\n  keys: {}\n", kinds[n].name, kinds[n].model, keys);
    }
  }
  if (json) fmt::print("]\n");
}

}  // namespace

int list_command(const ListOptions& options) {
  const bool json = options.format == "json";
  if (options.what == "landscapes") {
    json ? print_landscapes_json() : print_landscapes_text();
  } else if (options.what == "tasks") {
    print_tasks(json);
  } else if (options.what == "optimizers") {
    print_optimizers(json);
  } else {
    const auto names = backends::compiled_backends();
    std::string quoted;
    for (const auto& name : names) quoted += (quoted.empty() ? "" : ", ") + json_string(name);
    if (json) {
      fmt::print("[{}]\n", quoted);
    } else {
      for (const auto& name : names) fmt::print("{}\n", name);
    }
  }
  return kExitOk;
}

}  // namespace optbench::cli
