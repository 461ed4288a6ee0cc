#include <array>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "backends/backend.hpp"
#include "backends/kokkos_compat.hpp"
#include "suite/cli/bench_table.hpp"
#include "suite/cli/build_info.hpp"
#include "suite/cli/commands.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/log.hpp"
#include "suite/store/h5_io.hpp"
#include "suite/store/results_reader.hpp"

namespace optbench::cli {
namespace {

constexpr const char* kRootAttributes[] = {
    "schema",          "optbench_version", "git_commit", "created_utc",    "kokkos_version",
    "backend",         "device",           "compiler",   "build_type",     "build_flags",
    "scenario_sha256", "kokkos_backends",  "host_cpu",   "omp_environment"};

void print_build() {
  const BuildInfo& build = build_info();
  std::string backends;
  for (const auto& b : backends::compiled_backends())
    backends += (backends.empty() ? "" : ", ") + b;
  fmt::print("optbench {} ({}{})\n", build.version, build.git_commit,
             build.git_dirty ? ", modified" : "");
  fmt::print("compiler    {}\nbuild type  {}\nflags       {}\n", compiler_description(build),
             build.build_type, build.flags);
  fmt::print("kokkos      {}\nbackends    {} (default: {})\n", compat::kokkos_version(), backends,
             backends::default_backend());
}

// A per-run dataset of a study, checked to have one entry per run.
std::vector<std::int64_t> per_run(const std::string& path, const H5::Group& study,
                                  const std::string& study_name, const char* dataset,
                                  hsize_t runs) {
  const auto values = store::read_ints(study.openDataSet(dataset));
  if (values.size() != runs) {
    throw store::BadResultsFile(
        fmt::format("{}: /studies/{}/{}: {} entries, expected {} (one "
                    "per run of params)",
                    path, study_name, dataset, values.size(), runs));
  }
  return values;
}

void print_study(const std::string& path, const H5::Group& studies, const std::string& name) {
  const H5::Group study = studies.openGroup(name);
  const auto shape = store::dataset_shape(study.openDataSet("params"));
  if (shape.size() != 3) {
    throw store::BadResultsFile(
        fmt::format("{}: /studies/{}/params: {} dimensions, expected 3", path, name, shape.size()));
  }
  std::array<std::int64_t, 3> counts{};
  for (const auto s : per_run(path, study, name, "status", shape[0])) {
    if (s >= 0 && s < 3) ++counts[static_cast<std::size_t>(s)];
  }
  const H5::Group timing = study.openGroup("timing");
  const bool task = study.attrExists("task");
  std::string outcome;
  if (task) {
    const H5::Group data = study.openGroup("data");
    outcome = fmt::format("|optimum - truth| {:.3g}, {:.3g} samples/s",
                          store::read_double_attribute(data, "optimum_truth_distance"),
                          store::read_double_attribute(timing, "samples_per_second"));
  } else {
    for (const auto n : store::read_ints(study.openDataSet("runs_per_minimum"))) {
      outcome += (outcome.empty() ? "" : "/") + std::to_string(n);
    }
  }
  fmt::print("{:<28} {:<21} {:>4} {:>8} {:>8} {:>9} {:>9} {:>9} {:>12.4g}  {}\n", name,
             store::read_string_attribute(study, task ? "task" : "landscape"), shape[2], shape[0],
             shape[1], counts[0], counts[1], counts[2],
             store::read_double_attribute(timing, "run_steps_per_second"), outcome);
}

void print_file(const std::string& path) {
  const H5::H5File file = store::open_results(path);
  fmt::print("{}\n", path);
  for (const char* name : kRootAttributes) {
    fmt::print("  {:<17} {}\n", name, store::read_string_attribute(file, name));
  }
  fmt::print("  {:<17} {}\n\n", "threads", store::read_int_attribute(file, "threads"));
  if (file.exists("benchmarks")) print_bench_table(file);
  if (!file.exists("studies") && file.exists("benchmarks")) return;
  fmt::print("{:<28} {:<21} {:>4} {:>8} {:>8} {:>9} {:>9} {:>9} {:>12}  {}\n", "study",
             "landscape or task", "dim", "runs", "records", "converged", "max_steps", "diverged",
             "run-steps/s", "runs per minimum (tasks: optimum and speed)");
  const H5::Group studies = file.openGroup("studies");
  for (hsize_t i = 0; i < studies.getNumObjs(); ++i) {
    print_study(path, studies, studies.getObjnameByIdx(i));
  }
}

}  // namespace

int info_command(const InfoOptions& options) {
  if (options.file.empty()) {
    print_build();
    return kExitOk;
  }
  try {
    print_file(options.file);
  } catch (const store::BadResultsFile& e) {
    log(LogLevel::kError, "{}", e.what());
    return kExitBadInput;
  } catch (const H5::Exception& e) {
    log(LogLevel::kError, "{}: not a complete optbench results file ({}: {})", options.file,
        e.getFuncName(), e.getDetailMsg());
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace optbench::cli
