"""`optbench compare`: a candidate results file against a baseline. Exit 0 when nothing
regressed, 1 on a regression, 2 when a file cannot be read as optbench results; runs matched by
identity; throughput judged by a Mann-Whitney U test on the repetitions."""

import shutil
import textwrap
import xml.etree.ElementTree as ET

import h5py
import numpy as np
import pytest

SCENARIO = textwrap.dedent("""\
    name: compare-test
    seed: 7
    record: {every: 5}
    studies:
      - name: bowl
        landscape: rosenbrock
        grid: {nx: 8, ny: 6}
        init: [[-1.5, 2.0], [0.5, 0.5]]
        steps: 50
        optimizers:
          - {name: gd, learning_rate: 1e-3}
          - {name: momentum, learning_rate: 1e-3, beta: 0.9}
          - {name: adam, learning_rate: 5e-2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8}
      - name: valley
        landscape: himmelblau
        init: [[-0.5, -0.5]]
        steps: 40
        optimizers:
          - {name: rmsprop, learning_rate: 1e-2, beta: 0.9, epsilon: 1e-8}
          - {name: gd, learning_rate: 1e-3}
    """)

# Datasets of a study with one entry per run, first axis K (runs/ holds more).
PER_RUN = ("params", "cost", "grad_norm", "status", "stop_step", "nearest_minimum",
           "minimum_distance")


def make_results(optbench, directory, text, name):
    scenario = directory / f"{name}.yaml"
    scenario.write_text(text)
    output = directory / f"{name}.h5"
    done = optbench("run", scenario, "-o", output, "--quiet")
    assert done.returncode == 0, done.stderr
    return output


@pytest.fixture(scope="module")
def base(optbench, tmp_path_factory):
    return make_results(optbench, tmp_path_factory.mktemp("base"), SCENARIO, "base")


@pytest.fixture
def candidate(base, tmp_path):
    path = tmp_path / "candidate.h5"
    shutil.copyfile(base, path)
    return path


def finding_lines(stdout, verdict="regression"):
    return [line for line in stdout.splitlines() if line.startswith(verdict + " ")]


def verdict_line(stdout):
    lines = [line for line in stdout.splitlines() if line.startswith("verdict: ")]
    assert len(lines) == 1, stdout
    return lines[0]


def study_row(stdout, study):
    rows = [line.split() for line in stdout.splitlines() if line.split()[:1] == [study]]
    assert len(rows) == 1, stdout
    return rows[0]


def flip_lowest_bit(path, dataset, index):
    with h5py.File(path, "r+") as f:
        values = f[dataset][()]
        values.view(np.uint64)[index] ^= np.uint64(1)
        f[dataset][...] = values


def permute_runs(path, study, order):
    """Reorders the runs of a study consistently in every per-run dataset, in place."""
    with h5py.File(path, "r+") as f:
        group = f["studies"][study]
        names = [f"runs/{name}" for name in group["runs"]]
        for name in names + [n for n in PER_RUN if n in group]:
            values = group[name][()]
            group[name][...] = values[order]


def remove_run(path, study, run):
    """Rewrites every per-run dataset of a study without one run."""
    with h5py.File(path, "r+") as f:
        group = f["studies"][study]
        names = [f"runs/{name}" for name in group["runs"]]
        for name in names + [n for n in PER_RUN if n in group]:
            values = np.delete(group[name][()], run, axis=0)
            dtype = group[name].dtype
            del group[name]
            group.create_dataset(name, data=values, dtype=dtype)


def set_repetitions(path, study, seconds):
    with h5py.File(path, "r+") as f:
        timing = f["studies"][study]["timing"]
        if "seconds" in timing:
            del timing["seconds"]
        timing.create_dataset("seconds", data=np.asarray(seconds, dtype=np.float64))
        timing.attrs["repetitions"] = np.int64(len(seconds))


