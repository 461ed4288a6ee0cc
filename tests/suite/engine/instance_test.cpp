// Seeded instances of landscapes (landscapes/instance.hpp), end to end: a scenario is parsed,
// its studies run and written to a results file, and what the file records is checked
// against textbook formulas written here. Instance k != 0 is J(w - shift) + offset; the
// recorded minima are the textbook minima moved by the shift, with values raised by the
// offset; instance 0 is the textbook function bit for bit.

#include <gtest/gtest.h>

#include <H5Cpp.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "backends/portable_math.hpp"
#include "landscapes/instance.hpp"
#include "landscapes/registry.hpp"
#include "suite/engine/run_study.hpp"
#include "suite/scenario/parser.hpp"
#include "suite/store/results_writer.hpp"

namespace optbench::engine {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Textbook functions, written independently of landscapes/.
double rastrigin(const std::vector<double>& w) {
  double sum = 10.0 * static_cast<double>(w.size());
  for (const double x : w) sum += x * x - 10.0 * std::cos(2.0 * kPi * x);
  return sum;
}
double himmelblau(const std::vector<double>& w) {
  const double a = w[0] * w[0] + w[1] - 11.0;
  const double b = w[0] + w[1] * w[1] - 7.0;
  return a * a + b * b;
}
double rosenbrock(const std::vector<double>& w) {
  return (1.0 - w[0]) * (1.0 - w[0]) + 100.0 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]);
}
double sphere(const std::vector<double>& w) {
  double sum = 0.0;
  for (const double x : w) sum += x * x;
  return sum;
}

struct Case {
  const char* landscape;        // the YAML map's keys after `name:` and before `instance:`
  int dim;
  std::vector<double> minimum;  // one textbook global minimum, exactly representable
  double minimum_value;
  std::function<double(const std::vector<double>&)> textbook;
};

std::vector<Case> cases() {
  return {
      {"rastrigin", 2, {0.0, 0.0}, 0.0, rastrigin},
      {"himmelblau", 2, {3.0, 2.0}, 0.0, himmelblau},
      {"rosenbrock", 2, {1.0, 1.0}, 0.0, rosenbrock},
      {"sphere, dim: 5", 5, {0.0, 0.0, 0.0, 0.0, 0.0}, 0.0, sphere},
  };
}

std::string landscape_yaml(const Case& c, std::int64_t instance) {
  return "{name: " + std::string(c.landscape) + ", instance: " + std::to_string(instance) + "}";
}

std::string scenario_text(const std::string& landscape, std::uint64_t seed, int points,
                          int steps) {
  return "name: instances\nseed: " + std::to_string(seed) +
         "\nstudies:\n  - name: s\n    landscape: " + landscape +
         "\n    init: {uniform: {count: " + std::to_string(points) + "}}\n    steps: " +
         std::to_string(steps) + "\n    optimizers: [{name: gd, learning_rate: 1e-4}]\n";
}

scenario::Scenario parse(const std::string& text) {
  const scenario::ParseResult parsed = scenario::parse_scenario_text(text, "instance.yaml");
  std::string problems;
  for (const auto& p : parsed.problems) problems += p.format() + "\n";
  EXPECT_TRUE(parsed.problems.empty()) << problems << text;
  return parsed.scenario.value_or(scenario::Scenario{});
}

// What a results file records about a study's landscape.
struct Recorded {
  std::vector<std::vector<double>> minima;
  std::vector<double> minimum_value;
  std::vector<std::vector<double>> domain;  // [dim][2]
};

std::vector<std::vector<double>> read_matrix(H5::H5File& file, const std::string& name) {
  H5::DataSet set = file.openDataSet(name);
  hsize_t dims[2] = {0, 0};
  set.getSpace().getSimpleExtentDims(dims);
  std::vector<double> flat(dims[0] * dims[1]);
  set.read(flat.data(), H5::PredType::NATIVE_DOUBLE);
  std::vector<std::vector<double>> rows;
  for (hsize_t r = 0; r < dims[0]; ++r) {
    rows.emplace_back(flat.begin() + r * dims[1], flat.begin() + (r + 1) * dims[1]);
  }
  return rows;
}

