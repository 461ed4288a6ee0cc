"""PyTorch peers as most users write them: autograd for the gradient, ``torch.optim`` for
the update, the K runs as two float64 parameter tensors (one per coordinate).

``torch.optim.Adam`` (bias-corrected, as optbench's Adam in the article's convention) computes
``w -= (lr / (1 - beta1^t)) m / (sqrt(s) / sqrt(1 - beta2^t) + eps)`` with ``beta^t`` from a
power, where optbench computes ``w -= lr (m / (1 - beta1^t)) / (sqrt(s / (1 - beta2^t)) + eps)``
with ``beta^t`` from repeated products: the same update up to rounding. ``torch.optim.SGD``
without momentum is plain gradient descent. Autograd's gradient of the Rosenbrock expression
rounds differently from the analytic one, so the final states agree to rounding, not bits.
"""

import numpy as np
import torch


def prepare(job, arrays):
    """Return the initial coordinates as float64 tensors."""
    init = arrays["init"].reshape(job["runs"], job["dim"])
    return {
        "x": torch.from_numpy(np.ascontiguousarray(init[:, 0])),
        "y": torch.from_numpy(np.ascontiguousarray(init[:, 1])),
    }


def _rosenbrock(x, y):
    return ((1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2).sum()


def _descend(inputs, steps, make_optimizer):
    x = inputs["x"].clone().requires_grad_(True)
    y = inputs["y"].clone().requires_grad_(True)
    optimizer = make_optimizer([x, y])
    for _ in range(steps):
        optimizer.zero_grad(set_to_none=True)
        _rosenbrock(x, y).backward()
        optimizer.step()
    return torch.stack([x.detach(), y.detach()], dim=1).numpy()


def adam_rosenbrock(inputs, job, steps):
    """torch.optim.Adam on Rosenbrock; returns the final parameters [K, 2]."""
    return _descend(
        inputs,
        steps,
        lambda params: torch.optim.Adam(
            params,
            lr=job["learning_rate"],
            betas=(job["beta1"], job["beta2"]),
            eps=job["epsilon"],
        ),
    )


def gd_rosenbrock(inputs, job, steps):
    """torch.optim.SGD (no momentum) on Rosenbrock; returns the final parameters [K, 2]."""
    return _descend(inputs, steps, lambda params: torch.optim.SGD(params, lr=job["learning_rate"]))


PEERS = {
    "adam_rosenbrock": adam_rosenbrock,
    "gd_rosenbrock": gd_rosenbrock,
}
