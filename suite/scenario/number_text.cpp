#include "suite/scenario/number_text.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace optbench::scenario {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Skips digits from pos; returns how many there were.
std::size_t skip_digits(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos - start;
}

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_real_text(std::string_view text) {
  std::size_t pos = 0;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
  const std::size_t whole = skip_digits(text, pos);
  std::size_t fraction = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    fraction = skip_digits(text, pos);
  }
  if (whole == 0 && fraction == 0) return false;
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
    if (skip_digits(text, pos) == 0) return false;
  }
  return pos == text.size();
}

bool is_infinity(std::string_view text) {
  return text == ".inf" || text == ".Inf" || text == ".INF";
}

bool is_nan(std::string_view text) {
  return text == ".nan" || text == ".NaN" || text == ".NAN";
}

std::string_view without_plus(std::string_view text) {
  return !text.empty() && text[0] == '+' ? text.substr(1) : text;
}

}  // namespace

NumberText read_number_text(std::string_view text) {
  const std::string_view unsigned_text =
      !text.empty() && (text[0] == '-' || text[0] == '+') ? text.substr(1) : text;
  if (is_infinity(unsigned_text) || is_nan(text)) {
    return {NumberClass::kNonFinite, std::numeric_limits<double>::quiet_NaN()};
  }
  if (!is_real_text(text)) return {};
  const std::string_view digits = without_plus(text);
  double value = 0.0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc::result_out_of_range) return {NumberClass::kOutOfRange, 0.0};
  if (error != std::errc() || end != digits.data() + digits.size()) return {};
  return {NumberClass::kFinite, value};
}

bool is_integer_text(std::string_view text) {
  std::size_t pos = 0;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
  return skip_digits(text, pos) > 0 && pos == text.size();
}

IntegerText read_integer_text(std::string_view text) {
  if (is_integer_text(text)) {
    const std::string_view digits = without_plus(text);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error == std::errc::result_out_of_range) return {IntegerClass::kTooLarge, 0};
    if (error != std::errc() || end != digits.data() + digits.size()) return {};
    return {IntegerClass::kInteger, value};
  }
  const NumberText number = read_number_text(text);
  if (number.kind == NumberClass::kOutOfRange) return {IntegerClass::kTooLarge, 0};
  if (number.kind != NumberClass::kFinite) return {};
  if (std::trunc(number.value) != number.value) return {};
  // Beyond 2^53 a double no longer holds every integer: the text may not mean this value.
  if (std::fabs(number.value) > 0x1.0p53) return {IntegerClass::kTooLarge, 0};
  return {IntegerClass::kInteger, static_cast<std::int64_t>(number.value)};
}

std::optional<std::uint64_t> read_unsigned_text(std::string_view text) {
  const std::string_view digits = without_plus(text);
  if (digits.empty() || !is_digit(digits[0]) || !is_integer_text(digits)) return std::nullopt;
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

std::optional<bool> read_bool_text(std::string_view text) {
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  return std::nullopt;
}

}  // namespace optbench::scenario
