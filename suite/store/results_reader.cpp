#include "suite/store/results_reader.hpp"

#include <filesystem>

#include "suite/store/h5_io.hpp"
#include "suite/store/results_writer.hpp"

namespace optbench::store {

H5::H5File open_results(const std::string& path) {
  H5::Exception::dontPrint();
  if (std::filesystem::is_directory(path)) {
    throw BadResultsFile(path + ": is a directory; expected a results file");
  }
  if (!std::filesystem::is_regular_file(path)) {
    throw BadResultsFile(path + ": no such file");
  }
  if (H5Fis_hdf5(path.c_str()) <= 0) {
    throw BadResultsFile(path + ": not an HDF5 file");
  }
  H5::H5File file;
  try {
    file.openFile(path, H5F_ACC_RDONLY);
  } catch (const H5::Exception&) {
    throw BadResultsFile(path + ": HDF5 file cannot be opened (truncated or damaged?)");
  }
  std::string schema;
  try {
    schema = read_string_attribute(file, "schema");
  } catch (const H5::Exception&) {
    throw BadResultsFile(path + ": not an optbench results file (no 'schema' attribute)");
  }
  if (schema != kSchema) {
    throw BadResultsFile(path + ": schema '" + schema + "' is not '" + kSchema + "'");
  }
  return file;
}

}  // namespace optbench::store
