"""The figures draw the file's numbers: drawn Line2D and mesh data against the datasets."""

import h5py
import numpy as np
import pytest

from reports import ecdf, landscape, learning_rate_curvature, performance_profile, sensitivity


def lines_by_gid(ax):
    return {line.get_gid(): line for line in ax.get_lines() if line.get_gid()}


def stored(path, dataset):
    with h5py.File(path, "r") as f:
        node = f[dataset]
        return node.asstr()[()] if h5py.check_string_dtype(node.dtype) else node[()]


def records_to_stop(steps, stop):
    """Records up to the first whose step reaches the stop (later ones repeat it)."""
    return next(i for i, step in enumerate(steps) if step >= stop) + 1


@pytest.mark.parametrize("name", ["himmelblau", "styblinski-tang", "momentum-sweep"])
def test_trajectory_lines_are_the_stored_params_up_to_stop(results, synthetic_file, name):
    fig = landscape.draw(results.study(name))
    params = stored(synthetic_file, f"/studies/{name}/params")
    steps = stored(synthetic_file, f"/studies/{name}/step")
    drawn = lines_by_gid(fig.axes[0])
    for k, stop in enumerate(stored(synthetic_file, f"/studies/{name}/stop_step")):
        count = records_to_stop(steps, stop)
        if steps[1] == 1:
            assert count == stop + 1
        np.testing.assert_array_equal(drawn[f"trajectory-{k}"].get_xdata(), params[k, :count, 0])
        np.testing.assert_array_equal(drawn[f"trajectory-{k}"].get_ydata(), params[k, :count, 1])
        np.testing.assert_array_equal(drawn[f"start-{k}"].get_xydata()[0], params[k, 0])


@pytest.mark.parametrize("name", ["himmelblau", "styblinski-tang"])
def test_cost_curves_are_cost_minus_known_minimum(results, synthetic_file, name):
    fig = landscape.draw(results.study(name))
    cost = stored(synthetic_file, f"/studies/{name}/cost")
    steps = stored(synthetic_file, f"/studies/{name}/step")
    best = stored(synthetic_file, f"/studies/{name}/landscape/minimum_value").min()
    drawn = lines_by_gid(fig.axes[1])
    for k, stop in enumerate(stored(synthetic_file, f"/studies/{name}/stop_step")):
        count = records_to_stop(steps, stop)
        np.testing.assert_array_equal(drawn[f"cost-{k}"].get_ydata(), cost[k, :count] - best)
        expected_steps = np.append(steps[:count - 1], stop)
        np.testing.assert_array_equal(drawn[f"cost-{k}"].get_xdata(), expected_steps)
    assert fig.axes[1].get_yscale() == "log"
    assert fig.axes[1].get_ylabel().startswith("cost J(w) − J*")


def test_grid_study_draws_the_grid_and_its_minima(results, synthetic_file):
    fig = landscape.draw(results.study("himmelblau"))
    x = stored(synthetic_file, "/grids/himmelblau/x")
    y = stored(synthetic_file, "/grids/himmelblau/y")
    value = stored(synthetic_file, "/grids/himmelblau/value")
    ax_map = fig.axes[0]
    assert ax_map.get_xlim() == (x[0], x[-1]) and ax_map.get_ylim() == (y[0], y[-1])
    assert len(fig.axes) == 3, "landscape, cost and the contour's colour bar"
    minima = lines_by_gid(ax_map)["minima"].get_xydata()
    np.testing.assert_array_equal(minima, stored(synthetic_file,
                                                 "/studies/himmelblau/landscape/minima"))
    contour = landscape.draw_contour(landscape.style.new_figure(4, 4).subplots(), x, y, value)
    assert contour.zmax - contour.zmin == pytest.approx(value.max() - value.min())


def test_study_without_grid_shows_its_domain_box(results, synthetic_file):
    fig = landscape.draw(results.study("styblinski-tang"))
    domain = stored(synthetic_file, "/studies/styblinski-tang/landscape/domain")
    assert fig.axes[0].get_xlim() == tuple(domain[0])
    assert fig.axes[0].get_ylim() == tuple(domain[1])
    assert len(fig.axes) == 2


def quadratic_studies(results):
    return [s for s in results.studies() if learning_rate_curvature.applies(s)]


def test_learning_rate_panels_draw_the_stored_iterates(results, synthetic_file):
    fig = learning_rate_curvature.draw(quadratic_studies(results))
    drawn = {gid: line for ax in fig.axes for gid, line in lines_by_gid(ax).items()}
    for name in ("curvature-1", "curvature-3"):
        params = stored(synthetic_file, f"/studies/{name}/params")
        cost = stored(synthetic_file, f"/studies/{name}/cost")
        for k, stop in enumerate(stored(synthetic_file, f"/studies/{name}/stop_step")):
            count = min(stop + 1, learning_rate_curvature.ITERATES + 1)
            line = drawn[f"iterates-{name}-{k}"]
            np.testing.assert_array_equal(line.get_xdata(), params[k, :count, 0])
            np.testing.assert_array_equal(line.get_ydata(), cost[k, :count])


