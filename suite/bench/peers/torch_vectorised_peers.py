"""PyTorch peers with analytic gradients, vectorised over the K runs in float64 tensors.

The same formulas in the same order as ``numpy_peers``; only the array library differs.
"""

import math

import numpy as np
import torch


def prepare(job, arrays):
    """Return the inputs of a run as float64 tensors."""
    if "init" in arrays:
        init = arrays["init"].reshape(job["runs"], job["dim"])
        return {
            "x": torch.from_numpy(np.ascontiguousarray(init[:, 0])),
            "y": torch.from_numpy(np.ascontiguousarray(init[:, 1])),
        }
    return {"x": torch.from_numpy(arrays["x"]), "y": torch.from_numpy(arrays["y"])}


def adam_rosenbrock(inputs, job, steps):
    """Adam on Rosenbrock; returns the final parameters [K, 2] as a NumPy array."""
    x, y = inputs["x"].clone(), inputs["y"].clone()
    beta1, beta2 = job["beta1"], job["beta2"]
    rate, eps = job["learning_rate"], job["epsilon"]
    mx, my, vx, vy = (torch.zeros_like(x) for _ in range(4))
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
        x = x - rate * (mx / first_correction) / (torch.sqrt(vx / second_correction) + eps)
        y = y - rate * (my / first_correction) / (torch.sqrt(vy / second_correction) + eps)
    return torch.stack([x, y], dim=1).numpy()


def gd_rosenbrock(inputs, job, steps):
    """Gradient descent on Rosenbrock; returns the final parameters [K, 2]."""
    x, y = inputs["x"].clone(), inputs["y"].clone()
    rate = job["learning_rate"]
    for _ in range(steps):
        a = 1.0 - x
        d = y - x * x
        gx = -2.0 * a - 400.0 * x * d
        gy = 200.0 * d
        x = x - rate * gx
        y = y - rate * gy
    return torch.stack([x, y], dim=1).numpy()


def ackley_grid(inputs, job, steps):
    """The 2-D Ackley function on the grid; returns the values [ny, nx]."""
    del job, steps
    y, x = torch.meshgrid(inputs["y"], inputs["x"], indexing="ij")
    two_pi = 2.0 * math.pi
    r = torch.sqrt(0.5 * (x * x + y * y))
    radial = torch.exp(-0.2 * r)
    wave = torch.exp(0.5 * (torch.cos(two_pi * x) + torch.cos(two_pi * y)))
    return (20.0 * (1.0 - radial) + (math.e - wave)).numpy()


PEERS = {
    "adam_rosenbrock": adam_rosenbrock,
    "gd_rosenbrock": gd_rosenbrock,
    "ackley_grid": ackley_grid,
}
