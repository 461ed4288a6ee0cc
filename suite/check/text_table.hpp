#ifndef OPTBENCH_SUITE_CHECK_TEXT_TABLE_HPP
#define OPTBENCH_SUITE_CHECK_TEXT_TABLE_HPP

// A plain-text table for a terminal or a CI log: columns padded to their widest cell and
// separated by two spaces, the last column unpadded.

#include <string>
#include <vector>

namespace optbench::check {

class TextTable {
 public:
  // right_aligned[i]: whether column i is right-aligned (numbers); shorter means left.
  TextTable(std::vector<std::string> header, std::vector<bool> right_aligned = {});

  void add(std::vector<std::string> row);
  std::string format() const;

 private:
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> right_aligned_;
};

}  // namespace optbench::check

#endif  // OPTBENCH_SUITE_CHECK_TEXT_TABLE_HPP
