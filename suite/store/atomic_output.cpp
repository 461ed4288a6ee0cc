#include "suite/store/atomic_output.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace optbench::store {

AtomicOutput::AtomicOutput(std::string target) : target_(std::move(target)) {
  const std::filesystem::path path(target_);
  const auto directory = path.has_parent_path() ? path.parent_path() : ".";
  std::string pattern = (directory / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  const int fd = mkstemp(buffer.data());
  if (fd < 0) {
    throw std::runtime_error("cannot create a file in '" + directory.string() + "' for output '" +
                             target_ + "': " + std::strerror(errno));
  }
  // mkstemp creates the file private (0600); give it the permissions a plain new file gets.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  temporary_ = buffer.data();
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) std::remove(temporary_.c_str());
}

void AtomicOutput::commit() {
  if (std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    throw std::runtime_error("cannot move the finished results into '" + target_ +
                             "': " + std::strerror(errno));
  }
  committed_ = true;
}

}  // namespace optbench::store