def test_identical_copy_passes(optbench, base, candidate):
    done = optbench("compare", base, candidate)
    assert done.returncode == 0, done.stdout + done.stderr
    assert finding_lines(done.stdout) == []
    assert "runs: 0 regressions of 8" in verdict_line(done.stdout)
    assert study_row(done.stdout, "bowl")[1:6] == ["6", "6", "0", "0", "0"]


def test_one_flipped_bit_in_params_is_a_regression_naming_study_run_and_dataset(
        optbench, base, candidate):
    flip_lowest_bit(candidate, "studies/bowl/params", (2, 3, 1))
    done = optbench("compare", base, candidate)
    assert done.returncode == 1, done.stdout + done.stderr
    [line] = finding_lines(done.stdout)
    assert " bowl " in line and " run 2 " in line
    assert "momentum lr=0.001 init=(-1.5, 2)" in line
    assert "params: 1 of 22 values differ" in line and "max 1 ulp" in line
    assert "first at step 15" in line
    assert verdict_line(done.stdout).startswith("verdict: regression")


def test_trajectory_tolerance_accepts_a_flipped_low_bit(optbench, base, candidate):
    flip_lowest_bit(candidate, "studies/bowl/params", (2, 3, 1))
    done = optbench("compare", base, candidate, "--trajectory-rtol", "1e-12")
    assert done.returncode == 0, done.stdout


def test_tolerances_come_from_the_scenario_check_block(optbench, tmp_path):
    text = SCENARIO + "check: {trajectory: {rtol: 1e-12}, final_cost: {rtol: 1e-12}}\n"
    tolerant = make_results(optbench, tmp_path, text, "tolerant")
    candidate = tmp_path / "candidate.h5"
    shutil.copyfile(tolerant, candidate)
    flip_lowest_bit(candidate, "studies/bowl/cost", (0, 10))
    assert optbench("compare", tolerant, candidate).returncode == 0
    done = optbench("compare", tolerant, candidate, "--final-cost-rtol", "0")
    assert done.returncode == 1
    [line] = finding_lines(done.stdout)
    assert "final cost" in line and "run 0" in line


def test_changed_status_and_stop_step_are_regressions(optbench, base, candidate):
    with h5py.File(candidate, "r+") as f:
        f["studies/valley/status"][1] = 0
        f["studies/valley/stop_step"][1] = 17
    done = optbench("compare", base, candidate)
    assert done.returncode == 1
    [line] = finding_lines(done.stdout)
    assert "valley" in line and "status max_steps -> converged" in line
    assert "stop_step 40 -> 17" in line


