"""Steps to reach cost targets, shared by the ECDF and the performance profiles.

A run reaches the target gap g at the first recorded step where ``cost - J* <= g``
(``cost``, ``step``, ``stop_step``, ``landscape/minimum_value``); a run that never does has
an infinite step. Targets follow COCO: J* + 10^k for k from 2 down to -8 in steps of 0.2.
"""

import numpy as np

TARGET_GAPS = 10.0 ** np.linspace(2.0, -8.0, 51)
"""Target gaps cost - J*, from 1e2 to 1e-8 (51 targets, 5 per decade)."""


def hitting_steps(study, gaps=TARGET_GAPS):
    """First step at which each run reaches each target gap.

    Parameters
    ----------
    study : reports.results.Study
        A study whose landscape lists its minimum.
    gaps : numpy.ndarray
        Target gaps cost - J*, any order.

    Returns
    -------
    numpy.ndarray, shape [K, len(gaps)]
        Steps as float; ``inf`` where the run never reached the target before its stop.
    """
    step = study.data("step")
    stop = study.data("stop_step")
    best = np.fmin.accumulate(study.data("cost") - study.minimum(), axis=1)
    hits = np.full((best.shape[0], len(gaps)), np.inf)
    for k in range(best.shape[0]):
        # -best is non-decreasing: the first record where best <= gap.
        index = np.searchsorted(-best[k], -np.asarray(gaps), side="left")
        reached = index < step.size
        hits[k, reached] = np.minimum(step[index[reached]], stop[k])
    return hits


def applies(study):
    """Whether steps to target can be computed: a landscape with a known minimum and runs."""
    return study.run_count > 0 and study.landscape is not None and study.minimum() is not None
