"""Regression-task studies end to end: data drawn as documented, mini-batch epochs that visit
every sample once, convergence to the stored least-squares optimum, identical bits on every
backend and thread count, the 1/sqrt(m) law, and bad input refused with nothing written."""

import math
import textwrap

import h5py
import numpy as np
import pytest

from philox_reference import epoch_order, name_hash, standard_normal, uniform_pair

SHARED_DATASETS = ("params", "cost", "grad_norm", "status", "stop_step", "stop_epoch",
                   "step", "optimality_gap", "optimum_distance", "truth_distance",
                   "data/x", "data/y", "data/truth", "data/optimum")


def run(optbench, tmp_path, text, *args, name="s.yaml"):
    scenario = tmp_path / name
    scenario.write_text(textwrap.dedent(text))
    out = tmp_path / (scenario.stem + ".h5")
    done = optbench("run", scenario, "-o", out, "--quiet", *args)
    assert done.returncode == 0, done.stderr
    return out


CONVERGENCE = """\
name: convergence
seed: 5
studies:
  - name: line
    task: {kind: linear_regression, samples: 300, truth: {w: 1.5, b: 0.5},
           x: {gaussian: [0, 1]}, noise: {gaussian: 0.4}}
    init: [[0, 0]]
    epochs: 80
    optimizers: [{name: gd, learning_rate: 0.25}]
  - name: houses
    task: {kind: house_prices, samples: 400, standardize: true,
           features: [{name: area, uniform: [50, 250]}, {name: bedrooms, uniform: [1, 5]},
                      {name: ceiling, gaussian: [2.7, 0.2]}],
           truth: {theta: [3000, 10000, 40000], b: 20000}, noise: {gaussian: 5000}}
    init: [[0, 0, 0, 0]]
    epochs: 120
    optimizers: [{name: gd, learning_rate: 0.2}]
  - name: boxes
    task: {kind: bounding_box, samples: 250,
           features: [{gaussian: [0, 1]}, {gaussian: [0, 1]}, {gaussian: [0, 1]}],
           truth: {W: [[1, 0, 0.5, 0], [0, 1, 0, 0.5], [0.2, 0.2, 1, 1]], c: [5, 5, 2, 1]},
           noise: {gaussian: 0.1}}
    init: {uniform: {count: 2}}
    epochs: 200
    optimizers: [{name: gd, learning_rate: 0.2}]
"""


def test_full_batch_gradient_descent_reaches_the_stored_optimum(optbench, tmp_path):
    path = run(optbench, tmp_path, CONVERGENCE)
    with h5py.File(path, "r") as f:
        for name in ("line", "houses", "boxes"):
            study = f[f"studies/{name}"]
            optimum = study["data/optimum"][()]
            final = study["params"][:, -1, :]
            assert np.all(study["status"][()] == 1), name
            error = np.linalg.norm(final - optimum, axis=1) / np.linalg.norm(optimum)
            assert np.all(error <= 1e-10), (name, error)
            gap = study["optimality_gap"][()]
            assert np.all(np.abs(gap) <= 1e-12 * study["data"].attrs["optimal_cost"]), name
            np.testing.assert_allclose(study["optimum_distance"][()],
                                       np.linalg.norm(final - optimum, axis=1), rtol=1e-12)


def test_least_squares_optimum_matches_numpy(optbench, tmp_path):
    path = run(optbench, tmp_path, CONVERGENCE)
    with h5py.File(path, "r") as f:
        for name in ("line", "houses", "boxes"):
            study = f[f"studies/{name}"]
            x = study["data/x"][()]
            mean, scale = study["data/feature_mean"][()], study["data/feature_scale"][()]
            z = np.c_[(x - mean) / scale, np.ones(len(x))]
            y = study["data/y"][()]
            expected = np.linalg.lstsq(z, y, rcond=None)[0]  # [d + 1, outputs]
            np.testing.assert_allclose(study["data/optimum"][()], expected.T.reshape(-1),
                                       rtol=1e-9, atol=1e-9 * np.abs(expected).max())


