// Run identities: keys compare bits (NaN equals NaN), labels name what tells runs apart.

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "suite/check/run_identity.hpp"

namespace optbench::check {
namespace {

using Kind = IdentityColumn::Kind;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

IdentityColumn text(const std::string& name, std::vector<std::string> values) {
  IdentityColumn c;
  c.name = name;
  c.kind = Kind::kText;
  c.text = std::move(values);
  return c;
}

IdentityColumn reals(const std::string& name, std::vector<double> values, std::size_t width = 1,
                     bool rows = false) {
  IdentityColumn c;
  c.name = name;
  c.kind = Kind::kReal;
  c.width = width;
  c.per_run_rows = rows;
  c.reals = std::move(values);
  return c;
}

// gd, momentum and adam from two initial points, as the writer stores them.
RunIdentities study() {
  RunIdentities ids;
  ids.add(text("optimizer", {"gd", "momentum", "adam", "adam"}));
  ids.add(text("convention", {"article", "article", "article", "article"}));
  ids.add(reals("learning_rate", {1e-3, 1e-3, 0.05, 0.05}));
  ids.add(reals("beta", {kNaN, 0.9, kNaN, kNaN}));
  ids.add(reals("beta1", {kNaN, kNaN, 0.9, 0.9}));
  ids.add(reals("init", {-1.5, 2.0, -1.5, 2.0, -1.5, 2.0, 0.5, 0.5}, 2, true));
  return ids;
}

TEST(RunIdentity, KeysAreEqualExactlyForEqualRows) {
  const RunIdentities ids = study();
  EXPECT_EQ(ids.size(), 4u);
  EXPECT_NE(ids.key(0), ids.key(1));
  EXPECT_NE(ids.key(2), ids.key(3));  // only init differs

  RunIdentities same = study();
  for (std::size_t k = 0; k < 4; ++k) EXPECT_EQ(ids.key(k), same.key(k));  // NaN == NaN
}

TEST(RunIdentity, KeysCompareBitsNotValues) {
  RunIdentities a, b;
  a.add(reals("learning_rate", {0.1}));
  b.add(reals("learning_rate", {std::nextafter(0.1, 1.0)}));
  EXPECT_NE(a.key(0), b.key(0));
}

TEST(RunIdentity, LabelShowsOptimizerRateInitAndWhatVaries) {
  const RunIdentities ids = study();
  // beta and beta1 each take one used value: the optimizer already tells them apart.
  EXPECT_EQ(ids.label(0), "gd lr=0.001 init=(-1.5, 2)");
  EXPECT_EQ(ids.label(1), "momentum lr=0.001 init=(-1.5, 2)");
  EXPECT_EQ(ids.label(3), "adam lr=0.05 init=(0.5, 0.5)");

  RunIdentities swept;
  swept.add(text("optimizer", {"momentum", "momentum"}));
  swept.add(reals("learning_rate", {0.1, 0.1}));
  swept.add(reals("beta", {0.5, 0.9}));
  swept.add(reals("init", {2.0, 2.0}, 1, true));
  EXPECT_EQ(swept.label(1), "momentum lr=0.1 beta=0.9 init=(2)");
}

TEST(RunIdentity, LabelShortensWideInitialPoints) {
  RunIdentities ids;
  ids.add(text("optimizer", {"gd"}));
  ids.add(reals("learning_rate", {0.5}));
  ids.add(reals("init", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 10, true));
  EXPECT_EQ(ids.label(0), "gd lr=0.5 init=(1, 2, 3, ... 10 values)");
}

TEST(RunIdentity, KeepSelectsAndOrdersColumns) {
  RunIdentities ids = study();
  ids.keep({"learning_rate", "optimizer", "no-such-column"});
  ASSERT_EQ(ids.columns().size(), 2u);
  EXPECT_EQ(ids.columns()[0].name, "learning_rate");
  EXPECT_TRUE(ids.has("optimizer"));
  EXPECT_FALSE(ids.has("init"));
  EXPECT_EQ(ids.key(2), ids.key(3));  // init no longer tells them apart
}

TEST(RunIdentity, RejectsColumnsOfAnotherLength) {
  RunIdentities ids;
  ids.add(text("optimizer", {"gd", "adam"}));
  EXPECT_THROW(ids.add(reals("learning_rate", {0.1})), std::invalid_argument);
}

}  // namespace
}  // namespace optbench::check
