#ifndef OPTBENCH_SUITE_STORE_SHA256_HPP
#define OPTBENCH_SUITE_STORE_SHA256_HPP

#include <string>

namespace optbench::store {

// SHA-256 of the bytes of `data`, as 64 lowercase hexadecimal digits (OpenSSL's digest).
std::string sha256_hex(const std::string& data);

}  // namespace optbench::store

#endif  // OPTBENCH_SUITE_STORE_SHA256_HPP
