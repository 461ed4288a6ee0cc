#ifndef OPTBENCH_SUITE_CLI_JSON_TEXT_HPP
#define OPTBENCH_SUITE_CLI_JSON_TEXT_HPP

#include <string>

namespace optbench::cli {

// A JSON string literal (quotes included) for any UTF-8 text.
std::string json_string(const std::string& text);

// A JSON number; non-finite values, which JSON cannot hold, become null.
std::string json_number(double value);

}  // namespace optbench::cli

#endif  // OPTBENCH_SUITE_CLI_JSON_TEXT_HPP
