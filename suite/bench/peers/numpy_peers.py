"""NumPy peers of optbench's throughput workloads, vectorised over the K runs.

Each function is what a NumPy user would write: one array per coordinate and per moment, the
update formulas of ``suite/optimizers/`` (the article's convention) expression for expression,
and Rosenbrock's and Ackley's formulas as in ``landscapes/``. Elementwise IEEE arithmetic in
the same order gives the same bits as optbench.
"""

import math

import numpy as np


def prepare(job, arrays):
    """Return the inputs of a run: the initial coordinates or the grid axes."""
    if "init" in arrays:
        init = arrays["init"].reshape(job["runs"], job["dim"])
        return {"x": np.ascontiguousarray(init[:, 0]), "y": np.ascontiguousarray(init[:, 1])}
    return {"x": arrays["x"], "y": arrays["y"]}


def adam_rosenbrock(inputs, job, steps):
    """Adam on Rosenbrock; returns the final parameters [K, 2]."""
    x, y = inputs["x"].copy(), inputs["y"].copy()
    beta1, beta2 = job["beta1"], job["beta2"]
    rate, eps = job["learning_rate"], job["epsilon"]
    mx, my, vx, vy = (np.zeros_like(x) for _ in range(4))
    beta1_power = beta2_power = 1.0
    for _ in range(steps):
        beta1_power *= beta1
        beta2_power *= beta2
        first_correction = 1.0 - beta1_power
        second_correction = 1.0 - beta2_power
        a = 1.0 - x
        d = y - x * x
        gx = -2.0 * a - 400.0 * x * d
        gy = 200.0 * d
        mx = beta1 * mx + (1.0 - beta1) * gx
        vx = beta2 * vx + (1.0 - beta2) * (gx * gx)
        my = beta1 * my + (1.0 - beta1) * gy
        vy = beta2 * vy + (1.0 - beta2) * (gy * gy)
        x = x - rate * (mx / first_correction) / (np.sqrt(vx / second_correction) + eps)
        y = y - rate * (my / first_correction) / (np.sqrt(vy / second_correction) + eps)
    return np.stack([x, y], axis=1)


def gd_rosenbrock(inputs, job, steps):
    """Gradient descent on Rosenbrock; returns the final parameters [K, 2]."""
    x, y = inputs["x"].copy(), inputs["y"].copy()
    rate = job["learning_rate"]
    for _ in range(steps):
        a = 1.0 - x
        d = y - x * x
        gx = -2.0 * a - 400.0 * x * d
        gy = 200.0 * d
        x = x - rate * gx
        y = y - rate * gy
    return np.stack([x, y], axis=1)


def ackley_grid(inputs, job, steps):
    """The 2-D Ackley function on the grid; returns the values [ny, nx]."""
    del job, steps
    x, y = np.meshgrid(inputs["x"], inputs["y"])
    two_pi = 2.0 * math.pi
    r = np.sqrt(0.5 * (x * x + y * y))
    radial = np.exp(-0.2 * r)
    wave = np.exp(0.5 * (np.cos(two_pi * x) + np.cos(two_pi * y)))
    return 20.0 * (1.0 - radial) + (math.e - wave)


PEERS = {
    "adam_rosenbrock": adam_rosenbrock,
    "gd_rosenbrock": gd_rosenbrock,
    "ackley_grid": ackley_grid,
}
