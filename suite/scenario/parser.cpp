#include "suite/scenario/parser.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "landscapes/instance.hpp"
#include "suite/scenario/diagnostics.hpp"
#include "suite/scenario/init_points.hpp"
#include "suite/scenario/map_reader.hpp"
#include "suite/scenario/overrides.hpp"
#include "suite/scenario/rules.hpp"
#include "suite/scenario/run_order.hpp"
#include "suite/scenario/study_reader.hpp"
#include "suite/scenario/yaml_document.hpp"

namespace optbench::scenario {
namespace {

const std::vector<std::string> kTopKeys = {"name",  "description", "seed", "backend",    "record",
                                           "check", "studies",     "math", "repetitions"};
const std::vector<std::string> kBackends = {"default", "serial", "openmp",
                                            "threads", "cuda",   "hip"};

struct CloseFile {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// Everything the scenario says besides its studies, read into `scenario`.
void read_top_keys(Reader& reader, MapReader& map, Scenario& scenario) {
  if (const MapEntry* name = map.require("name")) {
    if (auto value = reader.name(name->value)) scenario.name = *value;
  }
  if (const MapEntry* description = map.find("description")) {
    if (!description->value.node.IsNull()) {
      if (auto text = reader.text(description->value, "a text")) scenario.description = *text;
    }
  }
  if (const MapEntry* seed = map.find("seed")) {
    if (auto value = reader.unsigned_integer(seed->value)) scenario.seed = *value;
  }
  if (const MapEntry* backend = map.find("backend")) {
    if (auto value = reader.choice(backend->value, kBackends, "backend")) {
      scenario.backend = *value;
    }
  }
  if (const MapEntry* check = map.find("check")) {
    if (auto rule = read_check(reader, check->value)) scenario.check = *rule;
  }
}

std::vector<StudyDraft> read_studies(Reader& reader, MapReader& map,
                                     const RecordRule& default_record) {
  std::vector<StudyDraft> drafts;
  const MapEntry* studies = map.require("studies");
  if (studies == nullptr) return drafts;
  const auto items = reader.list(studies->value, "a non-empty list of studies");
  if (!items) return drafts;
  for (const auto& item : *items) {
    drafts.push_back(read_study(reader, item, default_record));
    const StudyDraft& draft = drafts.back();
    if (!draft.name_at) continue;
    for (std::size_t i = 0; i + 1 < drafts.size(); ++i) {
      if (!drafts[i].name_at || drafts[i].study.name != draft.study.name) continue;
      const YAML::Mark first = drafts[i].name_at->node.Mark();
      const std::string where = first.is_null() || drafts[i].name_at->from_set >= 0
                                    ? ""
                                    : fmt::format("; first used on line {}", first.line + 1);
      reader.report(*draft.name_at,
                    fmt::format("duplicate study name '{}'{}", draft.study.name, where));
      break;
    }
  }
  return drafts;
}

// Turns checked drafts into studies with their runs, their math mode and their landscape
// instance drawn from the scenario's seed.
void expand_studies(std::vector<StudyDraft>& drafts, MathMode math, int repetitions,
                    Scenario& scenario) {
  for (auto& draft : drafts) {
    if (!draft.init || !draft.info) {
      throw std::logic_error("scenario parser: study '" + draft.study.name +
                             "' passed its checks without a landscape or initial points");
    }
    const auto points = make_points(*draft.init, *draft.info, scenario.seed, draft.study.name);
    draft.study.runs = expand_runs(draft.optimizers, draft.sweep, draft.batch_sizes, points);
    draft.study.math = draft.math.value_or(math);
    draft.study.repetitions = draft.repetitions.value_or(repetitions);
    if (draft.study.task) {
      if (!draft.task_seed_given) draft.study.task->seed = scenario.seed;
    } else {
      landscapes::draw_instance(draft.study.landscape, *draft.info, scenario.seed);
    }
    scenario.studies.push_back(std::move(draft.study));
  }
}

}  // namespace

ParseResult parse_scenario_text(const std::string& text, const std::string& path,
                                const std::vector<std::string>& overrides) {
  Diagnostics out(path, overrides);
  ParseResult result;
  std::optional<YAML::Node> root = load_document(text, out);
  if (root && !root->IsMap()) {
    out.add(root->Mark(), -1, "",
            "expected a map with name and studies at the top, found " + Reader::found(*root));
    root.reset();
  }
  if (!root) {
    result.problems = out.sorted();
    return result;
  }

  // Overrides change the tree first, so their values are checked like the file's.
  Reader reader(out, apply_overrides(*root, overrides, out));
  MapReader map(reader, Where{*root, "", -1, YAML::Mark::null_mark()}, "a map");
  map.check_keys(kTopKeys);
  Scenario scenario;
  scenario.path = path;
  scenario.text = text;
  scenario.overrides = overrides;
  read_top_keys(reader, map, scenario);
  RecordRule record;
  if (const MapEntry* entry = map.find("record")) {
    if (auto rule = read_record(reader, entry->value)) record = *rule;
  }
  MathMode math = MathMode::kPortable;
  if (const MapEntry* entry = map.find("math")) {
    math = read_math(reader, entry->value).value_or(math);
  }
  int repetitions = 1;
  if (const MapEntry* entry = map.find("repetitions")) {
    repetitions = read_repetitions(reader, entry->value).value_or(repetitions);
  }
  std::vector<StudyDraft> drafts = read_studies(reader, map, record);

  if (out.count() == 0) {
    expand_studies(drafts, math, repetitions, scenario);
    result.scenario = std::move(scenario);
  }
  result.problems = out.sorted();
  return result;
}

ParseResult parse_scenario_file(const std::string& path,
                                const std::vector<std::string>& overrides) {
  std::string text;
  errno = 0;
  std::unique_ptr<std::FILE, CloseFile> file(std::fopen(path.c_str(), "rb"));
  bool failed = file == nullptr;
  if (file) {
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) text.append(buffer, got);
    failed = std::ferror(file.get()) != 0;
  }
  if (failed) {
    ParseResult result;
    const std::string reason = errno != 0 ? std::strerror(errno) : "read error";
    result.problems.push_back({path, 0, 0, "", "cannot read the file: " + reason, ""});
    return result;
  }
  return parse_scenario_text(text, path, overrides);
}

}  // namespace optbench::scenario
