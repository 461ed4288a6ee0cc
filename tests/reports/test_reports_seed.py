"""The seed scenarios as optbench writes them: the article's figures, drawn from the file."""

import json

import h5py
import numpy as np

from reports import landscape, learning_rate_curvature
from reports.results import Results

SEED_FIGURES = ["landscape-goldstein-price", "landscape-himmelblau",
                "landscape-momentum-sensitivity", "landscape-rosenbrock",
                "learning-rate-curvature", "sensitivity-momentum-sensitivity",
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