def test_tangent_steps_follow_the_derivative(results, synthetic_file):
    fig = learning_rate_curvature.draw(quadratic_studies(results))
    drawn = {gid: line for ax in fig.axes for gid, line in lines_by_gid(ax).items()}
    w = stored(synthetic_file, "/studies/curvature-3/params")[1, :4, 0]
    cost = stored(synthetic_file, "/studies/curvature-3/cost")[1, :4]
    ends = drawn["tangents-curvature-3-1"].get_ydata()[1::3][:3]
    np.testing.assert_allclose(ends, cost[:-1] + 3.0 * w[:-1] * (w[1:] - w[:-1]), rtol=1e-12)


def test_panel_titles_give_rates_and_the_regime_from_alpha_times_a(results):
    fig = learning_rate_curvature.draw(quadratic_studies(results))
    titles = [ax.get_title() for ax in fig.axes if ax.get_visible()]
    # a in (1, 3) by rows, alpha in (0.3, 0.5, 0.8) by columns; alpha a < 1, < 2, > 2.
    expected = ["converges"] * 3 + ["converges", "oscillates", "diverges"]
    assert [title.splitlines()[1] for title in titles] == expected
    assert titles[5].splitlines()[0] == "a = 3, α = 0.8, αa = 2.4"


def test_heat_map_array_is_the_final_cost(results, synthetic_file):
    fig = sensitivity.draw(results.study("momentum-sweep"))
    rates = stored(synthetic_file, "/studies/momentum-sweep/runs/learning_rate")
    betas = stored(synthetic_file, "/studies/momentum-sweep/runs/beta")
    cost = stored(synthetic_file, "/studies/momentum-sweep/cost")
    stops = stored(synthetic_file, "/studies/momentum-sweep/stop_step")
    status = stored(synthetic_file, "/studies/momentum-sweep/status")
    columns, rows = sorted(set(rates)), sorted(set(betas))
    expected = np.full((len(rows), len(columns)), np.nan)
    for k in range(len(rates)):
        expected[rows.index(betas[k]), columns.index(rates[k])] = cost[k, stops[k]]
    ax = fig.axes[0]
    mesh = ax.collections[0]
    np.testing.assert_array_equal(np.ma.filled(mesh.get_array(), np.nan).reshape(expected.shape),
                                  expected)
    hatched = {patch.get_gid() for patch in ax.patches}
    diverged = {f"diverged-{rows.index(betas[k])}-{columns.index(rates[k])}"
                for k in np.flatnonzero(status == 2)}
    assert diverged and hatched == diverged
    assert [t.get_text() for t in ax.get_xticklabels()] == [f"{r:g}" for r in columns]


def first_hits(cost, steps, stop, gap):
    """Independent steps to target: a plain loop over the records."""
    for value, step in zip(cost, steps):
        if value <= gap:
            return min(step, stop)
    return np.inf


def test_ecdf_counts_the_run_target_pairs_reached(results, synthetic_file):
    studies = [results.study("himmelblau"), results.study("styblinski-tang")]
    fig = ecdf.draw("synthetic-comparison", studies)
    drawn = lines_by_gid(fig.axes[1])["ecdf-styblinski-tang-gd"]
    base = "/studies/styblinski-tang"
    cost = stored(synthetic_file, f"{base}/cost") - stored(
        synthetic_file, f"{base}/landscape/minimum_value").min()
    steps = stored(synthetic_file, f"{base}/step")
    stops = stored(synthetic_file, f"{base}/stop_step")
    runs = np.flatnonzero(stored(synthetic_file, f"{base}/runs/optimizer") == "gd")
    hits = [first_hits(cost[k], steps, stops[k], 10.0 ** e)
            for k in runs for e in np.linspace(2, -8, 51)]
    for x, y in zip(drawn.get_xdata()[1:-1], drawn.get_ydata()[1:-1]):
        assert y == pytest.approx(np.mean(np.array(hits) <= x))
    assert drawn.get_ydata()[-1] == pytest.approx(np.mean(np.isfinite(hits)))


def test_performance_profile_starts_at_the_share_of_problems_won(results):
    studies = performance_profile.compared_studies(results)
    assert [s.name for s in studies] == ["himmelblau", "styblinski-tang"]
    fig = performance_profile.draw(studies)
    gap = performance_profile.PROFILE_GAPS[0]
    names, costs = performance_profile.problem_costs(studies, gap)
    assert costs.shape == (3, len(names)), "one start on himmelblau, two on styblinski-tang"
    drawn = lines_by_gid(fig.axes[0])
    best = costs.min(axis=1)
    for column, name in enumerate(names):
        line = drawn[f"profile-0-{name}"]
        won = np.mean(np.isfinite(best) & (costs[:, column] == best))
        assert line.get_xdata()[0] == 1.0 and line.get_ydata()[0] == pytest.approx(won)