// Runs the scenario's only study on serial, writes the results file and reads it back. The
// file is named after the test and the process: ctest may run this program's tests at once.
Recorded run_and_record(const scenario::Scenario& s, const std::string& file_name) {
  const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  const auto path = std::filesystem::path(::testing::TempDir()) /
                    (test + "-" + std::to_string(::getpid()) + "-" + file_name);
  std::vector<store::StudyOutput> outputs;
  outputs.push_back({&s, &s.studies.front(), run_study(s.studies.front(), "serial"), {}});
  store::Provenance provenance;
  provenance.backend = "serial";
  provenance.concurrency = 1;
  provenance.created_utc = "2026-01-01T00:00:00Z";
  store::write_results(path.string(), {s}, outputs, provenance);

  H5::H5File file(path.string(), H5F_ACC_RDONLY);
  Recorded recorded;
  recorded.minima = read_matrix(file, "studies/s/landscape/minima");
  recorded.domain = read_matrix(file, "studies/s/landscape/domain");
  H5::DataSet values = file.openDataSet("studies/s/landscape/minimum_value");
  recorded.minimum_value.resize(recorded.minima.size());
  values.read(recorded.minimum_value.data(), H5::PredType::NATIVE_DOUBLE);
  file.close();
  std::filesystem::remove(path);
  return recorded;
}

std::vector<double> minus(const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<double> d(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) d[i] = a[i] - b[i];
  return d;
}

std::vector<double> row(const StudyResult& r, std::int64_t k, std::int64_t t) {
  std::vector<double> w(static_cast<std::size_t>(r.dim));
  for (int i = 0; i < r.dim; ++i) w[static_cast<std::size_t>(i)] = r.params(k, t, i);
  return w;
}

bool same_bytes(const void* a, const void* b, std::size_t n) { return std::memcmp(a, b, n) == 0; }

constexpr std::uint64_t kSeeds[] = {7, 2024};
constexpr std::int64_t kInstances[] = {1, 5};

TEST(LandscapeInstance, RecordedMinimumHasTheRecordedValueAndZeroGradient) {
  for (const Case& c : cases()) {
    for (const std::uint64_t seed : kSeeds) {
      for (const std::int64_t instance : kInstances) {
        const std::string what = std::string(c.landscape) + ", seed " + std::to_string(seed) +
                                 ", instance " + std::to_string(instance);
        scenario::Scenario s = parse(scenario_text(landscape_yaml(c, instance), seed, 1, 1));
        ASSERT_EQ(s.studies.size(), 1u) << what;
        const Recorded recorded = run_and_record(s, "instance.h5");
        ASSERT_FALSE(recorded.minima.empty()) << what;
        ASSERT_EQ(recorded.minima.front().size(), static_cast<std::size_t>(c.dim)) << what;

        // One gradient step from each recorded minimum: the value there is the recorded one
        // and the gradient vanishes (up to the rounding of the minimum's coordinates).
        scenario::Study study = s.studies.front();
        const auto settings = study.runs.front().optimizer;
        study.runs.clear();
        for (const auto& minimum : recorded.minima) study.runs.push_back({settings, minimum});
        const StudyResult r = run_study(study, "serial");
        for (std::size_t m = 0; m < recorded.minima.size(); ++m) {
          const auto k = static_cast<std::int64_t>(m);
          const double value = recorded.minimum_value[m];
          EXPECT_NEAR(r.cost(k, 0), value, 1e-10 * std::fmax(1.0, std::fabs(value)))
              << what << ", minimum " << m;
          EXPECT_LT(r.grad_norm(k, 0), 1e-8) << what << ", minimum " << m;
          EXPECT_LT(r.grad_norm(k, 1), 1e-8) << what << ", minimum " << m;
        }
      }
    }
  }
}

TEST(LandscapeInstance, IsTheTextbookFunctionShiftedAndRaised) {
  for (const Case& c : cases()) {
    for (const std::uint64_t seed : kSeeds) {
      for (const std::int64_t instance : kInstances) {
        const std::string what = std::string(c.landscape) + ", seed " + std::to_string(seed) +
                                 ", instance " + std::to_string(instance);
        scenario::Scenario s = parse(scenario_text(landscape_yaml(c, instance), seed, 16, 3));
        const Recorded recorded = run_and_record(s, "instance.h5");

        // The shift and offset, found from the record and the textbook minimum alone.
        const std::vector<double> shift = minus(recorded.minima.front(), c.minimum);
        const double offset = recorded.minimum_value.front() - c.minimum_value;
        double shift_size = 0.0;
        for (const double d : shift) shift_size = std::fmax(shift_size, std::fabs(d));
        EXPECT_GT(shift_size, 1e-3) << what << ": instance " << instance << " did not move";
        EXPECT_GE(offset, -100.0) << what;
        EXPECT_LE(offset, 100.0) << what;
        EXPECT_NEAR(offset * 100.0, std::round(offset * 100.0), 1e-9) << what;
        for (const double value : recorded.minimum_value) EXPECT_EQ(value, offset) << what;

        const StudyResult r = run_study(s.studies.front(), "serial");
        for (std::int64_t k = 0; k < r.runs; ++k) {
          for (std::int64_t t = 0; t < r.records; ++t) {
            const double expected = c.textbook(minus(row(r, k, t), shift)) + offset;
            EXPECT_NEAR(r.cost(k, t), expected, 1e-11 * std::fmax(1.0, std::fabs(expected)))
                << what << ", run " << k << ", step " << t;
          }
        }
      }
    }
  }
}