def test_samples_follow_the_documented_philox_recipe(optbench, tmp_path):
    path = run(optbench, tmp_path, CONVERGENCE)
    with h5py.File(path, "r") as f:
        study = f["studies/boxes"]
        x, y = study["data/x"][()], study["data/y"][()]
        truth = study["data/truth_raw"][()].reshape(4, 4)
        stream = name_hash("bounding_box")
        for i in range(0, 250, 7):
            for feature in range(3):
                u1, u2 = uniform_pair(5, stream, i * 7 + feature)
                assert x[i, feature] == pytest.approx(standard_normal(u1, u2), rel=1e-14,
                                                      abs=1e-15)
            for output in range(4):
                u1, u2 = uniform_pair(5, stream, i * 7 + 3 + output)
                value = truth[output, :3] @ x[i] + truth[output, 3] + \
                    0.1 * standard_normal(u1, u2)
                assert y[i, output] == pytest.approx(value, rel=1e-13, abs=1e-13)


ONE_EPOCH = """\
name: one-epoch
seed: 21
studies:
  - name: sgd
    task: {kind: linear_regression, samples: 30, truth: {w: 2, b: -1},
           x: {uniform: [-1, 1]}, noise: {gaussian: 0.3}}
    init: [[-1.0, 0.5]]
    epochs: 2
    batch_size: [1, 7, full]
    optimizers: [{name: gd, learning_rate: 0.1}]
"""


def test_each_epoch_visits_every_sample_once_in_batches_as_documented(optbench, tmp_path):
    """The first two epochs recomputed here from the documented epoch orders and batches
    give optbench's parameters bit for bit."""
    path = run(optbench, tmp_path, ONE_EPOCH)
    with h5py.File(path, "r") as f:
        study = f["studies/sgd"]
        x, y = study["data/x"][:, 0], study["data/y"][:, 0]
        params = study["params"][()]
        assert list(study["runs/batch_size"][()]) == [1, 7, 30]
        assert list(study["runs/updates_per_epoch"][()]) == [30, 5, 1]
        assert list(study["stop_step"][()]) == [60, 10, 2]
        for k, batch in enumerate((1, 7, 30)):
            w, b = -1.0, 0.5
            for epoch in range(2):
                order = epoch_order(21, epoch, 30)
                assert sorted(order) == list(range(30))
                batches = [order[s:s + batch] for s in range(0, 30, batch)]
                assert sorted(i for part in batches for i in part) == list(range(30))
                for part in batches:
                    gw = gb = 0.0
                    for i in part:
                        residual = (0.0 + w * x[i]) + b - y[i]
                        gw += residual * x[i]
                        gb += residual
                    scale = 2.0 / len(part)
                    w -= 0.1 * (gw * scale)
                    b -= 0.1 * (gb * scale)
                assert params[k, epoch + 1].tolist() == [w, b], (batch, epoch)


BATCHES = """\
name: batches
seed: 3
studies:
  - name: mini-batches
    task: {kind: house_prices, samples: 61, standardize: true,
           features: [{uniform: [0, 10]}, {gaussian: [1, 3]}],
           truth: {theta: [1.5, -2], b: 4}, noise: {gaussian: 1}}
    init: {uniform: {count: 5}}
    epochs: 6
    batch_size: [1, 7, full]
    optimizers: [{name: gd, learning_rate: 0.05}, {name: adam, learning_rate: 0.05},
                 {name: momentum, learning_rate: 0.05}, {name: rmsprop, learning_rate: 0.01}]
"""


# Backend and --threads (0: not given) of each run, where the build has that backend.
BACKEND_RUNS = (("serial", 1), ("openmp", 1), ("openmp", 2), ("cuda", 0), ("hip", 0))


