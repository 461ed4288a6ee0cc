#include "suite/bench/peers.hpp"

#include <fmt/core.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "suite/bench/child_process.hpp"
#include "suite/bench/final_state.hpp"

namespace optbench::bench {
namespace {

// Where suite/bench/peers lives: OPTBENCH_PEERS_PATH when set, else the source tree this
// binary was built from.
std::string peers_dir() {
  const char* given = std::getenv("OPTBENCH_PEERS_PATH");
  return given != nullptr ? given : OPTBENCH_SOURCE_DIR "/suite/bench/peers";
}

std::vector<Measurement> read_peer_output(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("the peers left no results in '" + path + "'");
  const nlohmann::json out = nlohmann::json::parse(in);
  std::vector<Measurement> measurements;
  for (const auto& record : out.at("records")) {
    Measurement m = measurement_from_json(record);
    const FinalState state = read_float64(record.at("final").get<std::string>());
    const FinalState reference = read_float64(record.at("reference").get<std::string>());
    m.bitwise_equal = bitwise_equal(state, reference) ? 1 : 0;
    m.max_relative_difference = max_relative_difference(state, reference);
    measurements.push_back(m);
  }
  return measurements;
}

}  // namespace

std::string peer_python() {
  const char* given = std::getenv("OPTBENCH_PYTHON");
  return given != nullptr ? given : "/usr/bin/python3";
}

std::vector<Measurement> run_peers(const std::string& dir, const std::vector<int>& thread_counts,
                                   int repetitions) {
  std::vector<Measurement> all;
  for (const int threads : thread_counts) {
    const std::string output = fmt::format("{}/peers-{}.json", dir, threads);
    const std::string count = std::to_string(threads);
    const int status = run_child(
        {peer_python(), peers_dir() + "/run_peers.py", "--jobs", dir + "/peer-jobs.json",
         "--threads", count, "--repetitions", std::to_string(repetitions), "--output", output},
        {{"OMP_NUM_THREADS", count},
         {"MKL_NUM_THREADS", count},
         {"OPENBLAS_NUM_THREADS", count},
         {"MALLOC_MMAP_THRESHOLD_", kMallocMmapThreshold},
         {"MALLOC_TRIM_THRESHOLD_", kMallocTrimThreshold}});
    if (status != 0) {
      throw std::runtime_error(fmt::format(
          "the Python peers failed with {} threads (exit status {}); is python3-torch "
          "installed? (ci/bootstrap.sh)",
          threads, status));
    }
    const auto measurements = read_peer_output(output);
    all.insert(all.end(), measurements.begin(), measurements.end());
  }
  return all;
}

}  // namespace optbench::bench
