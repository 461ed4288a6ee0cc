#ifndef OPTBENCH_SUITE_STORE_H5_IO_HPP
#define OPTBENCH_SUITE_STORE_H5_IO_HPP

// Small typed helpers over the HDF5 C++ API for the results schema: attributes, numeric
// datasets (chunked and compressed when large) and variable-length UTF-8 strings, which h5py
// reads back as str.

#include <H5Cpp.h>

#include <cstdint>
#include <string>
#include <vector>

namespace optbench::store {

void write_attribute(H5::H5Object& object, const std::string& name, const std::string& value);
void write_attribute(H5::H5Object& object, const std::string& name, const char* value);
void write_attribute(H5::H5Object& object, const std::string& name, double value);
void write_attribute(H5::H5Object& object, const std::string& name, std::int64_t value);
void write_attribute(H5::H5Object& object, const std::string& name,
                     const std::vector<double>& values);

// A dataset of shape `dims` from row-major data.
void write_dataset(H5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                   const double* data);
void write_dataset(H5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                   const std::int64_t* data);
void write_dataset(H5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                   const std::int8_t* data);
void write_strings(H5::Group& group, const std::string& name,
                   const std::vector<std::string>& values);
void write_text(H5::Group& group, const std::string& name, const std::string& text);

// Readers; each throws H5::Exception when the object is missing or of another type.
std::string read_string_attribute(const H5::H5Object& object, const std::string& name);
double read_double_attribute(const H5::H5Object& object, const std::string& name);
std::int64_t read_int_attribute(const H5::H5Object& object, const std::string& name);
std::vector<hsize_t> dataset_shape(const H5::DataSet& dataset);
std::vector<double> read_doubles(const H5::DataSet& dataset);
std::vector<std::int64_t> read_ints(const H5::DataSet& dataset);
std::vector<std::string> read_strings(const H5::DataSet& dataset);

}  // namespace optbench::store

#endif  // OPTBENCH_SUITE_STORE_H5_IO_HPP