TEST(LandscapeInstance, InstanceZeroIsTheTextbookFunctionBitForBit) {
  for (const Case& c : cases()) {
    const std::string plain =
        c.dim == 2 ? std::string(c.landscape) : "{name: " + std::string(c.landscape) + "}";
    const scenario::Scenario textbook = parse(scenario_text(plain, 7, 32, 20));
    const scenario::Scenario zero = parse(scenario_text(landscape_yaml(c, 0), 7, 32, 20));
    const StudyResult a = run_study(textbook.studies.front(), "serial");
    const StudyResult b = run_study(zero.studies.front(), "serial");
    ASSERT_EQ(a.runs, b.runs);
    ASSERT_EQ(a.records, b.records);
    const auto n = static_cast<std::size_t>(a.runs * a.records);
    EXPECT_TRUE(same_bytes(a.cost.data(), b.cost.data(), n * sizeof(double))) << c.landscape;
    EXPECT_TRUE(same_bytes(a.grad_norm.data(), b.grad_norm.data(), n * sizeof(double)))
        << c.landscape;
    EXPECT_TRUE(same_bytes(a.params.data(), b.params.data(), n * a.dim * sizeof(double)))
        << c.landscape;

    // And its record is the textbook minimum, unmoved.
    const Recorded recorded = run_and_record(zero, "instance0.h5");
    EXPECT_EQ(recorded.minima.front(), c.minimum) << c.landscape;
    EXPECT_EQ(recorded.minimum_value.front(), c.minimum_value) << c.landscape;

    // The textbook formula agrees, to rounding (portable math is not std::cos).
    for (std::int64_t k = 0; k < a.runs; ++k) {
      const double expected = c.textbook(row(a, k, 0));
      EXPECT_NEAR(a.cost(k, 0), expected, 1e-12 * std::fmax(1.0, std::fabs(expected)))
          << c.landscape << ", run " << k;
    }
  }
}

// A landscape whose value and gradient can be -0: J = x y, gradient (y, x).
struct SignedZeroProduct {
  static constexpr int kDim = 2;
  template <class Math>
  double value_and_gradient(const double* w, double* g) const {
    g[0] = w[1];
    g[1] = w[0];
    return w[0] * w[1];
  }
};

// Instance 0 runs without a branch (w - (+0), then J + (-0)); every value and gradient must
// keep its bits, the sign of zero included, which J + (+0) would lose.
TEST(LandscapeInstance, InstanceZeroKeepsEveryBitEvenTheSignOfZero) {
  landscapes::LandscapeSpec spec;
  spec.instance = 0;
  const auto instance = landscapes::Instance<SignedZeroProduct>::from({}, spec);
  const double values[] = {-0.0, 0.0, 1.5, -2.25, 1e-310, -1e300, INFINITY, NAN};
  for (const double x : values) {
    for (const double y : values) {
      const double w[2] = {x, y};
      double expected_g[2];
      double g[2];
      const double expected = SignedZeroProduct{}.value_and_gradient<PortableMath>(w, expected_g);
      const double got = instance.value_and_gradient<PortableMath>(w, g);
      EXPECT_TRUE(same_bytes(&got, &expected, sizeof(double))) << x << ", " << y;
      EXPECT_TRUE(same_bytes(g, expected_g, sizeof(g))) << x << ", " << y;
    }
  }
  const double w[2] = {-0.0, 3.0};
  double g[2];
  EXPECT_TRUE(std::signbit(instance.value_and_gradient<PortableMath>(w, g)));
  EXPECT_TRUE(std::signbit(g[1]));
}

