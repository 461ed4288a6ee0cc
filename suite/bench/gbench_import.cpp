#include "suite/bench/gbench_import.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>

#include "suite/store/atomic_output.hpp"
#include "suite/store/h5_io.hpp"

namespace optbench::bench {
namespace {

const std::vector<std::string> kTextFields = {"name",      "run_name",     "run_type",
                                              "aggregate_name", "time_unit", "error_message"};
const std::vector<std::string> kIntFields = {"family_index", "per_family_instance_index",
                                             "repetitions",  "repetition_index",
                                             "threads",      "iterations"};
const std::vector<std::string> kTimeFields = {"real_time", "cpu_time"};

nlohmann::json read_report(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw BadGbenchReport(path + ": cannot be read");
  nlohmann::json report;
  try {
    report = nlohmann::json::parse(in);
  } catch (const nlohmann::json::parse_error& e) {
    throw BadGbenchReport(path + ": not JSON (" + e.what() + ")");
  }
  if (!report.is_object() || !report.contains("benchmarks") || !report["benchmarks"].is_array()) {
    throw BadGbenchReport(path + ": no \"benchmarks\" list; expected Google Benchmark's JSON "
                          "report (--benchmark_format=json)");
  }
  for (const auto& entry : report["benchmarks"]) {
    if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string()) {
      throw BadGbenchReport(path + ": a benchmark entry without a \"name\"");
    }
  }
  return report;
}

// Numbers that are neither identifiers nor times: the user counters.
std::set<std::string> counter_names(const nlohmann::json& entries) {
  std::set<std::string> known(kIntFields.begin(), kIntFields.end());
  known.insert(kTimeFields.begin(), kTimeFields.end());
  std::set<std::string> names;
  for (const auto& entry : entries) {
    for (const auto& [key, value] : entry.items()) {
      if (value.is_number() && known.count(key) == 0) names.insert(key);
    }
  }
  return names;
}

double number_or(const nlohmann::json& entry, const std::string& key, double absent) {
  const auto it = entry.find(key);
  return it != entry.end() && it->is_number() ? it->get<double>() : absent;
}

void write_report(H5::Group& benchmarks, const std::string& source,
                  const nlohmann::json& report) {
  if (benchmarks.exists("gbench")) benchmarks.unlink("gbench");
  H5::Group group = benchmarks.createGroup("gbench");
  store::write_attribute(group, "source", source);
  const nlohmann::json context = report.value("context", nlohmann::json::object());
  store::write_attribute(group, "context", context.dump());
  const nlohmann::json& entries = report["benchmarks"];
  const hsize_t M = entries.size();
  for (const auto& field : kTextFields) {
    std::vector<std::string> values;
    for (const auto& e : entries) values.push_back(e.value(field, std::string()));
    store::write_strings(group, field, values);
  }
  for (const auto& field : kIntFields) {
    std::vector<std::int64_t> values;
    for (const auto& e : entries) {
      values.push_back(static_cast<std::int64_t>(number_or(e, field, -1.0)));
    }
    store::write_dataset(group, field, {M}, values.data());
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const auto& field : kTimeFields) {
    std::vector<double> values;
    for (const auto& e : entries) values.push_back(number_or(e, field, nan));
    store::write_dataset(group, field, {M}, values.data());
  }
  H5::Group counters = group.createGroup("counters");
  for (const auto& name : counter_names(entries)) {
    std::vector<double> values;
    for (const auto& e : entries) values.push_back(number_or(e, name, nan));
    store::write_dataset(counters, name, {M}, values.data());
  }
}

}  // namespace

void import_gbench(const std::string& json_path, const std::string& h5_path,
                   const store::Provenance& provenance) {
  const nlohmann::json report = read_report(json_path);
  store::AtomicOutput atomic(h5_path);
  const bool existing = std::filesystem::is_regular_file(h5_path);
  if (existing) {
    std::filesystem::copy_file(h5_path, atomic.temporary_path(),
                               std::filesystem::copy_options::overwrite_existing);
  }
  {
    H5::H5File file(atomic.temporary_path(), existing ? H5F_ACC_RDWR : H5F_ACC_TRUNC);
    if (!existing) store::write_provenance(file, {}, provenance);
    H5::Group benchmarks =
        file.exists("benchmarks") ? file.openGroup("benchmarks") : file.createGroup("benchmarks");
    write_report(benchmarks, json_path, report);
  }
  atomic.commit();
}

}  // namespace optbench::bench
