"""The seed scenarios as optbench writes them: the article's figures, drawn from the file."""

import json

import h5py
import numpy as np

from reports import landscape, learning_rate_curvature, linear_regression
from reports.results import Results

SEED_FIGURES = ["landscape-goldstein-price", "landscape-himmelblau",
                "landscape-momentum-sensitivity", "landscape-rosenbrock",
                "learning-rate-curvature"] + \
    [f"linear-regression-linear-regression-m{m}" for m in (10, 100, 1000, 10000)] + \
    ["linear-regression-sample-size-linear-regression"] + \
    [f"sensitivity-linear-regression-m{m}" for m in (10, 100, 1000, 10000)] + \
    ["sensitivity-momentum-sensitivity",
                "ecdf-learning-rate-curvature", "ecdf-optimizer-comparison", "ecdf-sensitivity",
                "performance-profile"]


def test_seed_trajectories_and_costs_are_the_stored_data(seed_file):
    with Results(seed_file) as results, h5py.File(seed_file, "r") as f:
        fig = landscape.draw(results.study("rosenbrock"))
        study = f["studies/rosenbrock"]
        params, cost = study["params"][()], study["cost"][()]
        best = study["landscape/minimum_value"][()].min()
        trajectories = {line.get_gid(): line for line in fig.axes[0].get_lines()}
        costs = {line.get_gid(): line for line in fig.axes[1].get_lines()}
        for k, stop in enumerate(study["stop_step"][()]):
            np.testing.assert_array_equal(trajectories[f"trajectory-{k}"].get_xydata(),
                                          params[k, :stop + 1])
            np.testing.assert_array_equal(costs[f"cost-{k}"].get_ydata(),
                                          cost[k, :stop + 1] - best)


def test_seed_learning_rate_panels_are_the_stored_iterates(seed_file):
    with Results(seed_file) as results, h5py.File(seed_file, "r") as f:
        studies = [s for s in results.studies() if learning_rate_curvature.applies(s)]
        assert len(studies) == 4
        fig = learning_rate_curvature.draw(studies)
        drawn = {line.get_gid(): line for ax in fig.axes for line in ax.get_lines()}
        study = f["studies/curvature-4"]
        for k, stop in enumerate(study["stop_step"][()]):
            count = min(stop + 1, learning_rate_curvature.ITERATES + 1)
            line = drawn[f"iterates-curvature-4-{k}"]
            np.testing.assert_array_equal(line.get_xdata(), study["params"][k, :count, 0])
        titles = [ax.get_title() for ax in fig.axes]
        assert titles[-1] == "a = 4, α = 1.2, αa = 4.8\ndiverges"


def test_seed_report_has_the_articles_figures(seed_file, reports_command, tmp_path):
    done = reports_command(seed_file, "-o", tmp_path / "report")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "report" / "manifest.json").read_text())
    assert [figure["name"] for figure in manifest["figures"]] == SEED_FIGURES
    index = (tmp_path / "report" / "index.md").read_text()
    with h5py.File(seed_file, "r") as f:
        for name in ("learning-rate-curvature", "optimizer-comparison"):
            assert f"sha256 {f['scenario'][name].attrs['sha256']}" in index
    assert done.stdout.startswith(f"wrote {len(SEED_FIGURES)} figures")


def test_linear_regression_figure_draws_the_stored_fits_paths_and_gaps(seed_file):
    with Results(seed_file) as results, h5py.File(seed_file, "r") as f:
        fig = linear_regression.draw(results.study("linear-regression-m100"))
        study = f["studies/linear-regression-m100"]
        ax_data, ax_map, ax_cost = fig.axes[:3]
        lines = {line.get_gid(): line for ax in (ax_data, ax_map, ax_cost)
                 for line in ax.get_lines()}
        truth, optimum = study["data/truth"][()], study["data/optimum"][()]
        x = study["data/x"][:, 0]
        samples = lines["samples"]
        assert samples.get_xdata().size == x.size == 100
        np.testing.assert_array_equal(samples.get_ydata(), study["data/y"][:, 0])
        ends = np.array([x.min(), x.max()])
        np.testing.assert_array_equal(lines["truth-line"].get_ydata(), truth[0] * ends + truth[1])
        np.testing.assert_array_equal(lines["optimum-line"].get_ydata(),
                                      optimum[0] * ends + optimum[1])
        assert lines["truth"].get_xydata().tolist() == [truth.tolist()]
        assert lines["optimum"].get_xydata().tolist() == [optimum.tolist()]
        status, params = study["status"][()], study["params"][()]
        optimal = study["data"].attrs["optimal_cost"]
        for k in range(study["status"].shape[0]):
            assert (f"fit-{k}" in lines) == (status[k] != 2)
            if status[k] != 2:
                np.testing.assert_array_equal(lines[f"fit-{k}"].get_ydata(),
                                              params[k, -1, 0] * ends + params[k, -1, 1])
                path = lines[f"path-{k}"].get_xydata()
                np.testing.assert_array_equal(path, params[k])
                floor = abs(optimal) * 2.0 ** -52
                np.testing.assert_array_equal(lines[f"gap-{k}"].get_ydata(),
                                              np.maximum(study["cost"][k] - optimal, floor))


def test_sample_size_figure_shows_the_stored_distances(seed_file):
    with Results(seed_file) as results, h5py.File(seed_file, "r") as f:
        studies = [results.study(f"linear-regression-m{m}") for m in (10, 100, 1000, 10000)]
        fig = linear_regression.draw_sample_size(studies)
        points = {line.get_gid(): line for line in fig.axes[0].get_lines()}["distance"]
        expected = [f[f"studies/linear-regression-m{m}/data"].attrs["optimum_truth_distance"]
                    for m in (10, 100, 1000, 10000)]
        assert points.get_xdata().tolist() == [10, 100, 1000, 10000]
        assert points.get_ydata().tolist() == expected
        # The article's takeaway: ten times the data, about a third of the distance.
        assert all(later < earlier for earlier, later in zip(expected, expected[1:]))
