#include "suite/check/run_identity.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "suite/store/h5_io.hpp"

namespace optbench::check {
namespace {

using Kind = IdentityColumn::Kind;

// Initial points wider than this are shortened in labels.
constexpr std::size_t kLabelCoordinates = 4;

template <class T>
void append_bytes(std::string& key, const T& value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  key.append(bytes, sizeof(T));
}

template <class T>
bool rows_vary(const std::vector<T>& values, std::size_t width) {
  for (std::size_t i = width; i < values.size(); ++i) {
    if (std::memcmp(&values[i], &values[i % width], sizeof(T)) != 0) return true;
  }
  return false;
}

// Unused hyperparameters are NaN: a column varies when its used values do.
bool used_values_vary(const std::vector<double>& values) {
  const double* first = nullptr;
  for (const double& v : values) {
    if (std::isnan(v)) continue;
    if (first == nullptr) first = &v;
    if (std::memcmp(&v, first, sizeof v) != 0) return true;
  }
  return false;
}

bool column_varies(const IdentityColumn& c) {
  switch (c.kind) {
    case Kind::kText:
      return std::any_of(c.text.begin(), c.text.end(),
                         [&](const std::string& s) { return s != c.text.front(); });
    case Kind::kInteger: return rows_vary(c.integers, c.width);
    case Kind::kReal:
      return c.per_run_rows ? rows_vary(c.reals, c.width) : used_values_vary(c.reals);
  }
  return false;
}

std::string short_name(const std::string& name) {
  if (name == "learning_rate") return "lr";
  if (name == "epsilon") return "eps";
  return name;
}

// The value of one run as text: `0.05`, `(-1.5, 2)`; empty when it is an unused NaN.
std::string value_text(const IdentityColumn& c, std::size_t run) {
  if (c.kind == Kind::kText) return c.text[run];
  std::vector<std::string> parts;
  for (std::size_t j = 0; j < c.width && j < kLabelCoordinates; ++j) {
    const std::size_t at = run * c.width + j;
    if (c.kind == Kind::kInteger) {
      parts.push_back(fmt::format("{}", c.integers[at]));
    } else if (!c.per_run_rows && std::isnan(c.reals[at])) {
      return "";
    } else {
      parts.push_back(fmt::format("{}", c.reals[at]));
    }
  }
  if (c.width > kLabelCoordinates) parts.back() = fmt::format("... {} values", c.width);
  if (!c.per_run_rows) return parts.front();
  std::string text = "(";
  for (std::size_t j = 0; j < parts.size(); ++j) text += (j == 0 ? "" : ", ") + parts[j];
  return text + ")";
}

IdentityColumn read_column(const H5::DataSet& dataset, const std::string& name) {
  IdentityColumn column;
  column.name = name;
  const auto shape = store::dataset_shape(dataset);
  if (shape.empty() || shape.size() > 2) {
    throw std::invalid_argument(
        fmt::format("runs/{}: expected one row per run, found {} dimensions", name, shape.size()));
  }
  column.per_run_rows = shape.size() == 2;
  column.width = column.per_run_rows ? static_cast<std::size_t>(shape[1]) : 1;
  switch (dataset.getTypeClass()) {
    case H5T_STRING:
      column.kind = Kind::kText;
      if (column.width != 1) {
        throw std::invalid_argument(fmt::format("runs/{}: text with 2 dimensions", name));
      }
      column.text = store::read_strings(dataset);
      break;
    case H5T_INTEGER:
      column.kind = Kind::kInteger;
      column.integers = store::read_ints(dataset);
      break;
    case H5T_FLOAT:
      column.kind = Kind::kReal;
      column.reals = store::read_doubles(dataset);
      break;
    default:
      throw std::invalid_argument(
          fmt::format("runs/{}: expected text, integers or floating-point numbers", name));
  }
  return column;
}

}  // namespace

std::size_t IdentityColumn::rows() const {
  if (kind == Kind::kText) return text.size();
  const std::size_t values = kind == Kind::kInteger ? integers.size() : reals.size();
  return width == 0 ? 0 : values / width;
}

void RunIdentities::add(IdentityColumn column) {
  if (!columns_.empty() && column.rows() != runs_) {
    throw std::invalid_argument(fmt::format("runs/{} has {} rows, runs/{} has {}", column.name,
                                            column.rows(), columns_.front().name, runs_));
  }
  runs_ = column.rows();
  varies_.push_back(column_varies(column));
  columns_.push_back(std::move(column));
}

void RunIdentities::keep(const std::vector<std::string>& names) {
  std::vector<IdentityColumn> columns;
  std::vector<bool> varies;
  for (const auto& name : names) {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].name != name) continue;
      columns.push_back(std::move(columns_[i]));
      varies.push_back(varies_[i]);
    }
  }
  columns_ = std::move(columns);
  varies_ = std::move(varies);
}

bool RunIdentities::has(std::string_view name) const {
  return std::any_of(columns_.begin(), columns_.end(),
                     [&](const IdentityColumn& c) { return c.name == name; });
}

std::string RunIdentities::key(std::size_t run) const {
  std::string key;
  for (const auto& c : columns_) {
    if (c.kind == Kind::kText) {
      append_bytes(key, c.text[run].size());
      key += c.text[run];
      continue;
    }
    for (std::size_t j = 0; j < c.width; ++j) {
      if (c.kind == Kind::kInteger) {
        append_bytes(key, c.integers[run * c.width + j]);
      } else {
        append_bytes(key, c.reals[run * c.width + j]);
      }
    }
  }
  return key;
}

std::string RunIdentities::label(std::size_t run) const {
  std::string head;
  std::string middle;
  std::string init;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const IdentityColumn& c = columns_[i];
    if (c.name == "optimizer") {
      head = c.text[run];
    } else if (c.name == "init") {
      init = "init=" + value_text(c, run);
    } else if (c.name == "learning_rate" || varies_[i]) {
      const std::string value = value_text(c, run);
      if (!value.empty()) middle += (middle.empty() ? "" : " ") + short_name(c.name) + "=" + value;
    }
  }
  std::string label = head;
  for (const std::string* part : {&middle, &init}) {
    if (!part->empty()) label += (label.empty() ? "" : " ") + *part;
  }
  return label;
}

RunIdentities read_run_identities(const H5::Group& runs) {
  RunIdentities identities;
  for (hsize_t i = 0; i < runs.getNumObjs(); ++i) {
    const std::string name = runs.getObjnameByIdx(i);
    if (runs.childObjType(name) != H5O_TYPE_DATASET) continue;
    identities.add(read_column(runs.openDataSet(name), name));
  }
  return identities;
}

}  // namespace optbench::check
