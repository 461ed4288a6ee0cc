"""Byte-for-byte reports: regenerating gives the same files; --check notices one changed byte."""

import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys

import h5py
import pytest

from synthetic_results import write_results

SOURCE_DIR = pathlib.Path(os.environ.get("OPTBENCH_SOURCE_DIR",
                                         pathlib.Path(__file__).resolve().parents[2]))


def launch(*args, cwd):
    """Start ``python3 -m reports ARGS...`` without waiting for it (one CPU each)."""
    env = dict(os.environ, PYTHONPATH=str(SOURCE_DIR), PYTHONHASHSEED="random")
    return subprocess.Popen([sys.executable, "-m", "reports", *map(str, args)], cwd=cwd,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def finish(*processes):
    """Wait for each process; returns (returncode, stdout, stderr) for each."""
    outputs = [p.communicate(timeout=300) for p in processes]
    return [(p.returncode, *output) for p, output in zip(processes, outputs)]


@pytest.fixture(scope="module")
def two_reports(synthetic_file, tmp_path_factory):
    """The synthetic file reported twice, at once: from its path and from a renamed copy."""
    base = tmp_path_factory.mktemp("determinism")
    copy = base / "elsewhere" / "renamed-results.h5"
    copy.parent.mkdir()
    shutil.copyfile(synthetic_file, copy)
    first, second = base / "first", base / "second"
    done = finish(launch(synthetic_file, "-o", first, cwd=base),
                  launch(copy, "-o", second, cwd=copy.parent))
    for code, _, err in done:
        assert code == 0, err
    return first, second


def test_two_regenerations_give_identical_bytes(two_reports):
    first, second = two_reports
    names = sorted(os.listdir(first))
    assert names == sorted(os.listdir(second))
    assert {name.rsplit(".", 1)[1] for name in names} == {"png", "svg", "pdf", "md", "json"}
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.fixture(scope="module")
def sweep_report(tmp_path_factory):
    """A smaller file (the sweep scenario only) and its report, for the --check tests."""
    base = tmp_path_factory.mktemp("check")
    path = write_results(base / "sweep.h5", parts=("sweep",))
    code, _, err = finish(launch(path, "-o", base / "report", cwd=base))[0]
    assert code == 0, err
    return path, base / "report"


def test_check_passes_on_a_fresh_report_and_fails_after_one_byte_changes(sweep_report,
                                                                         tmp_path):
    path, report = sweep_report
    changed = tmp_path / "changed"
    shutil.copytree(report, changed)
    target = changed / "sensitivity-momentum-sweep.pdf"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    (clean_code, clean_out, clean_err), (bad_code, bad_out, _) = finish(
        launch(path, "--check", report, cwd=tmp_path),
        launch(path, "--check", changed, cwd=tmp_path))
    assert clean_code == 0, clean_out + clean_err
    assert "identical" in clean_out
    assert bad_code == 1
    assert "differs: sensitivity-momentum-sweep.pdf (changed)" in bad_out
    assert bad_out.count("differs:") == 1


def test_manifest_gives_every_file_and_dataset_digest_without_paths(
        synthetic_file, two_reports):
    first, _ = two_reports
    text = (first / "manifest.json").read_text()
    manifest = json.loads(text)
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((first / name).read_bytes()).hexdigest() == digest, name
    assert str(first) not in text and str(synthetic_file) not in text
    assert "/somewhere/" not in text and "created_utc" not in text
    figure = next(f for f in manifest["figures"] if f["name"] == "landscape-himmelblau")
    assert figure["files"] == [f"landscape-himmelblau.{ext}" for ext in ("png", "svg", "pdf")]
    with h5py.File(synthetic_file, "r") as f:
        for path in ("/studies/himmelblau/params", "/grids/himmelblau/value"):
            data = f[path][()]
            expected = hashlib.sha256(f"{data.dtype.str}|{data.shape}|".encode() +
                                      data.tobytes()).hexdigest()
            assert figure["datasets"][path] == expected, path
    assert not any(path.startswith("/studies/curvature") for path in figure["datasets"])


def test_index_lists_every_figure_with_its_scenario_and_sha256(synthetic_file, two_reports):
    first, _ = two_reports
    index = (first / "index.md").read_text()
    manifest = json.loads((first / "manifest.json").read_text())
    for figure in manifest["figures"]:
        assert f"]({figure['name']}.png)" in index
    with h5py.File(synthetic_file, "r") as f:
        sha = f["scenario/synthetic-comparison"].attrs["sha256"]
    assert f"scenario synthetic-comparison (sha256 {sha})" in index
    assert "momentum (α = 0.01, β = 0.9, article convention): converged at step" in index


def test_figures_apply_only_where_the_data_fits(two_reports):
    first, _ = two_reports
    names = [f["name"] for f in json.loads((first / "manifest.json").read_text())["figures"]]
    assert names == ["landscape-himmelblau", "landscape-momentum-sweep",
                     "landscape-styblinski-tang", "learning-rate-curvature",
                     "sensitivity-momentum-sweep", "ecdf-synthetic-comparison",
                     "ecdf-synthetic-quadratics", "ecdf-synthetic-sweep",
                     "performance-profile"]