@pytest.mark.parametrize("damage", ["truncated", "random", "empty", "missing", "not-optbench"])
def test_unreadable_candidate_exits_2_naming_the_file(optbench, base, tmp_path, damage):
    bad = tmp_path / f"{damage}.h5"
    if damage == "truncated":
        data = base.read_bytes()
        bad.write_bytes(data[:len(data) // 2])
    elif damage == "random":
        bad.write_bytes(np.random.default_rng(1).bytes(4096))
    elif damage == "empty":
        bad.write_bytes(b"")
    elif damage == "not-optbench":
        with h5py.File(bad, "w") as f:
            f["x"] = np.arange(3.0)
    done = optbench("compare", base, bad)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert str(bad) in line
    reason = {"truncated": "truncated", "random": "not an HDF5 file",
              "empty": "not an HDF5 file", "missing": "no such file",
              "not-optbench": "not an optbench results file"}[damage]
    assert reason in line


def test_unreadable_baseline_exits_2(optbench, base, tmp_path):
    bad = tmp_path / "baseline.h5"
    bad.write_text("not hdf5 at all\n")
    done = optbench("compare", bad, base)
    assert done.returncode == 2
    assert f"{bad}: not an HDF5 file" in done.stderr


def test_incomplete_file_exits_2_naming_the_dataset(optbench, base, candidate):
    with h5py.File(candidate, "r+") as f:
        del f["studies/bowl/grad_norm"]
    done = optbench("compare", base, candidate)
    assert done.returncode == 2
    assert f"{candidate}: /studies/bowl/grad_norm: missing" in done.stderr


def test_reordered_runs_are_matched_by_identity(optbench, base, candidate):
    permute_runs(candidate, "bowl", [5, 3, 1, 0, 4, 2])
    done = optbench("compare", base, candidate)
    assert done.returncode == 0, done.stdout
    assert finding_lines(done.stdout) == []


def test_reordered_runs_report_both_positions(optbench, base, candidate):
    permute_runs(candidate, "bowl", [5, 3, 1, 0, 4, 2])
    flip_lowest_bit(candidate, "studies/bowl/cost", (2, 4))  # baseline run 1
    done = optbench("compare", base, candidate)
    assert done.returncode == 1
    [line] = finding_lines(done.stdout)
    assert "run 1 (candidate 2)" in line and "gd lr=0.001 init=(0.5, 0.5)" in line
    assert "cost: 1 of 11 values differ" in line


def test_removed_run_is_only_in_baseline(optbench, base, candidate):
    remove_run(candidate, "bowl", 4)
    done = optbench("compare", base, candidate)
    assert done.returncode == 1
    [line] = finding_lines(done.stdout)
    assert "run 4" in line and "adam lr=0.05 init=(-1.5, 2)" in line
    assert line.endswith("only in baseline")
    assert study_row(done.stdout, "bowl")[1:6] == ["6", "5", "0", "1", "0"]

    swapped = optbench("compare", candidate, base)
    assert swapped.returncode == 1
    [line] = finding_lines(swapped.stdout)
    assert "run 4 (candidate)" in line and line.endswith("only in candidate")


def test_study_missing_in_candidate_is_a_regression(optbench, base, candidate):
    with h5py.File(candidate, "r+") as f:
        del f["studies/valley"]
    done = optbench("compare", base, candidate)
    assert done.returncode == 1
    [line] = finding_lines(done.stdout)
    assert "valley" in line and "only in baseline" in line


def test_different_record_count_is_a_study_problem(optbench, base, tmp_path):
    scenario = tmp_path / "longer.yaml"
    scenario.write_text(SCENARIO)
    longer = tmp_path / "longer.h5"
    done = optbench("run", scenario, "-o", longer, "--set", "studies.0.steps=60", "--quiet")
    assert done.returncode == 0, done.stderr
    done = optbench("compare", base, longer)
    assert done.returncode == 1
    assert "warning: scenario changed" in done.stdout
    study_lines = [line for line in finding_lines(done.stdout) if "(study)" in line]
    assert len(study_lines) == 1
    assert "number of records (step) differs: baseline 11, candidate 13" in study_lines[0]
    assert not any("valley" in line for line in finding_lines(done.stdout))


def test_changed_grid_value_is_a_regression(optbench, base, candidate):
    flip_lowest_bit(candidate, "grids/rosenbrock/value", (4, 2))
    done = optbench("compare", base, candidate)
    assert done.returncode == 1
    [line] = finding_lines(done.stdout)
    assert "grids/rosenbrock" in line and "value: 1 of 48 values differ" in line
    assert "first at row 4" in line
    assert "grids: 1 regression of 1" in verdict_line(done.stdout)


def test_changed_scenario_digest_is_a_prominent_warning(optbench, base, candidate):
    with h5py.File(candidate, "r+") as f:
        f.attrs["scenario_sha256"] = "0" * 64
        f.attrs["threads"] = np.int64(977)
    done = optbench("compare", base, candidate)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[2].startswith("warning: scenario changed: scenario_sha256")
    assert any(line.startswith("warning: timing provenance differs") and "threads" in line
               and "'977' (candidate)" in line for line in lines)


def test_nine_repetitions_thirty_percent_slower_are_a_regression(optbench, base, candidate,
                                                                 tmp_path):
    seconds = 0.01 * (1.0 + 0.01 * np.arange(9))
    baseline = tmp_path / "baseline.h5"
    shutil.copyfile(base, baseline)
    set_repetitions(baseline, "bowl", seconds)
    set_repetitions(candidate, "bowl", 1.3 * seconds)
    done = optbench("compare", baseline, candidate, "--markdown", tmp_path / "summary.md")
    assert done.returncode == 1, done.stdout
    row = study_row(done.stdout, "bowl")
    assert row[6:11] == ["pass", "regression", "0.77x", "4.1e-05", "9/9"]
    assert "30.0% slower" in done.stdout
    assert "regression" in (tmp_path / "summary.md").read_text().splitlines()[0]
    # A bound above the slowdown passes the same timings.
    assert optbench("compare", baseline, candidate, "--max-slowdown", "0.5").returncode == 0


def test_slowdown_of_a_kernel_too_short_to_time_is_uncertain(optbench, base, candidate,
                                                             tmp_path):
    seconds = 1e-5 * (1.0 + 0.01 * np.arange(9))
    baseline = tmp_path / "baseline.h5"
    shutil.copyfile(base, baseline)
    set_repetitions(baseline, "bowl", seconds)
    set_repetitions(candidate, "bowl", 1.3 * seconds)
    done = optbench("compare", baseline, candidate)
    assert done.returncode == 0, done.stdout
    assert study_row(done.stdout, "bowl")[7] == "uncertain"
    assert "too short to judge" in done.stdout


def test_two_repetitions_are_uncertain(optbench, base, candidate, tmp_path):
    baseline = tmp_path / "baseline.h5"
    shutil.copyfile(base, baseline)
    set_repetitions(baseline, "bowl", [0.010, 0.011])
    set_repetitions(candidate, "bowl", [0.013, 0.0143])
    done = optbench("compare", baseline, candidate)
    assert done.returncode == 0, done.stdout
    row = study_row(done.stdout, "bowl")
    assert row[7] == "uncertain" and row[10] == "2/2"
    assert "cannot reach p < 0.002" in done.stdout


def test_junit_report_lists_every_run(optbench, base, candidate, tmp_path):
    flip_lowest_bit(candidate, "studies/bowl/params", (2, 3, 1))
    junit = tmp_path / "junit.xml"
    done = optbench("compare", base, candidate, "--junit", junit)
    assert done.returncode == 1
    root = ET.parse(junit).getroot()
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert {"bowl", "valley"} <= set(suites)
    runs = [case for case in suites["bowl"].iter("testcase") if case.get("name") != "throughput"]
    assert len(runs) == 6
    assert all(case.get("classname") == "bowl" for case in runs)
    failed = [case for case in runs if case.find("failure") is not None]
    assert [case.get("name") for case in failed] == ["momentum lr=0.001 init=(-1.5, 2)"]
    assert "params" in failed[0].find("failure").get("message")
    assert int(root.get("failures")) == 1
    throughput = [case for case in suites["valley"].iter("testcase")
                  if case.get("name") == "throughput"]
    assert len(throughput) == 1 and throughput[0].find("skipped") is not None


def test_markdown_summary_names_the_verdict(optbench, base, candidate, tmp_path):
    markdown = tmp_path / "summary.md"
    done = optbench("compare", base, candidate, "--markdown", markdown)
    assert done.returncode == 0
    text = markdown.read_text()
    assert text.startswith("## optbench compare: ")
    assert "**Verdict:**" in text and "| bowl |" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candidate.h5", "summary.md"]


def test_report_in_a_missing_directory_exits_2(optbench, base, candidate, tmp_path):
    done = optbench("compare", base, candidate, "--junit", tmp_path / "no" / "junit.xml")
    assert done.returncode == 2
    assert "does not exist" in done.stderr