TEST(LandscapeInstance, DifferentInstancesAndSeedsGiveDifferentShiftsAndTheSameOnesRepeat) {
  for (const Case& c : cases()) {
    std::vector<std::vector<double>> shifts;
    std::vector<std::string> labels;
    for (const std::uint64_t seed : {7u, 8u, 2024u}) {
      for (const std::int64_t instance : {1, 2, 3, 17}) {
        const std::string text = scenario_text(landscape_yaml(c, instance), seed, 1, 1);
        const scenario::Scenario s = parse(text);
        const auto info = landscapes::describe_landscape(s.studies.front().landscape);
        shifts.push_back(minus(info.minima.front().location, c.minimum));
        labels.push_back("seed " + std::to_string(seed) + ", instance " +
                         std::to_string(instance));
        // The same seed and instance give the same shift.
        const scenario::Scenario again = parse(text);
        EXPECT_EQ(landscapes::describe_landscape(again.studies.front().landscape)
                      .minima.front().location,
                  info.minima.front().location)
            << c.landscape << ", " << labels.back();
      }
    }
    for (std::size_t a = 0; a < shifts.size(); ++a) {
      for (std::size_t b = a + 1; b < shifts.size(); ++b) {
        EXPECT_NE(shifts[a], shifts[b]) << c.landscape << ": " << labels[a] << " and "
                                        << labels[b];
      }
    }
  }
}

// Every landscape a scenario may name, as a YAML landscape entry for instance k.
std::vector<std::string> every_landscape(std::int64_t instance) {
  std::vector<std::string> entries;
  const std::string k = std::to_string(instance);
  for (const auto& info : landscapes::describe_all()) {
    const bool nd = std::find(info.parameters.begin(), info.parameters.end(), "dim") !=
                    info.parameters.end();
    if (nd) {
      entries.push_back("{name: " + info.name + ", dim: 6, instance: " + k + "}");
    } else if (info.name == "quadratic") {
      entries.push_back("{name: quadratic, curvature: " +
                        std::string(info.dim == 1 ? "[3]" : "[1, 9]") + ", instance: " + k + "}");
    } else {
      entries.push_back("{name: " + info.name + ", instance: " + k + "}");
    }
  }
  return entries;
}

TEST(LandscapeInstance, ShiftedMinimaStayInsideTheDomain) {
  for (const std::uint64_t seed : {0u, 7u, 99u}) {
    for (std::int64_t instance = 1; instance <= 25; ++instance) {
      for (const std::string& entry : every_landscape(instance)) {
        const scenario::Scenario s = parse(scenario_text(entry, seed, 1, 1));
        if (s.studies.empty()) continue;
        const auto info = landscapes::describe_landscape(s.studies.front().landscape);
        ASSERT_EQ(info.domain.size(), static_cast<std::size_t>(info.dim)) << entry;
        for (const auto& minimum : info.minima) {
          for (int i = 0; i < info.dim; ++i) {
            const double x = minimum.location[static_cast<std::size_t>(i)];
            EXPECT_GE(x, info.domain[i].low) << entry << ", seed " << seed << ", axis " << i;
            EXPECT_LE(x, info.domain[i].high) << entry << ", seed " << seed << ", axis " << i;
          }
        }
      }
    }
  }
}

TEST(LandscapeInstance, ShiftedMinimaKeepATenthOfTheDomainFromEachEdge) {
  // For the cases here every textbook minimum lies inside the domain shrunk by a tenth of its
  // width at each edge, so the drawn shift must keep it there.
  for (const Case& c : cases()) {
    for (const std::uint64_t seed : {1u, 7u, 99u}) {
      for (std::int64_t instance = 1; instance <= 40; ++instance) {
        const scenario::Scenario s = parse(scenario_text(landscape_yaml(c, instance), seed, 1, 1));
        const auto info = landscapes::describe_landscape(s.studies.front().landscape);
        for (const auto& minimum : info.minima) {
          for (int i = 0; i < info.dim; ++i) {
            const double margin = 0.1 * (info.domain[i].high - info.domain[i].low);
            const double x = minimum.location[static_cast<std::size_t>(i)];
            EXPECT_GE(x, info.domain[i].low + margin - 1e-12) << c.landscape << ", axis " << i;
            EXPECT_LE(x, info.domain[i].high - margin + 1e-12) << c.landscape << ", axis " << i;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace optbench::engine
