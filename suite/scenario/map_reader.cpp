#include "suite/scenario/map_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "suite/scenario/closest_name.hpp"

namespace optbench::scenario {

MapReader::MapReader(Reader& reader, const Where& map, std::string_view expected)
    : reader_(reader), map_(map), is_map_(map.node.IsMap()) {
  if (!is_map_) {
    reader_.report(map_, fmt::format("expected {}, found {}", expected, Reader::found(map.node)));
    return;
  }
  for (const auto& pair : map.node) {
    const YAML::Node& key = pair.first;
    Where value = reader_.member(map_, key.IsScalar() ? key.Scalar() : "?", key, pair.second);
    // A key added by --set has no mark of its own: it is placed like its value.
    const int key_origin = key.Mark().is_null() ? value.from_set : map_.from_set;
    Where key_at{key, map_.path, key_origin, YAML::Mark::null_mark()};
    if (!key.IsScalar()) {
      reader_.report(key_at, "expected a key name, found " + Reader::found(key));
      continue;
    }
    if (const MapEntry* first = find(key.Scalar())) {
      const YAML::Mark mark = first->key_at.node.Mark();
      const std::string where =
          mark.is_null() ? "" : fmt::format("; first given on line {}", mark.line + 1);
      reader_.report(key_at, fmt::format("duplicate key '{}'{}", key.Scalar(), where));
      continue;
    }
    entries_.push_back({key.Scalar(), std::move(key_at), std::move(value)});
  }
}

void MapReader::check_keys(const std::vector<std::string>& allowed, std::string_view owner,
                           const std::function<std::string(const std::string&)>& hint) {
  for (const auto& entry : entries_) {
    if (std::find(allowed.begin(), allowed.end(), entry.key) != allowed.end()) continue;
    std::string tail = did_you_mean(entry.key, allowed);
    if (tail.empty() && hint) tail = hint(entry.key);
    if (tail.empty()) tail = "; expected one of " + join_names(allowed);
    const std::string for_owner = owner.empty() ? "" : fmt::format(" for {}", owner);
    reader_.report(entry.key_at, fmt::format("unknown key '{}'{}{}", entry.key, for_owner, tail));
  }
}

const MapEntry* MapReader::find(std::string_view key) const {
  for (const auto& entry : entries_) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

const MapEntry* MapReader::require(std::string_view key) {
  const MapEntry* entry = find(key);
  if (entry == nullptr && is_map_) {
    reader_.report(map_, fmt::format("missing required key '{}'", key));
  }
  return entry;
}

}  // namespace optbench::scenario
