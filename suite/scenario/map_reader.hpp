#ifndef OPTBENCH_SUITE_SCENARIO_MAP_READER_HPP
#define OPTBENCH_SUITE_SCENARIO_MAP_READER_HPP

// A YAML map as the parser checks it: a map at all, each key once, only known keys, every
// required key present. yaml-cpp 0.7 keeps both entries of a duplicated key without a word,
// so duplicates are found here by walking the entries. Internal to the parser.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "suite/scenario/yaml_reader.hpp"

namespace optbench::scenario {

struct MapEntry {
  std::string key;
  Where key_at;  // the key node; its path is the map's path
  Where value;   // the value node; its path is map.path + "." + key
};

class MapReader {
 public:
  // Records a problem when `map` is not a map ("expected <expected>, found ...") and one at
  // each repeated key, naming the line of the first.
  MapReader(Reader& reader, const Where& map, std::string_view expected);

  bool is_map() const { return is_map_; }
  const Where& where() const { return map_; }

  // The first entry of each key, in the order written.
  const std::vector<MapEntry>& entries() const { return entries_; }

  // Records a problem at each key not in `allowed`:
  //   unknown key 'betta1'[ for <owner>]; did you mean 'beta1'?
  // and when no key is that close, `hint(key)` when not empty, else "; expected one of ...".
  void check_keys(const std::vector<std::string>& allowed, std::string_view owner = {},
                  const std::function<std::string(const std::string&)>& hint = {});

  const MapEntry* find(std::string_view key) const;

  // As find, but records "missing required key '<key>'" at the map when it is absent.
  const MapEntry* require(std::string_view key);

 private:
  Reader& reader_;
  Where map_;
  bool is_map_ = false;
  std::vector<MapEntry> entries_;
};

}  // namespace optbench::scenario

#endif  // OPTBENCH_SUITE_SCENARIO_MAP_READER_HPP
