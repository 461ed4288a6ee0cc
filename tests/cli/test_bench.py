"""optbench bench: one file with every implementation and matching final states, nothing
written on bad input, and Google Benchmark JSON imported without loss. Speed is never
asserted here."""

import json
import os
import pathlib
import subprocess

import h5py
import numpy as np
import pytest

TRAJECTORY_IMPLEMENTATIONS = {
    "optbench-serial", "optbench-openmp", "limit-serial", "limit-openmp",
    "numpy", "torch-vectorised", "torch-optim",
}
GRID_IMPLEMENTATIONS = TRAJECTORY_IMPLEMENTATIONS - {"torch-optim"}
# Same bits as optbench: the plain loops always; the vectorised peers where the workload
# needs no exp or cos (theirs are the C library's, optbench's are portable).
EXACT = ("optbench-", "limit-")
EXACT_PEERS = ("numpy", "torch-vectorised")


@pytest.fixture(scope="module")
def bench_file(tmp_path_factory):
    pytest.importorskip("torch")
    binary = os.environ.get("OPTBENCH_BINARY")
    if not binary:
        pytest.fail("OPTBENCH_BINARY is not set; run these tests through ctest")
    path = tmp_path_factory.mktemp("bench") / "bench.h5"
    done = subprocess.run([binary, "bench", "--quick", "--peers", "--threads", "2", "-o", path],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return path, done


def test_bench_writes_every_implementation_for_every_workload(bench_file):
    path, _ = bench_file
    with h5py.File(path, "r") as f:
        benchmarks = f["benchmarks"]
        assert set(benchmarks) >= {"adam-rosenbrock", "gd-rosenbrock", "ackley-grid",
                                   "stream_copy"}
        for name, expected in [("adam-rosenbrock", TRAJECTORY_IMPLEMENTATIONS),
                               ("gd-rosenbrock", TRAJECTORY_IMPLEMENTATIONS),
                               ("ackley-grid", GRID_IMPLEMENTATIONS)]:
            group = benchmarks[name]
            names = set(group["implementation"].asstr()[:])
            assert names == expected, name
            assert set(group["K"][:]) == {64, 256}
            assert set(group["threads"][:]) == {1, 2}
            assert group.attrs["flops_per_unit"] > 0
            assert "per" in group.attrs["flops_documentation"]
            seconds = group["seconds"][:]
            assert seconds.shape == (len(group["implementation"]), 2)
            assert np.all(np.isfinite(seconds)) and np.all(seconds > 0)
        assert np.all(benchmarks["stream_copy/bytes_per_second"][:] > 0)


def test_bench_final_states_match_optbench(bench_file):
    path, _ = bench_file
    with h5py.File(path, "r") as f:
        for name in ("adam-rosenbrock", "gd-rosenbrock", "ackley-grid"):
            group = f["benchmarks"][name]
            names = group["implementation"].asstr()[:]
            bitwise = group["bitwise_equal"][:]
            difference = group["max_relative_difference"][:]
            for implementation, equal, diff in zip(names, bitwise, difference):
                assert diff <= 1e-10, (name, implementation, diff)
                exact = EXACT + (EXACT_PEERS if name != "ackley-grid" else ())
                if implementation.startswith(exact):
                    assert equal == 1, (name, implementation)


def test_bench_measures_mini_batch_training_against_its_plain_loop(bench_file):
    path, _ = bench_file
    with h5py.File(path, "r") as f:
        group = f["benchmarks/gd-linear-regression"]
        assert group.attrs["unit"] == "samples"
        names = list(group["implementation"].asstr()[:])
        assert set(names) == {"optbench-serial", "optbench-openmp", "limit-serial",
                              "limit-openmp"}
        assert np.all(group["bitwise_equal"][:] == 1)
        # Units: K runs x 2 epochs x 200 samples (scenarios/throughput/linear-regression.yaml).
        np.testing.assert_array_equal(group["units"][:], group["K"][:] * 2 * 200)
        np.testing.assert_allclose(group["bytes_per_second"][:],
                                   group["units_per_second"][:] * group.attrs["bytes_per_unit"])
        np.testing.assert_allclose(group["flops_per_second"][:],
                                   group["units_per_second"][:] * 16.0)


def test_bench_prints_and_info_shows_the_ratio_table(bench_file, optbench):
    path, done = bench_file
    assert "/limit" in done.stdout and "adam-rosenbrock" in done.stdout
    info = optbench("info", path)
    assert info.returncode == 0, info.stderr
    assert "/limit" in info.stdout and "ackley-grid" in info.stdout
    assert "copy bandwidth" in info.stdout


NOTHING_TO_SWEEP = """\
name: fixed
studies:
  - name: fixed
    landscape: rosenbrock
    init: [[0.0, 0.0]]
    steps: 10
    optimizers: [{name: gd, learning_rate: 1e-3}]
"""
UNKNOWN_KEY = NOTHING_TO_SWEEP.replace("init: [[0.0, 0.0]]", "init: {uniform: {count: 4}}\n"
                                       "    stpes: 3")


@pytest.mark.parametrize("args, words", [
    (["{dir}/fixed.yaml"], ["nothing to benchmark", "uniform"]),
    (["{dir}/unknown.yaml"], ["stpes"]),
    (["--backend", "nonesuch"], ["nonesuch", "not compiled"]),
    (["--sizes", "0"], ["sizes"]),
    (["--import-gbench", "{dir}/broken.json"], ["broken.json", "not JSON"]),
    (["--import-gbench", "{dir}/other.json"], ["benchmarks"]),
], ids=["nothing-to-sweep", "unknown-key", "backend", "size", "not-json", "not-gbench"])
def test_bench_bad_input_exits_2_and_writes_nothing(optbench, tmp_path, args, words):
    (tmp_path / "fixed.yaml").write_text(NOTHING_TO_SWEEP)
    (tmp_path / "unknown.yaml").write_text(UNKNOWN_KEY)
    (tmp_path / "broken.json").write_text("{\"benchmarks\": [")
    (tmp_path / "other.json").write_text("{\"context\": {}}")
    output = tmp_path / "out.h5"
    done = optbench("bench", "--quick", "-o", output,
                    *[a.format(dir=tmp_path) for a in args])
    assert done.returncode == 2, done.stderr
    for word in words:
        assert word in done.stderr
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_bench_into_a_missing_directory_exits_2(optbench, tmp_path):
    done = optbench("bench", "--quick", "-o", tmp_path / "missing" / "out.h5")
    assert done.returncode == 2
    assert "does not exist" in done.stderr


GBENCH_REPORT = {
    "context": {"date": "2026-01-01T00:00:00+00:00", "host_name": "test", "num_cpus": 2,
                "library_build_type": "release"},
    "benchmarks": [
        {"name": "limit-serial/gd-rosenbrock/1000", "family_index": 0,
         "per_family_instance_index": 0, "run_name": "limit-serial/gd-rosenbrock/1000",
         "run_type": "iteration", "repetitions": 1, "repetition_index": 0, "threads": 1,
         "iterations": 170, "real_time": 4.1, "cpu_time": 4.0, "time_unit": "ms",
         "K": 1000.0, "run_steps_per_second": 2.4e8},
        {"name": "optbench-serial/ackley-grid/1000", "family_index": 1,
         "per_family_instance_index": 0, "run_name": "optbench-serial/ackley-grid/1000",
         "run_type": "iteration", "repetitions": 1, "repetition_index": 0, "threads": 1,
         "iterations": 900, "real_time": 0.07, "cpu_time": 0.07, "time_unit": "ms",
         "K": 1000.0, "evaluations_per_second": 1.4e7},
    ],
}


def check_round_trip(path, report):
    with h5py.File(path, "r") as f:
        group = f["benchmarks/gbench"]
        entries = report["benchmarks"]
        assert list(group["name"].asstr()[:]) == [e["name"] for e in entries]
        assert list(group["iterations"][:]) == [e["iterations"] for e in entries]
        assert list(group["real_time"][:]) == [e["real_time"] for e in entries]
        assert list(group["time_unit"].asstr()[:]) == [e["time_unit"] for e in entries]
        counters = {key for e in entries for key in e if key.endswith("_per_second")}
        assert counters and counters <= set(group["counters"])
        for counter in counters:
            stored = group[f"counters/{counter}"][:]
            for value, e in zip(stored, entries):
                if counter in e:
                    assert value == e[counter]
                else:
                    assert np.isnan(value)
        assert json.loads(group.attrs["context"]) == report["context"]


def test_gbench_import_round_trips(optbench, tmp_path):
    report = tmp_path / "gbench.json"
    report.write_text(json.dumps(GBENCH_REPORT))
    output = tmp_path / "bench.h5"
    done = optbench("bench", "--import-gbench", report, "-o", output)
    assert done.returncode == 0, done.stderr
    check_round_trip(output, GBENCH_REPORT)
    # A second import into the same file replaces the group and keeps the rest.
    done = optbench("bench", "--import-gbench", report, "-o", output)
    assert done.returncode == 0, done.stderr
    check_round_trip(output, GBENCH_REPORT)


def test_gbench_program_output_imports(optbench, tmp_path):
    program = pathlib.Path(os.environ["OPTBENCH_BINARY"]).with_name("optbench_gbench")
    if not program.exists():
        pytest.skip("optbench_gbench is not built (OPTBENCH_BUILD_BENCHMARKS=OFF)")
    report = tmp_path / "gbench.json"
    done = subprocess.run([program, "--benchmark_filter=limit-serial/gd-rosenbrock/1000/",
                           "--benchmark_min_time=0.01", f"--benchmark_out={report}",
                           "--benchmark_out_format=json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    output = tmp_path / "bench.h5"
    done = optbench("bench", "--import-gbench", report, "-o", output)
    assert done.returncode == 0, done.stderr
    check_round_trip(output, json.loads(report.read_text()))
