// optbench: benchmark and reproducibility suite for gradient-based optimizers.

#include <CLI/CLI.hpp>
#include <H5Cpp.h>
#include <fmt/core.h>

#include <exception>

#include "suite/bench/bench_command.hpp"
#include "suite/cli/commands.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/log.hpp"

namespace {

using namespace optbench::cli;

void add_run(CLI::App& app, RunOptions& options) {
  CLI::App* run = app.add_subcommand("run", "Run scenarios and write their results file");
  run->add_option("scenarios", options.scenarios, "Scenario YAML files")
      ->required()
      ->check(CLI::ExistingFile);
  run->add_option("-o,--output", options.output, "Results file (HDF5)")->capture_default_str();
  run->add_option("--backend", options.backend,
                  "Execution space: serial, openmp, threads, cuda, hip or default");
  run->add_option("--threads", options.threads, "Host threads (OpenMP, Threads)")
      ->check(CLI::Range(1, 4096));
  run->add_option("--set", options.overrides, "Override a scenario value: KEY=VALUE");
}

void add_validate(CLI::App& app, ValidateOptions& options) {
  CLI::App* validate =
      app.add_subcommand("validate", "Check scenarios; print their runs and memory");
  validate->add_option("scenarios", options.scenarios, "Scenario YAML files")
      ->required()
      ->check(CLI::ExistingFile);
  validate->add_option("--set", options.overrides, "Override a scenario value: KEY=VALUE");
}

void add_list(CLI::App& app, ListOptions& options) {
  CLI::App* list = app.add_subcommand("list", "List landscapes, tasks, optimizers or backends");
  list->add_option("what", options.what, "landscapes, tasks, optimizers or backends")
      ->required()
      ->check(CLI::IsMember({"landscapes", "tasks", "optimizers", "backends"}));
  list->add_option("--format", options.format, "text or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
}

void add_info(CLI::App& app, InfoOptions& options) {
  CLI::App* info = app.add_subcommand("info", "Describe this build, or summarise a results file");
  info->add_option("file", options.file, "Results file (HDF5)");
}

void add_report(CLI::App& app, ReportOptions& options) {
  CLI::App* report =
      app.add_subcommand("report", "Figures and summary from a results file (PNG, SVG, PDF)");
  report->add_option("file", options.file, "Results file (HDF5)")
      ->required()
      ->check(CLI::ExistingFile);
  auto* output =
      report->add_option("-o,--output", options.output, "Output folder")->capture_default_str();
  report
      ->add_option("--check", options.check,
                   "Regenerate and compare with the manifest in this folder; exit 1 on any "
                   "difference")
      ->excludes(output);
}

// A number >= 0 (CLI11's NonNegativeNumber prints its upper bound, DBL_MAX, in full).
const CLI::Validator kNonNegative(
    [](std::string& text) {
      double value = 0.0;
      if (CLI::detail::lexical_cast(text, value) && value >= 0.0) return std::string();
      return "expected a number >= 0, found '" + text + "'";
    },
    "NUMBER >= 0");

void add_compare(CLI::App& app, CompareOptions& options) {
  CLI::App* compare = app.add_subcommand(
      "compare", "Compare a results file with a baseline; exit 1 on a regression");
  compare->add_option("baseline", options.baseline, "Baseline results file (HDF5)")->required();
  compare->add_option("candidate", options.candidate, "Candidate results file (HDF5)")->required();
  compare->add_option("--junit", options.junit, "Write a JUnit XML report to this file");
  compare->add_option("--markdown", options.markdown, "Write a Markdown summary to this file");
  compare
      ->add_option("--trajectory-rtol", options.trajectory_rtol,
                   "Relative tolerance of params, cost, grad_norm (0: bitwise)")
      ->check(kNonNegative);
  compare
      ->add_option("--final-cost-rtol", options.final_cost_rtol,
                   "Relative tolerance of each run's final cost (0: bitwise)")
      ->check(kNonNegative);
  compare
      ->add_option("--max-slowdown", options.max_slowdown,
                   "Largest allowed slowdown of median throughput, e.g. 0.1 for 10%")
      ->check(kNonNegative);
}

void add_bench(CLI::App& app, optbench::bench::BenchOptions& options) {
  CLI::App* bench = app.add_subcommand(
      "bench", "Throughput against plain C++ loops and NumPy/PyTorch peers, into one HDF5 file");
  bench->add_option("scenarios", options.scenarios, "Scenarios besides scenarios/throughput/")
      ->check(CLI::ExistingFile);
  bench->add_option("-o,--output", options.output, "Benchmarks file (HDF5)")
      ->capture_default_str();
  bench->add_option("--repetitions", options.repetitions, "Timed launches of each measurement")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  bench->add_flag("--peers", options.peers, "Also time the NumPy and PyTorch peers");
  bench->add_option("--backend", options.backends, "optbench backends (default: serial, openmp)");
  bench->add_option("--sizes", options.sizes, "Sizes K (runs, grid points), e.g. 1000,10000")
      ->delimiter(',')
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{10'000'000}));
  bench->add_flag("--quick", options.quick, "Small sizes and at most two repetitions (tests)");
  bench->add_option("--threads", options.threads, "Threads of the all-threads measurement")
      ->check(CLI::Range(1, 4096));
  bench->add_option("--import-gbench", options.import_gbench,
                    "Import a Google Benchmark JSON report into -o instead of measuring")
      ->check(CLI::ExistingFile);
  // Internal: the measuring child processes, one per thread count.
  bench->add_option("--worker-threads", options.worker_threads)->group("");
  bench->add_option("--worker-dir", options.worker_dir)->group("");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"optbench: benchmark and reproducibility suite for gradient-based optimizers"};
  app.require_subcommand(1);
  app.fallthrough();
  app.set_version_flag("--version", "optbench 0.1.0");
  bool quiet = false;
  bool verbose = false;
  app.add_flag("-q,--quiet", quiet, "Print only warnings and errors on stderr");
  app.add_flag("-v,--verbose", verbose, "Print debug messages on stderr");

  RunOptions run;
  ValidateOptions validate;
  ListOptions list;
  InfoOptions info;
  ReportOptions report;
  CompareOptions compare;
  optbench::bench::BenchOptions bench;
  add_run(app, run);
  add_validate(app, validate);
  add_list(app, list);
  add_info(app, info);
  add_report(app, report);
  add_compare(app, compare);
  add_bench(app, bench);
  for (int i = 0; i < argc; ++i) bench.command += (i == 0 ? "" : " ") + std::string(argv[i]);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitBadInput;
  }
  if (quiet) log_level() = LogLevel::kWarning;
  if (verbose) log_level() = LogLevel::kDebug;

  try {
    if (app.got_subcommand("run")) return run_command(run);
    if (app.got_subcommand("validate")) return validate_command(validate);
    if (app.got_subcommand("list")) return list_command(list);
    if (app.got_subcommand("info")) return info_command(info);
    if (app.got_subcommand("report")) return report_command(report);
    if (app.got_subcommand("compare")) return compare_command(compare);
    if (app.got_subcommand("bench")) return optbench::bench::bench_command(bench);
  } catch (const std::exception& e) {
    log(LogLevel::kError, "{}", e.what());
    return kExitFailure;
  } catch (const H5::Exception& e) {
    // The HDF5 C++ API's exceptions do not derive from std::exception.
    log(LogLevel::kError, "HDF5: {}: {}", e.getFuncName(), e.getDetailMsg());
    return kExitFailure;
  }
  return kExitBadInput;
}
