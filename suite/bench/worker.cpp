#include "suite/bench/worker.hpp"

#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "suite/bench/final_state.hpp"
#include "suite/bench/limit_loops.hpp"
#include "suite/bench/measurement.hpp"
#include "suite/bench/stream_copy.hpp"
#include "suite/cli/log.hpp"

namespace optbench::bench {
namespace {

struct Context {
  const WorkerRequest& request;
  std::vector<Measurement> records;
  nlohmann::json peer_jobs = nlohmann::json::array();
};

// The reference is the first optbench launch of the one-thread worker.
void check(Measurement& m, const FinalState& state, const FinalState& reference) {
  if (reference.empty()) return;
  m.bitwise_equal = bitwise_equal(state, reference) ? 1 : 0;
  m.max_relative_difference = max_relative_difference(state, reference);
}

std::vector<double> time_limit(const Entry& entry, const Problem& problem, int threads,
                               int repetitions, FinalState& out) {
  std::vector<double> seconds;
  for (int r = 0; r <= repetitions; ++r) {
    const auto start = std::chrono::steady_clock::now();
    entry.workload->limit(problem, threads, out);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (r > 0 || repetitions == 0) seconds.push_back(elapsed.count());
  }
  return seconds;
}

void add_peer_job(Context& c, const Entry& entry, std::int64_t size, const Problem& p) {
  const std::string& dir = c.request.dir;
  nlohmann::json job = {{"benchmark", entry.name}, {"peer", entry.workload->peer},
                        {"size", size},            {"steps", p.steps},
                        {"runs", p.runs},          {"dim", p.dim},
                        {"learning_rate", p.settings.learning_rate},
                        {"beta1", p.settings.beta1}, {"beta2", p.settings.beta2},
                        {"epsilon", p.settings.epsilon},
                        {"reference", state_path(dir, entry.name, size, "reference")}};
  for (const auto& [what, values] : {std::pair{"init", &p.init}, {"x", &p.x}, {"y", &p.y}}) {
    if (values->empty()) continue;
    job[what] = state_path(dir, entry.name, size, what);
    write_float64(job[what].get<std::string>(), *values);
  }
  c.peer_jobs.push_back(job);
}

void measure(Context& c, const Entry& entry, scenario::Study study, std::int64_t size) {
  const WorkerRequest& req = c.request;
  study.repetitions = req.repetitions;
  const Problem problem = entry.workload->problem(study);
  const std::string reference_file = state_path(req.dir, entry.name, size, "reference");
  FinalState reference;
  if (std::filesystem::exists(reference_file)) reference = read_float64(reference_file);
  const auto row = [&](const std::string& implementation, int threads) {
    Measurement m;
    m.benchmark = entry.name;
    m.implementation = implementation;
    m.size = size;
    m.steps = entry.steps;
    m.threads = threads;
    m.units = problem.units();
    return m;
  };

  for (const auto& backend : req.backends) {
    if (backend == "serial" && req.threads != 1) continue;
    Timing timing = entry.workload->optbench(study, backend);
    if (reference.empty()) {
      reference = timing.final_state;
      write_float64(reference_file, reference);
    }
    Measurement m = row("optbench-" + backend, backend == "serial" ? 1 : req.threads);
    m.seconds = timing.seconds;
    check(m, timing.final_state, reference);
    c.records.push_back(m);
  }
  if (entry.workload->limit != nullptr) {
    FinalState out;
    std::vector<int> modes = req.threads == 1 ? std::vector<int>{0, 1}
                                              : std::vector<int>{req.threads};
    if (!limit_loops_have_openmp()) {
      modes = req.threads == 1 ? std::vector<int>{0} : std::vector<int>{};
    }
    for (const int threads : modes) {
      Measurement m = row(threads == 0 ? kLimitSerial : kLimitOpenmp, threads == 0 ? 1 : threads);
      m.seconds = time_limit(entry, problem, threads, req.repetitions, out);
      check(m, out, reference);
      c.records.push_back(m);
    }
  }
  if (req.threads == 1 && entry.workload->peer != nullptr) add_peer_job(c, entry, size, problem);
}

}  // namespace

std::string records_path(const std::string& dir, int threads) {
  return fmt::format("{}/records-{}.json", dir, threads);
}

std::string state_path(const std::string& dir, const std::string& name, std::int64_t size,
                       const char* what) {
  return fmt::format("{}/{}-{}.{}.f64", dir, name, size, what);
}

void run_worker(const WorkerRequest& request) {
  Context c{request, {}, nlohmann::json::array()};
  for (const std::int64_t size : request.plan.sizes) {
    const std::vector<scenario::Scenario> scenarios = scenarios_at(request.plan, size);
    for (const Entry& entry : request.plan.entries) {
      cli::log(cli::LogLevel::kInfo, "{} thread(s): {} at K = {}", request.threads, entry.name,
               size);
      measure(c, entry, scenarios[entry.file].studies[entry.study], size);
    }
  }
  nlohmann::json out = {{"threads", request.threads}, {"records", nlohmann::json::array()}};
  for (const auto& m : c.records) out["records"].push_back(to_json(m));
  out["stream_copy_seconds"] = time_stream_copy(request.threads, request.repetitions);
  out["stream_copy_bytes"] = 16.0 * static_cast<double>(kStreamElements);
  std::ofstream(records_path(request.dir, request.threads)) << out.dump();
  if (request.threads == 1) std::ofstream(request.dir + "/peer-jobs.json") << c.peer_jobs.dump();
}

}  // namespace optbench::bench
