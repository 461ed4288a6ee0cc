"""The landscape features through the command line: basins of Himmelblau, large grids, N-D
families against their 2-D namesakes, the landscape listing, bad landscape input, and a
1000-dimensional study. Expected values are computed here with numpy."""

import json
import math
import textwrap

import h5py
import numpy as np
import pytest

# The 2-D catalog and the N-D families the landscape issue asks for.
CATALOG_2D = ["sphere", "booth", "matyas", "beale", "three_hump_camel", "six_hump_camel",
              "himmelblau", "goldstein_price", "rosenbrock", "rastrigin", "ackley", "levy_13",
              "easom", "mccormick", "styblinski_tang", "eggholder", "cross_in_tray",
              "holder_table", "schaffer_2", "bukin_6", "branin"]
FAMILIES_ND = ["sphere", "rosenbrock", "rastrigin", "ackley", "styblinski_tang", "levy",
               "zakharov", "conditioned_quadratic"]

TRAJECTORY_DATASETS = ("params", "cost", "grad_norm", "status", "stop_step")


def write(tmp_path, text, name="scenario.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def run_ok(optbench, scenario, output, *extra):
    done = optbench("run", scenario, "-o", output, "--quiet", *extra)
    assert done.returncode == 0, done.stderr
    return output


def goldstein_price(x, y):
    a = 1 + (x + y + 1) ** 2 * (19 - 14 * x + 3 * x ** 2 - 14 * y + 6 * x * y + 3 * y ** 2)
    b = 30 + (2 * x - 3 * y) ** 2 * (18 - 32 * x + 12 * x ** 2 + 48 * y - 36 * x * y
                                     + 27 * y ** 2)
    return a * b


# --- Himmelblau's four basins ---------------------------------------------------------------

HIMMELBLAU = """\
    name: basins
    studies:
      - name: himmelblau
        landscape: himmelblau
        init: {grid: {n: [21, 21]}}
        steps: 1500
        stop: {grad_tol: 1e-10}
        optimizers:
          - {name: gd, learning_rate: 5e-3}
    """


def test_himmelblau_grid_of_starts_finds_all_four_basins(optbench, tmp_path):
    output = run_ok(optbench, write(tmp_path, HIMMELBLAU), tmp_path / "basins.h5")
    with h5py.File(output, "r") as f:
        study = f["studies/himmelblau"]
        minima = study["landscape/minima"][()]
        final = study["params"][:, -1, :]
        status = study["status"][()]
        nearest = study["nearest_minimum"][()]
        distance = study["minimum_distance"][()]
        per_minimum = study["runs_per_minimum"][()]
        init = study["runs/init"][()]

    assert minima.shape == (4, 2)
    assert final.shape == (441, 2)
    # The starts span the domain [-5, 5]^2 with x fastest.
    axis = np.linspace(-5.0, 5.0, 21)
    np.testing.assert_allclose(init[:, 0], np.tile(axis, 21), rtol=0, atol=1e-15)
    np.testing.assert_allclose(init[:, 1], np.repeat(axis, 21), rtol=0, atol=1e-15)

    converged = status == 0
    assert converged.sum() >= 0.95 * 441, np.bincount(status)
    assert not np.any(status == 2)

    # Distances from every end point to every minimum, computed here.
    gaps = np.sqrt(((final[:, None, :] - minima[None, :, :]) ** 2).sum(axis=2))
    mine = np.argmin(gaps, axis=1)
    for k in np.flatnonzero(converged):
        within = np.flatnonzero(gaps[k] < 1e-6)
        assert within.size == 1, (k, final[k], gaps[k])
        assert nearest[k] == within[0], (k, final[k], nearest[k], within)
    np.testing.assert_array_equal(nearest, mine)
    np.testing.assert_allclose(distance, gaps[np.arange(len(mine)), mine], rtol=1e-12,
                               atol=1e-15)

    counts = np.bincount(mine[status != 2], minlength=4)
    np.testing.assert_array_equal(per_minimum, counts)
    assert per_minimum.sum() == 441
    assert np.all(per_minimum > 0), per_minimum


# --- A 4096 x 4096 grid of Goldstein-Price ----------------------------------------------------

GOLDSTEIN_PRICE_GRID = """\
    name: big-grid
    studies:
      - name: goldstein-price
        landscape: goldstein_price
        grid: {nx: 4096, ny: 4096}
        init: [[0.0, -1.0]]
        steps: 1
        optimizers:
          - {name: gd, learning_rate: 1e-5}
    """


def test_large_grid_is_stored_and_identical_on_every_backend(optbench, compiled_backends,
                                                             tmp_path):
    scenario = write(tmp_path, GOLDSTEIN_PRICE_GRID)
    serial = run_ok(optbench, scenario, tmp_path / "serial.h5", "--backend", "serial")
    others = [run_ok(optbench, scenario, tmp_path / f"{backend}.h5", "--backend", backend,
                     *(("--threads", "2") if backend == "openmp" else ()))
              for backend in compiled_backends if backend != "serial"]

    with h5py.File(serial, "r") as f:
        assert f["studies/goldstein-price"].attrs["grid"] == "/grids/goldstein_price"
        grid = f["grids/goldstein_price"]
        x = grid["x"][()]
        y = grid["y"][()]
        value = grid["value"]
        assert value.shape == (4096, 4096)
        assert value.dtype == np.float64
        assert x.shape == (4096,) and y.shape == (4096,)
        # The domain [-2, 2]^2, both ends exactly, evenly spaced between.
        assert (x[0], x[-1], y[0], y[-1]) == (-2.0, 2.0, -2.0, 2.0)
        np.testing.assert_allclose(x, np.linspace(-2.0, 2.0, 4096), rtol=0, atol=1e-15)
        np.testing.assert_allclose(y, np.linspace(-2.0, 2.0, 4096), rtol=0, atol=1e-15)
        assert np.all(np.diff(x) > 0) and np.all(np.diff(y) > 0)
        # Rows are y, columns x.
        rng = np.random.default_rng(4096)
        picks = [(0, 0), (0, 4095), (4095, 0), (4095, 4095), (2047, 2048)]
        picks += [tuple(p) for p in rng.integers(0, 4096, size=(20, 2))]
        for row, column in picks:
            expected = goldstein_price(x[column], y[row])
            assert value[row, column] == pytest.approx(expected, rel=1e-12), (row, column)
        serial_values = value[()]
    assert serial_values.min() >= 3.0 - 1e-12

    for other in others:
        with h5py.File(other, "r") as f:
            grid = f["grids/goldstein_price"]
            assert grid["x"][()].tobytes() == x.tobytes()
            assert grid["y"][()].tobytes() == y.tobytes()
            assert grid["value"][()].tobytes() == serial_values.tobytes(), other


# --- N-D families at dim 2 against their 2-D namesakes -------------------------------------

ND_VERSUS_2D = """\
    name: nd-versus-2d
    studies:
      - name: two-d
        landscape: LANDSCAPE
        init: [[-1.5, 2.0], [0.3, -0.8], [1.2, 1.7], [-0.9, -0.4]]
        steps: 300
        stop: {diverge_above: 1e12}
        optimizers:
          - {name: gd, learning_rate: 1e-3}
          - {name: momentum, learning_rate: 1e-3, beta: 0.9}
          - {name: rmsprop, learning_rate: 1e-2, beta: 0.9, epsilon: 1e-8}
          - {name: adam, learning_rate: 5e-2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8,
             schedule: {kind: inverse_time, rate: 1e-2}}
      - name: n-d
        landscape: {name: LANDSCAPE, dim: 2}
        init: [[-1.5, 2.0], [0.3, -0.8], [1.2, 1.7], [-0.9, -0.4]]
        steps: 300
        stop: {diverge_above: 1e12}
        optimizers:
          - {name: gd, learning_rate: 1e-3}
          - {name: momentum, learning_rate: 1e-3, beta: 0.9}
          - {name: rmsprop, learning_rate: 1e-2, beta: 0.9, epsilon: 1e-8}
          - {name: adam, learning_rate: 5e-2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8,
             schedule: {kind: inverse_time, rate: 1e-2}}
    """


@pytest.mark.parametrize("landscape", ["rosenbrock", "rastrigin"])
def test_nd_family_at_dim_2_gives_the_2d_trajectories_bit_for_bit(optbench, tmp_path,
                                                                  landscape):
    scenario = write(tmp_path, ND_VERSUS_2D.replace("LANDSCAPE", landscape))
    output = run_ok(optbench, scenario, tmp_path / "out.h5")
    with h5py.File(output, "r") as f:
        two_d = f["studies/two-d"]
        n_d = f["studies/n-d"]
        assert two_d.attrs["dim"] == n_d.attrs["dim"] == 2
        assert two_d["params"].shape == (16, 301, 2)
        # Not trivially equal: the runs moved.
        assert np.any(two_d["params"][:, -1, :] != two_d["params"][:, 0, :])
        for name in TRAJECTORY_DATASETS:
            a = two_d[name][()]
            b = n_d[name][()]
            assert a.dtype == b.dtype and a.shape == b.shape, name
            assert a.tobytes() == b.tobytes(), (landscape, name)


# --- optbench list landscapes ------------------------------------------------------------------

@pytest.fixture(scope="module")
def listing(optbench):
    done = optbench("list", "landscapes", "--format", "json")
    assert done.returncode == 0, done.stderr
    entries = json.loads(done.stdout)
    assert isinstance(entries, list)
    text = optbench("list", "landscapes")
    assert text.returncode == 0, text.stderr
    return entries, text.stdout


def is_family(entry):
    return "dim" in entry["parameters"]


def check_entry(entry):
    """Name, dimension, domain, minima and source, consistent with each other."""
    assert isinstance(entry["name"], str) and entry["name"]
    dim = entry["dim"]
    assert isinstance(dim, int) and dim >= 1, entry
    assert len(entry["domain"]) == dim, entry
    for low, high in entry["domain"]:
        assert math.isfinite(low) and math.isfinite(high) and low < high, entry
    assert entry["minima"], entry
    for minimum in entry["minima"]:
        assert len(minimum["location"]) == dim, entry
        assert math.isfinite(minimum["value"]), entry
        for x, (low, high) in zip(minimum["location"], entry["domain"]):
            assert low <= x <= high, entry
    assert isinstance(entry["source"], str) and entry["source"].strip(), entry
    assert isinstance(entry["formula"], str) and entry["formula"].strip(), entry


def test_json_listing_has_every_2d_landscape_and_nd_family(listing):
    entries, _ = listing
    for entry in entries:
        check_entry(entry)
    two_d = {e["name"]: e for e in entries if not is_family(e) and e["name"] != "quadratic"}
    families = {e["name"]: e for e in entries if is_family(e)}
    assert sorted(two_d) == sorted(CATALOG_2D)
    assert all(e["dim"] == 2 for e in two_d.values())
    assert sorted(families) == sorted(FAMILIES_ND)
    assert len(two_d) + len(families) + 2 == len(entries)  # and the 1-D and 2-D quadratic

    # Minima as published: Himmelblau's four zeros, Goldstein-Price's J(0, -1) = 3.
    himmelblau = two_d["himmelblau"]
    assert len(himmelblau["minima"]) == 4
    for minimum in himmelblau["minima"]:
        x, y = minimum["location"]
        assert minimum["value"] == 0.0
        assert (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2 < 1e-20, minimum
    assert two_d["goldstein_price"]["minima"] == [{"location": [0, -1], "value": 3}]
    assert goldstein_price(0.0, -1.0) == 3.0
    assert families["conditioned_quadratic"]["parameters"] == ["dim", "condition",
                                                               "rotation_seed"]


def test_text_listing_mentions_the_same_names(listing):
    entries, text = listing
    headings = [line.split(" (")[0] for line in text.splitlines()
                if line and not line.startswith(" ")]
    assert sorted(headings) == sorted(e["name"] for e in entries)
    for name in CATALOG_2D + FAMILIES_ND:
        assert name in headings, name
    for entry in entries:
        assert entry["source"] in text, entry["name"]


def test_text_listing_names_every_parameter(listing):
    """Each heading lists all of the entry's parameters, as the JSON form does."""
    entries, text = listing
    headings = [line for line in text.splitlines() if line and not line.startswith(" ")]
    assert len(headings) == len(entries)
    for entry, heading in zip(entries, headings):
        assert heading.startswith(entry["name"] + " ("), (entry["name"], heading)
        listed = heading.partition("parameters:")[2].replace(",", " ").split()
        assert sorted(listed) == sorted(entry["parameters"]), (entry["name"], heading)


# --- Bad landscape input ------------------------------------------------------------------------

BAD_BASE = """\
name: bad-landscape
studies:
  - name: s
    landscape: LANDSCAPE
    GRID
    init: INIT
    steps: 5
    optimizers:
      - {name: gd, learning_rate: 1e-3}
"""

# (id, landscape, grid line, init, token the problem is placed at, key path, words). A problem
# with a landscape parameter may be placed at the parameter's key or at its value: a tuple
# gives both tokens.
BAD_CASES = [
    ("unknown-landscape", "rosenbrok", "", "[[0.5, 0.5]]", "rosenbrok",
     "studies[0].landscape", ["unknown landscape", "'rosenbrok'", "did you mean 'rosenbrock'"]),
    ("dim-1-rastrigin", "{name: rastrigin, dim: 1}", "", "[[0.5]]", ("dim: 1", "1}"),
     "studies[0].landscape.dim", ["found 1", "2"]),
    ("grid-nx-0", "himmelblau", "grid: {nx: 0, ny: 16}", "[[0.5, 0.5]]", "0,",
     "studies[0].grid.nx", ["found 0"]),
    ("grid-reversed-window", "himmelblau", "grid: {nx: 8, ny: 8, x: [2, -2]}", "[[0.5, 0.5]]",
     "[2, -2]", "studies[0].grid.x", ["low < high", "[2, -2]"]),
    ("negative-condition", "{name: conditioned_quadratic, dim: 4, condition: -5}", "",
     "[[0.5, 0.5, 0.5, 0.5]]", ("condition: -5", "-5}"), "studies[0].landscape.condition",
     ["-5"]),
    ("grid-on-1d-quadratic", "{name: quadratic, curvature: 2}", "grid: {nx: 8, ny: 8}",
     "[[0.5]]", "{nx", "studies[0].grid", ["2-D", "quadratic"]),
]


def place_of(text, token, after):
    """1-based line and column of the first `token` after the text `after`."""
    offset = text.index(token, text.index(after))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


@pytest.mark.parametrize("landscape,grid,init,token,key_path,words",
                         [case[1:] for case in BAD_CASES], ids=[case[0] for case in BAD_CASES])
def test_bad_landscape_input_exits_2_naming_the_place(optbench, tmp_path, landscape, grid,
                                                      init, token, key_path, words):
    text = (BAD_BASE.replace("LANDSCAPE", landscape).replace("INIT", init)
            .replace("    GRID\n", f"    {grid}\n" if grid else ""))
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text(text)
    after = "grid:" if key_path.startswith("studies[0].grid") else "landscape:"
    tokens = token if isinstance(token, tuple) else (token,)
    places = [f"{scenario}:{place_of(text, t, after)}: {key_path}: " for t in tokens]
    output = tmp_path / "out.h5"

    for command in (["run", scenario, "-o", output], ["validate", scenario]):
        done = optbench(*command)
        assert done.returncode == 2, (command[0], done.stdout, done.stderr)
        problems = [line for line in done.stderr.splitlines() if "scenario.yaml:" in line]
        assert len(problems) == 1, done.stderr
        assert any(problems[0].startswith(p) for p in places), (places, done.stderr)
        for word in words:
            assert word in problems[0], (word, problems[0])
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["scenario.yaml"]


# --- A 1000-dimensional study ------------------------------------------------------------------

THOUSAND_DIMENSIONS = """\
    name: wide
    seed: 11
    record: {final_only: true}
    studies:
      - name: rastrigin-1000
        landscape: {name: rastrigin, dim: 1000}
        init: {uniform: {count: 3}}
        steps: 6
        optimizers:
          - {name: gd, learning_rate: 1e-3}
    """


def test_study_in_1000_dimensions_stores_final_params(optbench, tmp_path):
    output = run_ok(optbench, write(tmp_path, THOUSAND_DIMENSIONS), tmp_path / "wide.h5")
    with h5py.File(output, "r") as f:
        study = f["studies/rastrigin-1000"]
        assert study.attrs["dim"] == 1000
        assert study["params"].shape == (3, 1, 1000)
        assert study["cost"].shape == (3, 1)
        assert list(study["step"][()]) == [6]
        assert study["landscape/domain"].shape == (1000, 2)
        assert study["landscape/minima"].shape == (1, 1000)
        init = study["runs/init"][()]
        final = study["params"][:, 0, :]
        cost = study["cost"][:, 0]
        status = study["status"][()]

    assert init.shape == (3, 1000)
    assert np.all(np.abs(init) <= 5.12)
    assert len({row.tobytes() for row in init}) == 3
    assert list(status) == [1, 1, 1]
    # Six gradient steps of Rastrigin, computed here.
    w = init.copy()
    for _ in range(6):
        w = w - 1e-3 * (2 * w + 20 * np.pi * np.sin(2 * np.pi * w))
    np.testing.assert_allclose(final, w, rtol=1e-12, atol=1e-13)
    expected = 10 * 1000 + (w * w - 10 * np.cos(2 * np.pi * w)).sum(axis=1)
    np.testing.assert_allclose(cost, expected, rtol=1e-12)
