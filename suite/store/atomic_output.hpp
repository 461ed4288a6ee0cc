#ifndef OPTBENCH_SUITE_STORE_ATOMIC_OUTPUT_HPP
#define OPTBENCH_SUITE_STORE_ATOMIC_OUTPUT_HPP

// An output file that appears complete or not at all. Data goes to a temporary file in the
// target's directory (so the final rename stays on one file system and is atomic); commit()
// renames it over the target. Destroying an uncommitted AtomicOutput removes the temporary,
// so an error or an exception never leaves a half-written file or touches the target; while
// one exists, SIGINT, SIGTERM and SIGHUP remove the temporary before ending the process.

#include <string>

namespace optbench::store {

class AtomicOutput {
 public:
  // Throws std::runtime_error naming the path when its directory cannot be written.
  explicit AtomicOutput(std::string target);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::string& temporary_path() const { return temporary_; }
  const std::string& target_path() const { return target_; }

  // Renames the temporary file onto the target; throws std::runtime_error on failure.
  void commit();

 private:
  std::string target_;
  std::string temporary_;
  bool committed_ = false;
};

}  // namespace optbench::store

#endif  // OPTBENCH_SUITE_STORE_ATOMIC_OUTPUT_HPP