def test_data_and_trajectories_are_identical_on_every_backend_and_thread_count(
        optbench, compiled_backends, tmp_path):
    files = [run(optbench, tmp_path, BATCHES, "--backend", backend,
                 *(("--threads", threads) if threads else ()), name=f"{backend}-{threads}.yaml")
             for backend, threads in BACKEND_RUNS if backend in compiled_backends]
    assert len(files) >= 2
    with h5py.File(files[0], "r") as ref:
        study = ref["studies/mini-batches"]
        assert study["status"].shape == (60,)
        for other in files[1:]:
            with h5py.File(other, "r") as f:
                for dataset in SHARED_DATASETS:
                    a = study[dataset][()]
                    b = f[f"studies/mini-batches/{dataset}"][()]
                    assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), (other, dataset)


def test_no_grid_without_two_parameters(optbench, tmp_path):
    scenario = tmp_path / "grid.yaml"
    scenario.write_text(BATCHES + "    grid: {nx: 9, ny: 9}\n")
    done = optbench("validate", scenario)
    assert done.returncode == 2
    assert "grid.yaml:13:11: studies[0].grid: a grid needs a 2-D landscape; 'house_prices' " \
           "has 3 dimension(s)" in done.stderr


def test_distance_to_the_truth_falls_as_one_over_root_m(optbench, tmp_path):
    studies = []
    for seed in range(50):
        for m in (100, 10000):
            studies.append(f"""\
  - name: m{m}-seed{seed}
    task: {{kind: linear_regression, samples: {m}, truth: {{w: 2, b: -1}}, seed: {seed},
           noise: {{gaussian: 0.5}}, store_data: false}}
    init: [[0, 0]]
    epochs: 1
    record: {{final_only: true}}
    optimizers: [{{name: gd, learning_rate: 0.1}}]
""")
    path = run(optbench, tmp_path, "name: root-m\nstudies:\n" + "".join(studies))
    with h5py.File(path, "r") as f:
        assert "x" not in f["studies/m100-seed0/data"]
        # One record, the final state, after the one epoch every run took in full.
        assert f["studies/m100-seed0/step"][()].tolist() == [1]
        assert f["studies/m100-seed0/status"][()].tolist() == [1]
        assert f["studies/m100-seed0/stop_epoch"][()].tolist() == [1]
        assert f["studies/m100-seed0/stop_step"][()].tolist() == [1]
        distance = {m: np.mean([f[f"studies/m{m}-seed{s}/data"].attrs["optimum_truth_distance"]
                                for s in range(50)])
                    for m in (100, 10000)}
    assert 5.0 <= distance[100] / distance[10000] <= 20.0, distance


def test_too_large_a_learning_rate_diverges_without_stopping_the_others(optbench, tmp_path):
    path = run(optbench, tmp_path, ONE_EPOCH.replace("learning_rate: 0.1}", "learning_rate: 0.1}"
                                                      ", {name: gd, learning_rate: 40}")
               .replace("epochs: 2", "epochs: 30"))
    with h5py.File(path, "r") as f:
        study = f["studies/sgd"]
        status = study["status"][()]
        assert list(status[:3]) == [1, 1, 1] and list(status[3:]) == [2, 2, 2]
        assert all(0 < e <= 30 for e in study["stop_epoch"][3:])
        assert np.all(np.isfinite(study["optimality_gap"][:3]))


