"""A small optbench/1 results file written with h5py alone, for the reports tests.

The runs are computed here with numpy (article conventions: momentum v = βv + (1−β)g,
RMSprop and Adam with ε outside the root, Adam bias-corrected), so that the file holds
plausible trajectories that converge, stall and diverge, a grid for one study, a study
recorded every 5 steps and a two-way sweep.
"""

import hashlib

import h5py
import numpy as np

SCHEMA = "optbench/1"


def himmelblau(w):
    x, y = w[..., 0], w[..., 1]
    return (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2


def himmelblau_grad(w):
    x, y = w
    a, b = x ** 2 + y - 11, x + y ** 2 - 7
    return np.array([4 * x * a + 2 * b, 2 * a + 4 * y * b])


def styblinski_tang(w):
    return np.sum(w ** 4 - 16 * w ** 2 + 5 * w, axis=-1) / 2


def styblinski_tang_grad(w):
    return (4 * w ** 3 - 32 * w + 5) / 2


def sphere(w):
    return np.sum(w ** 2, axis=-1)


def sphere_grad(w):
    return 2 * w


def quadratic(a):
    return (lambda w: 0.5 * a * np.sum(w ** 2, axis=-1)), (lambda w: a * w)


def step_rule(settings):
    """The update of one optimizer as a closure over its state."""
    name, rate = settings["optimizer"], settings["learning_rate"]
    state = {"v": 0.0, "s": 0.0, "t": 0}

    def update(w, g):
        state["t"] += 1
        if name == "gd":
            return w - rate * g
        if name == "momentum":
            state["v"] = settings["beta"] * state["v"] + (1 - settings["beta"]) * g
            return w - rate * state["v"]
        if name == "rmsprop":
            state["s"] = settings["beta"] * state["s"] + (1 - settings["beta"]) * g * g
            return w - rate * g / (np.sqrt(state["s"]) + settings["epsilon"])
        b1, b2, t = settings["beta1"], settings["beta2"], state["t"]
        state["v"] = b1 * state["v"] + (1 - b1) * g
        state["s"] = b2 * state["s"] + (1 - b2) * g * g
        v_hat, s_hat = state["v"] / (1 - b1 ** t), state["s"] / (1 - b2 ** t)
        return w - rate * v_hat / (np.sqrt(s_hat) + settings["epsilon"])

    return update


def simulate(cost, grad, init, settings, study):
    """All states of one run (states after the stop repeat it), its status and stop step."""
    w = np.array(init, dtype=float)
    update = step_rule(settings)
    states, status, stop = [w.copy()], 1, study["steps"]
    for t in range(1, study["steps"] + 1):
        w = update(w, grad(w))
        states.append(w.copy())
        value = cost(w)
        if not np.isfinite(value) or abs(value) > study["diverge_above"]:
            status, stop = 2, t
            break
        if value - study["minimum"] <= study["cost_tol"]:
            status, stop = 0, t
            break
    states += [states[-1]] * (study["steps"] + 1 - len(states))
    return np.array(states), status, stop


def record_steps(steps, every):
    """Steps at which records are taken: 0, every, 2 every, ... and always the last."""
    recorded = list(range(0, steps + 1, every))
    if recorded[-1] != steps:
        recorded.append(steps)
    return np.array(recorded, dtype=np.int64)


def run_columns(runs):
    """The runs/ columns, NaN where an optimizer does not use a hyperparameter."""
    columns = {}
    for key in ("learning_rate", "beta", "beta1", "beta2", "epsilon", "schedule_rate"):
        columns[key] = np.array([run.get(key, np.nan) for run in runs], dtype=float)
    for key in ("optimizer", "convention", "schedule"):
        default = {"convention": "article", "schedule": "constant"}.get(key)
        columns[key] = np.array([run.get(key, default) for run in runs], dtype=object)
    columns["seed"] = np.array([run.get("seed", 7) for run in runs], dtype=np.int64)
    columns["init"] = np.array([run["init"] for run in runs], dtype=float)
    return columns


def write_runs(group, runs):
    strings = h5py.string_dtype("utf-8")
    for key, values in run_columns(runs).items():
        group.create_dataset(key, data=values, dtype=strings if values.dtype == object
                             else values.dtype)


def write_landscape(group, landscape):
    for key in ("name", "formula", "source"):
        group.attrs[key] = landscape[key]
    if "curvature" in landscape:
        group.attrs["curvature"] = np.array([landscape["curvature"]], dtype=float)
    group.create_dataset("domain", data=np.array(landscape["domain"], dtype=float))
    group.create_dataset("minima", data=np.array(landscape["minima"], dtype=float))
    group.create_dataset("minimum_value", data=np.array(landscape["minimum_value"], float))


def write_study(root, name, study, runs):
    """Simulate ``runs`` and write ``/studies/<name>`` as optbench would."""
    group = root.create_group(f"studies/{name}")
    landscape = study["landscape"]
    for key in ("scenario", "steps", "record_every", "cost_tol", "grad_tol", "diverge_above"):
        group.attrs[key] = study[key]
    group.attrs["landscape"] = landscape["name"]
    group.attrs["dim"] = len(landscape["domain"])
    if "grid" in study:
        group.attrs["grid"] = study["grid"]
    write_landscape(group.create_group("landscape"), landscape)
    write_runs(group.create_group("runs"), runs)
    study = dict(study, minimum=min(landscape["minimum_value"]))
    steps = record_steps(study["steps"], max(study["record_every"], 1))
    results = [simulate(study["cost"], study["grad"], run["init"], run, study) for run in runs]
    params = np.array([states[steps] for states, _, _ in results])
    group.create_dataset("step", data=steps)
    group.create_dataset("params", data=params)
    group.create_dataset("cost", data=study["cost"](params))
    group.create_dataset("grad_norm", data=np.zeros(params.shape[:2]))
    group.create_dataset("status", data=np.array([r[1] for r in results], dtype=np.int8))
    group.create_dataset("stop_step", data=np.array([r[2] for r in results], dtype=np.int64))
    timing = group.create_group("timing")
    timing.attrs.update({"seconds": 1e-3, "run_steps": 1, "run_steps_per_second": 1e3,
                         "repetitions": 1})


def write_grid(root, name, landscape, study, x, y, value):
    group = root.create_group(f"grids/{name}")
    group.create_dataset("x", data=x)
    group.create_dataset("y", data=y)
    group.create_dataset("value", data=value)
    group.attrs["landscape"] = landscape
    group.attrs["study"] = study


def write_root(root, scenarios):
    root.attrs.update({
        "schema": SCHEMA, "optbench_version": "0.1.0-test", "git_commit": "0123abc",
        "git_dirty": 0, "created_utc": "2026-01-01T00:00:00Z", "kokkos_version": "3.4.1",
        "backend": "serial", "device": "test CPU", "threads": 1, "compiler": "GNU 12.2.0",
        "build_type": "Release", "build_flags": "-O2 -ffp-contract=off"})
    digests = []
    for name, text in scenarios.items():
        root.create_dataset(f"scenario/{name}", data=text, dtype=h5py.string_dtype("utf-8"))
        sha = hashlib.sha256(text.encode()).hexdigest()
        root[f"scenario/{name}"].attrs.update({"path": f"/somewhere/{name}.yaml",
                                               "sha256": sha, "overrides": ""})
        digests.append(sha)
    root.attrs["scenario_sha256"] = hashlib.sha256("".join(digests).encode()).hexdigest()


HIMMELBLAU = {"name": "himmelblau", "formula": "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
              "source": "Himmelblau 1972", "domain": [[-5, 5], [-5, 5]],
              "minima": [[3.0, 2.0], [-2.805118087, 3.131312518],
                         [-3.779310253, -3.283185991], [3.58442834, -1.848126527]],
              "minimum_value": [0.0, 0.0, 0.0, 0.0]}
STYBLINSKI_TANG = {"name": "styblinski_tang",
                   "formula": "(x^4 - 16x^2 + 5x + y^4 - 16y^2 + 5y) / 2",
                   "source": "Styblinski & Tang 1990", "domain": [[-5, 5], [-5, 5]],
                   "minima": [[-2.903534028, -2.903534028]],
                   "minimum_value": [-78.332331407542824]}
SPHERE = {"name": "sphere", "formula": "x^2 + y^2", "source": "De Jong 1975",
          "domain": [[-5.12, 5.12], [-5.12, 5.12]], "minima": [[0.0, 0.0]],
          "minimum_value": [0.0]}

ADAM = {"optimizer": "adam", "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}


def comparison_studies(root):
    """Himmelblau with a grid; Styblinski-Tang (J* < 0) recorded every 5 steps, two starts."""
    base = {"scenario": "synthetic-comparison", "cost_tol": 1e-10, "grad_tol": -1.0,
            "diverge_above": 1e12}
    start = [-0.5, -0.5]
    write_study(root, "himmelblau", dict(base, landscape=HIMMELBLAU, cost=himmelblau,
                                         grad=himmelblau_grad, steps=300, record_every=1,
                                         grid="/grids/himmelblau"),
                [{"optimizer": "gd", "learning_rate": 1e-2, "init": start},
                 {"optimizer": "momentum", "learning_rate": 1e-2, "beta": 0.9, "init": start},
                 dict(ADAM, learning_rate=0.1, init=start),
                 {"optimizer": "gd", "learning_rate": 0.2, "init": start}])
    x, y = np.linspace(-5, 5, 41), np.linspace(-5, 5, 31)
    value = himmelblau(np.stack(np.meshgrid(x, y), axis=-1))
    write_grid(root, "himmelblau", "himmelblau", "himmelblau", x, y, value)
    starts = [[-1.0, -1.5], [1.0, 0.5]]
    write_study(root, "styblinski-tang", dict(base, landscape=STYBLINSKI_TANG,
                                              cost=styblinski_tang, grad=styblinski_tang_grad,
                                              steps=120, record_every=5),
                [{"optimizer": name, "learning_rate": rate, "init": init, **extra}
                 for init in starts
                 for name, rate, extra in (("gd", 0.01, {}), ("rmsprop", 0.05,
                                           {"beta": 0.9, "epsilon": 1e-8}))])


def sweep_study(root):
    """Momentum on the sphere over learning rate × β; the largest rate diverges."""
    study = {"scenario": "synthetic-sweep", "landscape": SPHERE, "cost": sphere,
             "grad": sphere_grad, "steps": 80, "record_every": 1, "cost_tol": 1e-12,
             "grad_tol": -1.0, "diverge_above": 1e6}
    runs = [{"optimizer": "momentum", "learning_rate": rate, "beta": beta, "init": [3.0, -2.0]}
            for rate in (0.05, 0.3, 4.0) for beta in (0.5, 0.9)]
    write_study(root, "momentum-sweep", study, runs)


def quadratic_studies(root):
    """Gradient descent on a/2 w^2 for a = 1 and 3 with three learning rates."""
    for a in (1.0, 3.0):
        cost, grad = quadratic(a)
        landscape = {"name": "quadratic", "formula": f"a/2 x^2 with a = [{a:g}]",
                     "source": "Nocedal & Wright 2006", "curvature": a, "domain": [[-10, 10]],
                     "minima": [[0.0]], "minimum_value": [0.0]}
        study = {"scenario": "synthetic-quadratics", "landscape": landscape, "cost": cost,
                 "grad": grad, "steps": 40, "record_every": 1, "cost_tol": -1.0,
                 "grad_tol": -1.0, "diverge_above": 1e6}
        write_study(root, f"curvature-{a:g}", study,
                    [{"optimizer": "gd", "learning_rate": rate, "init": [2.0]}
                     for rate in (0.3, 0.5, 0.8)])


PARTS = {"comparison": comparison_studies, "sweep": sweep_study,
         "quadratics": quadratic_studies}


def write_results(path, parts=tuple(PARTS)):
    """Write the synthetic results file (the scenarios named in ``parts``); returns ``path``."""
    with h5py.File(path, "w") as root:
        write_root(root, {f"synthetic-{part}": f"name: synthetic-{part}\n" for part in parts})
        for part in parts:
            PARTS[part](root)
    return path


if __name__ == "__main__":
    import sys

    write_results(sys.argv[1])
