#ifndef OPTBENCH_SUITE_CHECK_RUN_IDENTITY_HPP
#define OPTBENCH_SUITE_CHECK_RUN_IDENTITY_HPP

// Which run is which. `optbench compare` matches the runs of a study by identity, not by
// position, so that a scenario that lists its optimizers or sweep values in another order
// still compares run for run.
//
// A run's identity is its row of the study's runs/ group: the columns kIdentityColumns
// (required in every results file) and any other column both files have. Numbers compare by
// their bits, so the NaN that marks an unused hyperparameter equals itself and a learning
// rate equals another only when it is the same double.

#include <H5Cpp.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace optbench::check {

inline constexpr const char* kIdentityColumns[] = {
    "optimizer", "convention", "schedule",      "learning_rate", "beta", "beta1",
    "beta2",     "epsilon",    "schedule_rate", "seed",          "init"};

// One column of runs/: text [K], integers or reals [K] or [K, width].
struct IdentityColumn {
  enum class Kind { kText, kInteger, kReal };
  std::string name;
  Kind kind = Kind::kReal;
  std::size_t width = 1;      // values per run: 1, or the second dimension of a [K, n] column
  bool per_run_rows = false;  // a [K, n] column (init), shown as a tuple even when n = 1
  std::vector<std::string> text;
  std::vector<std::int64_t> integers;
  std::vector<double> reals;

  std::size_t rows() const;
};

class RunIdentities {
 public:
  // Throws std::invalid_argument when the column's row count differs from the others'.
  void add(IdentityColumn column);
  // Keeps the named columns, in the given order (names missing here are skipped).
  void keep(const std::vector<std::string>& names);

  std::size_t size() const { return runs_; }
  const std::vector<IdentityColumn>& columns() const { return columns_; }
  bool has(std::string_view name) const;

  // A byte string equal for two runs exactly when their identities are; comparable between
  // two RunIdentities with the same columns in the same order.
  std::string key(std::size_t run) const;

  // A short description for people: the optimizer, its learning rate and initial point, and
  // every other column whose used (not NaN) values vary between the runs, unused ones left
  // out:
  //   adam lr=0.05 init=(-1.5, 2)
  //   momentum lr=0.001 beta=0.9 init=(0.5, 0.5, 0.5, ... 10 values)
  std::string label(std::size_t run) const;

 private:
  std::size_t runs_ = 0;
  std::vector<IdentityColumn> columns_;
  std::vector<bool> varies_;
};

// Reads every dataset of a runs/ group. Throws H5::Exception when one cannot be read and
// std::invalid_argument when the columns disagree on the number of runs or one has a shape
// or type an identity cannot have.
RunIdentities read_run_identities(const H5::Group& runs);

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_RUN_IDENTITY_HPP
