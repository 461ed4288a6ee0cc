"""Bad input: exit 2 and one stderr line naming the file and the dataset."""

import shutil

import h5py
import numpy as np
import pytest


def copy_without(source, target, path):
    """Copy the results file and delete ``path`` from the copy."""
    shutil.copyfile(source, target)
    with h5py.File(target, "a") as f:
        del f[path]
    return target


def assert_one_error_line(done, *fragments):
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert done.stdout == ""


@pytest.mark.parametrize("path", [
    "/studies/himmelblau/cost",
    "/studies/styblinski-tang/stop_step",
    "/studies/momentum-sweep/runs/beta",
    "/studies/curvature-3/landscape/minima",
    "/grids/himmelblau/value",
], ids=["cost", "stop_step", "beta", "minima", "grid"])
def test_missing_dataset_exits_2_naming_file_and_dataset(synthetic_file, reports_command,
                                                         tmp_path, path):
    broken = copy_without(synthetic_file, tmp_path / "broken.h5", path)
    done = reports_command(broken, "-o", tmp_path / "out")
    assert_one_error_line(done, str(broken), path)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_misshapen_dataset_exits_2_with_found_and_expected_shape(synthetic_file,
                                                                 reports_command, tmp_path):
    broken = tmp_path / "misshapen.h5"
    shutil.copyfile(synthetic_file, broken)
    with h5py.File(broken, "a") as f:
        cost = f["/studies/himmelblau/cost"][()]
        del f["/studies/himmelblau/cost"]
        f["/studies/himmelblau/cost"] = cost[:-1]
    done = reports_command(broken, "-o", tmp_path / "out")
    assert_one_error_line(done, str(broken), "/studies/himmelblau/cost", "shape (3, 301)",
                          "expected (4, 301)")


def test_non_hdf5_file_exits_2(reports_command, tmp_path):
    text = tmp_path / "results.h5"
    text.write_text("schema: optbench/1\n")
    assert_one_error_line(reports_command(text, "-o", tmp_path / "out"), str(text),
                          "not an HDF5 file")


@pytest.mark.parametrize("schema", [None, "other/3"], ids=["no-schema", "foreign-schema"])
def test_foreign_hdf5_file_exits_2(reports_command, tmp_path, schema):
    foreign = tmp_path / "foreign.h5"
    with h5py.File(foreign, "w") as f:
        f["data"] = np.arange(3.0)
        if schema:
            f.attrs["schema"] = schema
    done = reports_command(foreign, "--check", tmp_path)
    assert_one_error_line(done, str(foreign), "schema", "optbench/1")


def test_missing_file_exits_2(reports_command, tmp_path):
    missing = tmp_path / "missing.h5"
    assert_one_error_line(reports_command(missing, "-o", tmp_path / "out"), str(missing),
                          "no such file")


def test_check_without_a_manifest_exits_2(synthetic_file, reports_command, tmp_path):
    done = reports_command(synthetic_file, "--check", tmp_path)
    assert_one_error_line(done, str(tmp_path / "manifest.json"), "not found")


def test_results_error_message_names_file_and_dataset(results):
    from reports.results import ResultsError

    with pytest.raises(ResultsError, match=r"synthetic\.h5: /studies/himmelblau/nothing: "
                                           r"dataset not found"):
        results.dataset("/studies/himmelblau/nothing")