BAD_INPUTS = {
    "batch_size: 0": ("    batch_size: 0\n",
                      "s.yaml:10:17: studies[0].batch_size: expected an integer >= 1, found 0"),
    "batch_size above samples": (
        "    batch_size: 31\n",
        "s.yaml:10:17: studies[0].batch_size: expected a batch size in [1, 30]"),
    "samples 0": ("samples: 30", "studies[0].task.samples: expected an integer in [2, "),
    "negative noise": ("gaussian: 0.3",
                       "studies[0].task.noise.gaussian: expected a number in [0, 1e+100]"),
    "unknown task": ("kind: linear_regression", "studies[0].task.kind: unknown task"),
    "wrong feature count": (
        "truth: {w: 2, b: -1}",
        "studies[0].task.truth.w: expected a number in [-1e+100, 1e+100], found a list"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_exits_2_with_the_place_and_writes_nothing(optbench, tmp_path, case):
    change, message = BAD_INPUTS[case]
    text = ONE_EPOCH.replace("    batch_size: [1, 7, full]\n", "")
    if change.startswith("    "):
        text += change
    else:
        replacement = {"samples: 30": "samples: 0", "gaussian: 0.3": "gaussian: -0.3",
                       "kind: linear_regression": "kind: logistic_regression",
                       "truth: {w: 2, b: -1}": "truth: {w: [2, 3], b: -1}"}[change]
        text = text.replace(change, replacement)
    scenario = tmp_path / "s.yaml"
    scenario.write_text(text)
    out = tmp_path / "out.h5"
    out.write_bytes(b"previous results")
    done = optbench("run", scenario, "-o", out)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert out.read_bytes() == b"previous results"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.h5", "s.yaml"]


def test_house_prices_feature_count_must_match_the_truth(optbench, tmp_path):
    scenario = tmp_path / "s.yaml"
    scenario.write_text(BATCHES.replace("theta: [1.5, -2]", "theta: [1.5, -2, 7]"))
    done = optbench("run", scenario, "-o", tmp_path / "out.h5")
    assert done.returncode == 2
    assert "s.yaml:7:27: studies[0].task.truth.theta: expected a list of 2 weight(s), one per " \
           "feature (features has 2), found 3 value(s)" in done.stderr
    assert not (tmp_path / "out.h5").exists()


def test_the_results_file_may_not_be_the_scenario(optbench, tmp_path):
    scenario = tmp_path / "s.yaml"
    scenario.write_text(ONE_EPOCH)
    done = optbench("run", scenario, "-o", scenario)
    assert done.returncode == 2
    assert "is the scenario file" in done.stderr
    assert scenario.read_text() == ONE_EPOCH


def test_stopping_does_not_depend_on_what_is_recorded(optbench, tmp_path):
    """The stop rule is applied at every epoch end, recorded or not."""
    stops = []
    for record in ("{every: 1}", "{every: 7}", "{final_only: true}"):
        text = ONE_EPOCH.replace("seed: 21", f"seed: 21\nrecord: {record}") \
            .replace("learning_rate: 0.1}", "learning_rate: 1.5}") \
            .replace("epochs: 2", "epochs: 30")
        path = run(optbench, tmp_path, text, name=f"r{len(stops)}.yaml")
        with h5py.File(path, "r") as f:
            study = f["studies/sgd"]
            stops.append((study["status"][()].tolist(), study["stop_step"][()].tolist(),
                          study["params"][:, -1, :].tobytes()))
    assert stops[0] == stops[1] == stops[2]
    assert stops[0][0] == [2, 2, 2]


def test_a_costly_but_sound_task_does_not_count_as_diverged(optbench, tmp_path):
    """House prices in the millions have costs above 1e12 from the start: the divergence bound
    scales with the cost of the all-zero model."""
    text = BATCHES.replace("truth: {theta: [1.5, -2], b: 4}, noise: {gaussian: 1}",
                           "truth: {theta: [3e5, 2e5], b: 1.5e6}, noise: {gaussian: 5e4}")
    path = run(optbench, tmp_path, text)
    with h5py.File(path, "r") as f:
        study = f["studies/mini-batches"]
        assert study["cost"][0, 0] > 1e12
        assert np.all(study["status"][()] != 2)


@pytest.mark.parametrize("dataset", ["data/optimum", "data/y", "optimality_gap", "stop_epoch"])
def test_compare_finds_a_changed_dataset_or_optimum(optbench, tmp_path, dataset):
    baseline = run(optbench, tmp_path, ONE_EPOCH)
    candidate = tmp_path / "candidate.h5"
    candidate.write_bytes(baseline.read_bytes())
    assert optbench("compare", baseline, candidate).returncode == 0
    with h5py.File(candidate, "r+") as f:
        values = f[f"studies/sgd/{dataset}"]
        changed = values[()]
        changed.flat[1] = np.nextafter(changed.flat[1], np.inf) \
            if changed.dtype.kind == "f" else changed.flat[1] + 1
        values[...] = changed
    done = optbench("compare", baseline, candidate)
    assert done.returncode == 1, done.stdout
    assert dataset.split("/")[-1] in done.stdout
