#include "suite/store/atomic_output.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace optbench::store {
namespace {

// The temporary file being written, for the signal handler: Ctrl-C or a kill must not leave
// it behind. A fixed buffer, because a handler may only do async-signal-safe work.
char pending_temporary[4096] = {};
constexpr int kCleanedSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction previous_actions[3];

extern "C" void remove_temporary_and_reraise(int signal_number) {
  if (pending_temporary[0] != '\0') unlink(pending_temporary);
  struct sigaction restore {};
  restore.sa_handler = SIG_DFL;
  sigaction(signal_number, &restore, nullptr);
  raise(signal_number);
}

void watch_signals(const std::string& temporary) {
  if (temporary.size() >= sizeof pending_temporary) return;
  std::memcpy(pending_temporary, temporary.c_str(), temporary.size() + 1);
  struct sigaction action {};
  action.sa_handler = remove_temporary_and_reraise;
  sigemptyset(&action.sa_mask);
  for (int i = 0; i < 3; ++i) sigaction(kCleanedSignals[i], &action, &previous_actions[i]);
}

void unwatch_signals() {
  for (int i = 0; i < 3; ++i) sigaction(kCleanedSignals[i], &previous_actions[i], nullptr);
  pending_temporary[0] = '\0';
}

}  // namespace

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
  watch_signals(temporary_);
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) std::remove(temporary_.c_str());
  unwatch_signals();
}

void AtomicOutput::commit() {
  if (std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    throw std::runtime_error("cannot move the finished results into '" + target_ +
                             "': " + std::strerror(errno));
  }
  committed_ = true;
}

}  // namespace optbench::store
