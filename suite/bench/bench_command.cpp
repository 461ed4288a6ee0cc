#include "suite/bench/bench_command.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>

#include "backends/backend.hpp"
#include "backends/kokkos_runtime.hpp"
#include "suite/bench/bench_writer.hpp"
#include "suite/bench/child_process.hpp"
#include "suite/bench/gbench_import.hpp"
#include "suite/bench/peers.hpp"
#include "suite/bench/worker.hpp"
#include "suite/cli/bench_table.hpp"
#include "suite/cli/exit_code.hpp"
#include "suite/cli/log.hpp"
#include "suite/cli/output_file.hpp"
#include "suite/cli/scenario_set.hpp"
#include "suite/store/results_reader.hpp"

namespace optbench::bench {
namespace {

using cli::log;
using cli::LogLevel;

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

// The built-in throughput scenarios, in name order.
std::vector<std::string> builtin_scenarios() {
  std::vector<std::string> files;
  const std::filesystem::path dir = OPTBENCH_SOURCE_DIR "/scenarios/throughput";
  if (!std::filesystem::is_directory(dir)) return files;
  for (const auto& item : std::filesystem::directory_iterator(dir)) {
    if (item.path().extension() == ".yaml") files.push_back(item.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// --backend names resolved; the compiled host backends when none are given.
std::optional<std::vector<std::string>> resolve_backends(const std::vector<std::string>& given) {
  std::vector<std::string> names;
  if (given.empty()) {
    for (const auto& b : backends::compiled_backends()) {
      if (b == "serial" || b == "openmp" || b == "threads") names.push_back(b);
    }
    return names;
  }
  for (const auto& name : given) {
    const std::string resolved = backends::resolve_backend(name);
    if (resolved.empty()) {
      log(LogLevel::kError, "--backend '{}' is not compiled into this build; available: {}",
          name, joined(backends::compiled_backends(), ", "));
      return std::nullopt;
    }
    if (std::find(names.begin(), names.end(), resolved) == names.end()) names.push_back(resolved);
  }
  return names;
}

store::Provenance provenance(const std::vector<std::string>& names, int threads) {
  return {joined(names, ","),     threads,
          backends::host_cpu_model(), cli::utc_now(),
          joined(backends::compiled_backends(), ","), backends::host_cpu_model(),
          backends::omp_environment()};
}

// A private folder for the workers' and peers' files, removed on every way out.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& near) {
    const std::filesystem::path base = std::filesystem::temp_directory_path();
    std::string pattern = (base / "optbench-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("cannot create a scratch folder in " + base.string() + " for " +
                               near);
    }
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::vector<std::string> worker_arguments(const BenchOptions& o, const BenchPlan& plan,
                                          const std::vector<std::string>& names, int threads,
                                          const std::string& dir) {
  std::vector<std::string> args = {own_executable()};
  if (cli::log_level() <= LogLevel::kWarning) args.push_back("--quiet");
  args.push_back("bench");
  args.insert(args.end(), plan.files.begin(), plan.files.end());
  std::string sizes;
  for (const auto k : plan.sizes) sizes += (sizes.empty() ? "" : ",") + std::to_string(k);
  args.insert(args.end(), {"--sizes", sizes, "--repetitions", std::to_string(o.repetitions)});
  for (const auto& name : names) args.insert(args.end(), {"--backend", name});
  args.insert(args.end(), {"--worker-threads", std::to_string(threads), "--worker-dir", dir});
  return args;
}

void read_worker(const std::string& dir, int threads, BenchOutput& out) {
  std::ifstream in(records_path(dir, threads));
  if (!in) throw std::runtime_error(fmt::format("the {}-thread worker left no records", threads));
  const nlohmann::json records = nlohmann::json::parse(in);
  for (const auto& r : records.at("records")) out.measurements.push_back(measurement_from_json(r));
  out.stream_copy.push_back({threads, records.at("stream_copy_bytes").get<double>(),
                             records.at("stream_copy_seconds").get<std::vector<double>>()});
}

int import_only(const BenchOptions& o) {
  if (!cli::output_location_is_usable(o.output)) return cli::kExitBadInput;
  if (std::filesystem::exists(o.output)) {
    try {
      store::open_results(o.output);
    } catch (const store::BadResultsFile& e) {
      log(LogLevel::kError, "{}", e.what());
      return cli::kExitBadInput;
    }
  }
  try {
    import_gbench(o.import_gbench, o.output, provenance({}, 0));
  } catch (const BadGbenchReport& e) {
    log(LogLevel::kError, "{}", e.what());
    return cli::kExitBadInput;
  }
  log(LogLevel::kInfo, "{} imported into {}:/benchmarks/gbench", o.import_gbench, o.output);
  return cli::kExitOk;
}

int measure_all(const BenchOptions& o, const BenchPlan& plan,
                const std::vector<std::string>& names) {
  const int hardware = static_cast<int>(std::thread::hardware_concurrency());
  const int all = o.threads > 0 ? o.threads : std::max(1, hardware);
  std::vector<int> thread_counts = {1};
  if (all > 1) thread_counts.push_back(all);

  ScratchDir scratch(o.output);
  BenchOutput out;
  out.plan = &plan;
  for (const int threads : thread_counts) {
    log(LogLevel::kInfo, "measuring with {} thread(s)", threads);
    const int status = run_child(worker_arguments(o, plan, names, threads, scratch.path()), {});
    if (status != 0) {
      log(LogLevel::kError, "the {}-thread measurement failed (exit status {})", threads, status);
      return cli::kExitFailure;
    }
    read_worker(scratch.path(), threads, out);
  }
  if (o.peers) {
    const auto peers = run_peers(scratch.path(), thread_counts, o.repetitions);
    out.measurements.insert(out.measurements.end(), peers.begin(), peers.end());
  }
  out.scenarios = scenarios_at(plan, plan.sizes.front());
  out.provenance = provenance(names, all);
  out.repetitions = o.repetitions;
  out.peers = o.peers;
  out.command = o.command;
  write_bench(o.output, out);
  cli::print_bench_table(store::open_results(o.output));
  log(LogLevel::kInfo, "benchmarks written to {}", o.output);
  return cli::kExitOk;
}

}  // namespace

std::vector<std::int64_t> default_sizes(bool quick) {
  if (quick) return {64, 256};
  return {1'000, 10'000, 100'000, 1'000'000};
}

int bench_command(const BenchOptions& given) {
  BenchOptions o = given;
  if (o.quick) o.repetitions = std::min(o.repetitions, 2);
  if (!o.import_gbench.empty()) return import_only(o);
  std::vector<std::string> files = o.worker_threads > 0 ? std::vector<std::string>{}
                                                         : builtin_scenarios();
  files.insert(files.end(), o.scenarios.begin(), o.scenarios.end());
  if (files.empty()) {
    log(LogLevel::kError, "no scenarios: scenarios/throughput/ is empty and none were given");
    return cli::kExitBadInput;
  }
  const BenchPlan plan = make_plan(files, o.sizes.empty() ? default_sizes(o.quick) : o.sizes);
  if (cli::report_problems(plan.problems) > 0) return cli::kExitBadInput;
  const auto names = resolve_backends(o.backends);
  if (!names) return cli::kExitBadInput;
  if (names->empty()) {
    log(LogLevel::kError, "no host backend is compiled in; bench measures Serial and OpenMP");
    return cli::kExitBadInput;
  }
  if (o.worker_threads > 0) {
    backends::KokkosRuntime runtime(o.worker_threads);
    run_worker({plan, *names, o.worker_threads, o.repetitions, o.worker_dir});
    return cli::kExitOk;
  }
  if (!cli::output_location_is_usable(o.output)) return cli::kExitBadInput;
  return measure_all(o, plan, *names);
}

}  // namespace optbench::bench
