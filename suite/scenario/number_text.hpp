#ifndef OPTBENCH_SUITE_SCENARIO_NUMBER_TEXT_HPP
#define OPTBENCH_SUITE_SCENARIO_NUMBER_TEXT_HPP

// Numbers and booleans as a plain YAML scalar spells them (the YAML 1.2 core schema), read
// without the C locale's help: "1e-4", "-2", ".5", ".inf", "-.Inf", ".nan", "true", "False".
// Hexadecimal and octal integers, "inf" and "nan" without the dot are not numbers here.

#include <cstdint>
#include <optional>
#include <string_view>

namespace optbench::scenario {

enum class NumberClass : std::int8_t {
  kNotNumber,   // "fast", "1.2.3", ""
  kFinite,      // value holds it
  kNonFinite,   // .inf, -.inf, .nan
  kOutOfRange,  // written as digits but beyond a double: 1e999, 1e-999
};

struct NumberText {
  NumberClass kind = NumberClass::kNotNumber;
  double value = 0.0;
};

NumberText read_number_text(std::string_view text);

// Whether text is a decimal integer: an optional sign and digits only.
bool is_integer_text(std::string_view text);

enum class IntegerClass : std::int8_t {
  kNotInteger,  // not a number, or a number with a fraction (1.5) or not finite
  kInteger,     // value holds it
  kTooLarge,    // an integer beyond the range of std::int64_t
};

struct IntegerText {
  IntegerClass kind = IntegerClass::kNotInteger;
  std::int64_t value = 0;
};

// Digits ("200") or a real with no fraction ("1e6", "2.0", exact up to 2^53).
IntegerText read_integer_text(std::string_view text);

// The unsigned 64-bit integer that digits spell; nullopt for anything else or overflow.
std::optional<std::uint64_t> read_unsigned_text(std::string_view text);

// true, True, TRUE, false, False, FALSE.
std::optional<bool> read_bool_text(std::string_view text);

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_NUMBER_TEXT_HPP
