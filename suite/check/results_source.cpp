#include "suite/check/results_source.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "suite/store/h5_io.hpp"
#include "suite/store/results_reader.hpp"

namespace optbench::check {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& object,
                       const std::string& reason) {
  throw store::BadResultsFile(fmt::format("{}: /{}: {}", path, object, reason));
}

// Runs `read`, turning HDF5 and layout errors into BadResultsFile about `object`.
template <class Read>
auto guarded(const std::string& path, const std::string& object, Read&& read) {
  try {
    return read();
  } catch (const H5::Exception& e) {
    fail(path, object,
         fmt::format("cannot be read ({}: {}); is the file truncated or incomplete?",
                     e.getFuncName(), e.getDetailMsg()));
  } catch (const std::invalid_argument& e) {
    fail(path, object, e.what());
  }
}

// Whether every link along a relative path exists (H5Lexists fails on a missing parent).
bool path_exists(const H5::H5File& file, const std::string& path) {
  std::string prefix;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    prefix += (prefix.empty() ? "" : "/") + path.substr(start, end - start);
    if (!file.exists(prefix)) return false;
    start = end + 1;
  }
  return true;
}

std::string attribute_text(const H5::H5Object& object, const std::string& name) {
  switch (object.openAttribute(name).getTypeClass()) {
    case H5T_STRING: return store::read_string_attribute(object, name);
    case H5T_INTEGER: return fmt::format("{}", store::read_int_attribute(object, name));
    case H5T_FLOAT: return fmt::format("{}", store::read_double_attribute(object, name));
    default: return "(not text or a number)";
  }
}

std::string shape_text(const std::vector<hsize_t>& shape) {
  std::string text = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    text += (i == 0 ? "" : ", ") + std::to_string(shape[i]);
  }
  return text + "]";
}

// Every repetition's kernel time: the dataset timing/seconds, else the attribute alone.
void read_timing(const H5::Group& study, StudyData& data) {
  if (!study.exists("timing")) return;
  const H5::Group timing = study.openGroup("timing");
  if (timing.exists("seconds")) {
    data.seconds = store::read_doubles(timing.openDataSet("seconds"));
  } else if (timing.attrExists("seconds")) {
    data.seconds = {store::read_double_attribute(timing, "seconds")};
  }
  if (timing.attrExists("run_steps")) {
    data.run_steps = static_cast<double>(store::read_int_attribute(timing, "run_steps"));
  } else if (timing.attrExists("run_steps_per_second") && timing.attrExists("seconds")) {
    data.run_steps = store::read_double_attribute(timing, "run_steps_per_second") *
                     store::read_double_attribute(timing, "seconds");
  }
}

// Every per-run dataset must agree on K runs, every per-record one on R records.
void check_shapes(const std::string& path, const H5::Group& study, StudyData& data) {
  const std::string where = "studies/" + data.name;
  const auto params = store::dataset_shape(study.openDataSet("params"));
  if (params.size() != 3) {
    fail(path, where + "/params", "expected [runs, records, dim], found " + shape_text(params));
  }
  data.runs = static_cast<std::size_t>(params[0]);
  data.records = static_cast<std::size_t>(params[1]);
  data.dim = static_cast<std::size_t>(params[2]);
  const std::vector<hsize_t> per_record = {params[0], params[1]};
  for (const char* name : {"cost", "grad_norm"}) {
    const auto shape = store::dataset_shape(study.openDataSet(name));
    if (shape != per_record) {
      fail(path, where + "/" + name,
           fmt::format("shape {} does not match params {}", shape_text(shape), shape_text(params)));
    }
  }
  const auto expect = [&](const char* name, std::size_t found, std::size_t wanted) {
    if (found != wanted) {
      fail(path, where + "/" + name, fmt::format("{} entries, but params has {}", found, wanted));
    }
  };
  expect("step", data.step.size(), data.records);
  expect("status", data.status.size(), data.runs);
  expect("stop_step", data.stop_step.size(), data.runs);
  expect("runs", data.identities.size(), data.runs);
}

}  // namespace

ResultsSource::ResultsSource(std::string path)
    : path_(std::move(path)), file_(store::open_results(path_)) {}

std::vector<std::string> ResultsSource::children(const std::string& group) const {
  return guarded(path_, group, [&] {
    std::vector<std::string> names;
    if (!file_.exists(group)) return names;
    const H5::Group g = file_.openGroup(group);
    for (hsize_t i = 0; i < g.getNumObjs(); ++i) names.push_back(g.getObjnameByIdx(i));
    return names;
  });
}

std::optional<std::string> ResultsSource::root_attribute(const std::string& name) const {
  return guarded(path_, name, [&]() -> std::optional<std::string> {
    if (!file_.attrExists(name)) return std::nullopt;
    return attribute_text(file_, name);
  });
}

std::optional<std::string> ResultsSource::text_attribute(const std::string& object,
                                                         const std::string& name) const {
  return guarded(path_, object, [&]() -> std::optional<std::string> {
    if (!path_exists(file_, object)) return std::nullopt;
    if (file_.childObjType(object) == H5O_TYPE_GROUP) {
      const H5::Group group = file_.openGroup(object);
      if (!group.attrExists(name)) return std::nullopt;
      return attribute_text(group, name);
    }
    const H5::DataSet dataset = file_.openDataSet(object);
    if (!dataset.attrExists(name)) return std::nullopt;
    return attribute_text(dataset, name);
  });
}

bool ResultsSource::exists(const std::string& object) const {
  return guarded(path_, object, [&] { return path_exists(file_, object); });
}

std::string ResultsSource::text(const std::string& dataset) const {
  return guarded(path_, dataset, [&] {
    const auto lines = store::read_strings(file_.openDataSet(dataset));
    return lines.empty() ? std::string() : lines.front();
  });
}

std::vector<double> ResultsSource::values(const std::string& dataset) const {
  return guarded(path_, dataset, [&] { return store::read_doubles(file_.openDataSet(dataset)); });
}

std::vector<hsize_t> ResultsSource::shape(const std::string& dataset) const {
  return guarded(path_, dataset, [&] { return store::dataset_shape(file_.openDataSet(dataset)); });
}

StudyData ResultsSource::read_study(const std::string& name) const {
  const std::string where = "studies/" + name;
  return guarded(path_, where, [&] {
    StudyData data;
    data.name = name;
    const H5::Group study = file_.openGroup(where);
    if (!study.exists("runs")) fail(path_, where + "/runs", "missing");
    data.identities = read_run_identities(study.openGroup("runs"));
    for (const char* column : kIdentityColumns) {
      if (!data.identities.has(column)) fail(path_, where + "/runs/" + column, "missing");
    }
    for (const char* dataset : {"step", "params", "cost", "grad_norm", "status", "stop_step"}) {
      if (!study.exists(dataset)) fail(path_, where + "/" + dataset, "missing");
    }
    data.step = store::read_ints(study.openDataSet("step"));
    data.status = store::read_ints(study.openDataSet("status"));
    data.stop_step = store::read_ints(study.openDataSet("stop_step"));
    check_shapes(path_, study, data);
    read_timing(study, data);
    return data;
  });
}

}  // namespace optbench::check
