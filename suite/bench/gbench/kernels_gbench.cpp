// The throughput kernels under Google Benchmark: optbench's engine on each host backend and
// the plain loops, for every workload of scenarios/throughput/, at a few sizes K. Each
// iteration is one launch timed by the kernel's own fenced timer (manual time), so setup and
// copies are left out as in `optbench bench`. Counters: run_steps_per_second or
// evaluations_per_second, total units over total kernel seconds.
//
//   build/openmp/optbench_gbench --benchmark_format=json > gbench.json

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "backends/kokkos_runtime.hpp"
#include "suite/bench/bench_plan.hpp"

namespace {

using optbench::bench::Entry;
using optbench::bench::FinalState;
using optbench::bench::Problem;

const std::vector<std::int64_t> kSizes = {1'000, 10'000, 100'000};

std::string counter_name(const Entry& entry) {
  return entry.shape == optbench::bench::Shape::kGrid ? "evaluations_per_second"
                                                      : "run_steps_per_second";
}

void set_rate(benchmark::State& state, const Entry& entry, double units, double seconds) {
  state.counters[counter_name(entry)] = seconds > 0.0 ? units / seconds : 0.0;
  state.counters["K"] = static_cast<double>(state.range(0));
}

optbench::scenario::Study sized_study(const optbench::bench::BenchPlan& plan, const Entry& entry,
                                      std::int64_t size) {
  auto study = optbench::bench::scenarios_at(plan, size)[entry.file].studies[entry.study];
  study.repetitions = 1;
  return study;
}

void engine(benchmark::State& state, const optbench::bench::BenchPlan& plan, const Entry& entry,
            const std::string& backend) {
  const auto study = sized_study(plan, entry, state.range(0));
  const double units = entry.workload->problem(study).units();
  double total_units = 0.0, total_seconds = 0.0;
  for (auto _ : state) {
    const auto timing = entry.workload->optbench(study, backend);
    state.SetIterationTime(timing.seconds.front());
    total_units += units;
    total_seconds += timing.seconds.front();
  }
  set_rate(state, entry, total_units, total_seconds);
}

void limit(benchmark::State& state, const optbench::bench::BenchPlan& plan, const Entry& entry,
           int threads) {
  const Problem problem = entry.workload->problem(sized_study(plan, entry, state.range(0)));
  FinalState out;
  double total_units = 0.0, total_seconds = 0.0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    entry.workload->limit(problem, threads, out);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    benchmark::DoNotOptimize(out.data());
    state.SetIterationTime(elapsed.count());
    total_units += problem.units();
    total_seconds += elapsed.count();
  }
  set_rate(state, entry, total_units, total_seconds);
}

template <class F>
void add(const std::string& name, F f) {
  auto* b = benchmark::RegisterBenchmark(name.c_str(), f);
  for (const auto k : kSizes) b->Arg(k);
  b->UseManualTime()->Unit(benchmark::kMillisecond);
}

void register_all(const optbench::bench::BenchPlan& plan, int threads) {
  for (const Entry& entry : plan.entries) {
    for (const auto& backend : optbench::backends::compiled_backends()) {
      if (backend != "serial" && backend != "openmp") continue;
      add("optbench-" + backend + "/" + entry.name,
          [&plan, &entry, backend](benchmark::State& s) { engine(s, plan, entry, backend); });
    }
    if (entry.workload->limit == nullptr) continue;
    add("limit-serial/" + entry.name,
        [&plan, &entry](benchmark::State& s) { limit(s, plan, entry, 0); });
    add("limit-openmp/" + entry.name,
        [&plan, &entry, threads](benchmark::State& s) { limit(s, plan, entry, threads); });
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  optbench::backends::KokkosRuntime runtime(0);
  std::vector<std::string> files;
  for (const auto& item :
       std::filesystem::directory_iterator(OPTBENCH_SOURCE_DIR "/scenarios/throughput")) {
    if (item.path().extension() == ".yaml") files.push_back(item.path().string());
  }
  std::sort(files.begin(), files.end());
  const auto plan = optbench::bench::make_plan(files, {kSizes.front()});
  if (!plan.problems.empty()) return 2;
  register_all(plan, optbench::backends::describe_backend("openmp").concurrency);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
