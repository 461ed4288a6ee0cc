#include "suite/check/report_file.hpp"

#include <fstream>
#include <stdexcept>

#include "suite/store/atomic_output.hpp"

namespace optbench::check {

void write_report_file(const std::string& path, const std::string& text) {
  store::AtomicOutput output(path);
  {
    std::ofstream file(output.temporary_path(), std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) throw std::runtime_error("cannot write report '" + path + "'");
  }
  output.commit();
}

}  // namespace optbench::check
