#include "suite/store/h5_io.hpp"

#include <algorithm>

namespace optbench::store {
namespace {

H5::StrType utf8_string_type() {
  H5::StrType type(H5::PredType::C_S1, H5T_VARIABLE);
  type.setCset(H5T_CSET_UTF8);
  return type;
}

// Datasets above this many elements are chunked along their first axis and compressed.
constexpr hsize_t kChunkThreshold = 4096;
constexpr hsize_t kChunkBytes = 1 << 20;

H5::DSetCreatPropList creation_properties(const std::vector<hsize_t>& dims,
                                          std::size_t element_size) {
  H5::DSetCreatPropList properties;
  hsize_t total = 1;
  for (const auto d : dims) total *= d;
  if (dims.empty() || total <= kChunkThreshold) return properties;
  std::vector<hsize_t> chunk = dims;
  const hsize_t row_bytes = total / dims[0] * element_size;
  chunk[0] = std::clamp<hsize_t>(kChunkBytes / std::max<hsize_t>(row_bytes, 1), 1, dims[0]);
  properties.setChunk(static_cast<int>(chunk.size()), chunk.data());
  properties.setShuffle();
  properties.setDeflate(4);
  return properties;
}

template <class T>
void write_numeric(H5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                   const T* data, const H5::PredType& type) {
  H5::DataSpace space(static_cast<int>(dims.size()), dims.data());
  H5::DataSet dataset =
      group.createDataSet(name, type, space, creation_properties(dims, sizeof(T)));
  dataset.write(data, type);
}

}  // namespace

void write_attribute(H5::H5Object& object, const std::string& name, const std::string& value) {
  const auto type = utf8_string_type();
  H5::Attribute attribute = object.createAttribute(name, type, H5::DataSpace(H5S_SCALAR));
  const char* text = value.c_str();
  attribute.write(type, &text);
}

void write_attribute(H5::H5Object& object, const std::string& name, const char* value) {
  write_attribute(object, name, std::string(value));
}

void write_attribute(H5::H5Object& object, const std::string& name, double value) {
  H5::Attribute attribute =
      object.createAttribute(name, H5::PredType::NATIVE_DOUBLE, H5::DataSpace(H5S_SCALAR));
  attribute.write(H5::PredType::NATIVE_DOUBLE, &value);
}

void write_attribute(H5::H5Object& object, const std::string& name, std::int64_t value) {
  H5::Attribute attribute =
      object.createAttribute(name, H5::PredType::NATIVE_INT64, H5::DataSpace(H5S_SCALAR));
  attribute.write(H5::PredType::NATIVE_INT64, &value);
}

void write_attribute(H5::H5Object& object, const std::string& name,
                     const std::vector<double>& values) {
  const hsize_t size = values.size();
  H5::Attribute attribute =
      object.createAttribute(name, H5::PredType::NATIVE_DOUBLE, H5::DataSpace(1, &size));
  attribute.write(H5::PredType::NATIVE_DOUBLE, values.data());
}

void write_dataset(H5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                   const double* data) {
  write_numeric(group, name, dims, data, H5::PredType::NATIVE_DOUBLE);
}

void write_dataset(H5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                   const std::int64_t* data) {
  write_numeric(group, name, dims, data, H5::PredType::NATIVE_INT64);
}

void write_dataset(H5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                   const std::int8_t* data) {
  write_numeric(group, name, dims, data, H5::PredType::NATIVE_INT8);
}

void write_strings(H5::Group& group, const std::string& name,
                   const std::vector<std::string>& values) {
  const auto type = utf8_string_type();
  const hsize_t size = values.size();
  H5::DataSet dataset = group.createDataSet(name, type, H5::DataSpace(1, &size));
  std::vector<const char*> pointers;
  for (const auto& value : values) pointers.push_back(value.c_str());
  if (!pointers.empty()) dataset.write(pointers.data(), type);
}

void write_text(H5::Group& group, const std::string& name, const std::string& text) {
  const auto type = utf8_string_type();
  H5::DataSet dataset = group.createDataSet(name, type, H5::DataSpace(H5S_SCALAR));
  const char* pointer = text.c_str();
  dataset.write(&pointer, type);
}

std::string read_string_attribute(const H5::H5Object& object, const std::string& name) {
  const H5::Attribute attribute = object.openAttribute(name);
  std::string value;
  attribute.read(attribute.getStrType(), value);
  return value;
}

double read_double_attribute(const H5::H5Object& object, const std::string& name) {
  double value = 0.0;
  object.openAttribute(name).read(H5::PredType::NATIVE_DOUBLE, &value);
  return value;
}

std::int64_t read_int_attribute(const H5::H5Object& object, const std::string& name) {
  std::int64_t value = 0;
  object.openAttribute(name).read(H5::PredType::NATIVE_INT64, &value);
  return value;
}

std::vector<hsize_t> dataset_shape(const H5::DataSet& dataset) {
  const H5::DataSpace space = dataset.getSpace();
  std::vector<hsize_t> dims(static_cast<std::size_t>(space.getSimpleExtentNdims()));
  space.getSimpleExtentDims(dims.data());
  return dims;
}

std::vector<double> read_doubles(const H5::DataSet& dataset) {
  hsize_t total = 1;
  for (const auto d : dataset_shape(dataset)) total *= d;
  std::vector<double> values(total);
  dataset.read(values.data(), H5::PredType::NATIVE_DOUBLE);
  return values;
}

std::vector<std::int64_t> read_ints(const H5::DataSet& dataset) {
  hsize_t total = 1;
  for (const auto d : dataset_shape(dataset)) total *= d;
  std::vector<std::int64_t> values(total);
  dataset.read(values.data(), H5::PredType::NATIVE_INT64);
  return values;
}

std::vector<std::string> read_strings(const H5::DataSet& dataset) {
  const auto shape = dataset_shape(dataset);
  const hsize_t count = shape.empty() ? 1 : shape[0];
  std::vector<char*> pointers(count, nullptr);
  const H5::StrType type = dataset.getStrType();
  std::vector<std::string> values;
  if (count == 0) return values;
  dataset.read(pointers.data(), type);
  for (char* p : pointers) values.emplace_back(p != nullptr ? p : "");
  H5::DataSet::vlenReclaim(pointers.data(), type, dataset.getSpace());
  return values;
}

}  // namespace optbench::store
