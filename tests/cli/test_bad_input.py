"""Inputs a user can get wrong: exit code 2, a message naming file, line, column and key
path, and no output written or touched."""

import textwrap

import h5py
import pytest

VALID = textwrap.dedent("""\
    name: bad-input
    studies:
      - name: s
        landscape: rosenbrock
        init: [[-1.5, 2.0]]
        steps: 10
        optimizers:
          - {name: gd, learning_rate: 1e-3}
    """)

# (id, replaced text, replacement, expected line:column, key path, words in the message)
CASES = [
    ("unknown-key", "steps: 10", "steps: 10\n    stpes: 3", "7:5", "studies[0]",
     ["unknown key 'stpes'"]),
    ("wrong-type", "learning_rate: 1e-3", "learning_rate: fast", "8:35",
     "studies[0].optimizers[0].learning_rate", ["fast"]),
    ("negative-rate", "learning_rate: 1e-3", "learning_rate: -0.1", "8:35",
     "studies[0].optimizers[0].learning_rate", ["-0.1"]),
    ("unknown-landscape", "landscape: rosenbrock", "landscape: rosenbrok", "4:16",
     "studies[0].landscape", ["rosenbrok", "rosenbrock"]),
    ("duplicate-key", "steps: 10", "steps: 10\n    steps: 20", "7:5", "studies[0]",
     ["duplicate key 'steps'", "line 6"]),
]


def write(tmp_path, text, name="scenario.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_valid_scenario_runs(optbench, tmp_path):
    scenario = write(tmp_path, VALID)
    done = optbench("run", scenario, "-o", tmp_path / "out.h5", "--quiet")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.h5").exists()


@pytest.mark.parametrize("old,new,place,key_path,words",
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_bad_scenario_exits_2_naming_the_place(optbench, tmp_path, old, new, place, key_path,
                                               words):
    assert old in VALID
    scenario = write(tmp_path, VALID.replace(old, new))
    output = tmp_path / "out.h5"
    done = optbench("run", scenario, "-o", output)
    assert done.returncode == 2, done.stderr
    assert f"{scenario}:{place}: {key_path}" in done.stderr
    for word in words:
        assert word in done.stderr
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["scenario.yaml"]


def test_existing_output_is_left_untouched_on_error(optbench, tmp_path):
    output = tmp_path / "out.h5"
    output.write_bytes(b"precious bytes\x00\x01")
    scenario = write(tmp_path, VALID.replace("learning_rate: 1e-3", "learning_rate: fast"))
    done = optbench("run", scenario, "-o", output)
    assert done.returncode == 2
    assert output.read_bytes() == b"precious bytes\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.h5", "scenario.yaml"]


def test_every_problem_in_a_file_is_reported(optbench, tmp_path):
    text = (VALID.replace("learning_rate: 1e-3", "learning_rate: fast")
            .replace("landscape: rosenbrock", "landscape: rosenbrok")
            .replace("steps: 10", "steps: 10\n    stpes: 3"))
    done = optbench("validate", write(tmp_path, text))
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if "scenario.yaml:" in line]
    assert len(lines) == 3, done.stderr


def test_backend_not_compiled_in_lists_the_available_ones(optbench, compiled_backends,
                                                          tmp_path):
    missing = next(b for b in ("cuda", "hip", "threads", "openmp") if b not in compiled_backends)
    done = optbench("run", write(tmp_path, VALID), "-o", tmp_path / "out.h5",
                    "--backend", missing)
    assert done.returncode == 2
    assert missing in done.stderr
    assert all(backend in done.stderr for backend in compiled_backends), done.stderr
    assert not (tmp_path / "out.h5").exists()


def test_missing_scenario_file_exits_2(optbench, tmp_path):
    done = optbench("run", tmp_path / "nope.yaml", "-o", tmp_path / "out.h5")
    assert done.returncode == 2
    assert "nope.yaml" in done.stderr


def test_missing_output_directory_exits_2(optbench, tmp_path):
    done = optbench("run", write(tmp_path, VALID), "-o", tmp_path / "no" / "out.h5")
    assert done.returncode == 2
    assert "does not exist" in done.stderr


def test_info_refuses_files_that_are_not_optbench_results(optbench, tmp_path):
    good = tmp_path / "good.h5"
    assert optbench("run", write(tmp_path, VALID), "-o", good, "--quiet").returncode == 0
    truncated = tmp_path / "truncated.h5"
    truncated.write_bytes(good.read_bytes()[:2000])
    random_bytes = tmp_path / "random.h5"
    random_bytes.write_bytes(bytes(range(256)) * 40)
    foreign = tmp_path / "foreign.h5"
    with h5py.File(foreign, "w") as f:
        f["x"] = [1, 2, 3]
    for path, reason in ((truncated, "truncated"), (random_bytes, "not an HDF5 file"),
                         (foreign, "not an optbench results file")):
        done = optbench("info", path)
        assert done.returncode == 2, (path, done.stdout, done.stderr)
        assert str(path) in done.stderr and reason in done.stderr, done.stderr
    assert optbench("info", good).returncode == 0


def test_study_too_large_for_memory_is_refused_before_allocating(optbench, tmp_path):
    text = VALID.replace("init: [[-1.5, 2.0]]", "init: {uniform: {count: 10000000}}").replace(
        "steps: 10", "steps: 100000")
    output = tmp_path / "out.h5"
    for command in (("validate",), ("run", "-o", output)):
        done = optbench(*command[:1], write(tmp_path, text), *command[1:])
        assert done.returncode == 2, done.stderr
        assert "scenario.yaml:3:5: studies[0]: the study needs" in done.stderr
        assert "TiB" in done.stderr and "record sparsely" in done.stderr
    assert not output.exists()


@pytest.mark.parametrize("name", [".", ".."])
def test_dot_names_are_refused(optbench, tmp_path, name):
    text = VALID.replace("  - name: s", f"  - name: '{name}'")
    done = optbench("validate", write(tmp_path, text))
    assert done.returncode == 2
    assert "studies[0].name" in done.stderr and "other than '.' and '..'" in done.stderr


def test_info_names_a_per_run_dataset_of_the_wrong_length(optbench, tmp_path):
    results = tmp_path / "results.h5"
    assert optbench("run", write(tmp_path, VALID), "-o", results, "--quiet").returncode == 0
    with h5py.File(results, "a") as f:
        del f["studies/s/status"]
        f["studies/s/status"] = [0, 0, 0]
    done = optbench("info", results)
    assert done.returncode == 2
    assert "/studies/s/status: 3 entries, expected 1" in done.stderr
