"""Caption text shared by the figure modules: provenance and run settings, from the file."""

import numpy as np

from reports import style
from reports.results import STATUS_NAMES

# Hyperparameter columns of runs/ in the order captions list them, with their symbols.
SETTINGS = (("learning_rate", "α"), ("beta", "β"), ("beta1", "β1"), ("beta2", "β2"),
            ("epsilon", "ε"))


def scenario_text(study):
    """``scenario <name> (sha256 <hex>)`` for the scenario that defined ``study``."""
    name = study.scenario
    return f"scenario {name} (sha256 {study.results.scenario_sha256(name)})"


def landscape_text(study):
    """The landscape's name, formula and source, e.g. ``rosenbrock, J = ... (source)``."""
    attrs = study.landscape_attrs()
    return f"{attrs.get('name', study.landscape)}, J = {attrs.get('formula', '?')} " \
           f"({attrs.get('source', 'no source given')})"


def settings_text(study, k):
    """Optimizer and every hyperparameter run ``k`` uses, e.g. ``adam (α = 0.05, ...)``."""
    parts = []
    for column, symbol in SETTINGS:
        value = float(study.runs(column)[k])
        if not np.isnan(value):
            parts.append(f"{symbol} = {style.number(value)}")
    schedule = str(study.runs("schedule")[k])
    if schedule != "constant":
        rate = style.number(study.runs("schedule_rate")[k])
        parts.append(f"{schedule} schedule, rate {rate}")
    parts.append(f"{study.runs('convention')[k]} convention")
    if study.task is not None:
        parts.append(f"batch size {int(study.runs('batch_size')[k])}")
    return f"{study.runs('optimizer')[k]} ({', '.join(parts)})"


def outcome_text(study, k):
    """How run ``k`` ended: ``converged at step 309``, ``took all 500 steps``, ..."""
    status, stop = int(study.data("status")[k]), int(study.data("stop_step")[k])
    if study.task is not None:
        epoch = int(study.data("stop_epoch")[k])
        if status == 1:
            return f"took all {epoch} epochs ({stop} updates)"
        return f"{STATUS_NAMES.get(status, f'status {status}')} in epoch {epoch} " \
               f"(update {stop})"
    if status == 1:
        return f"took all {stop} steps"
    return f"{STATUS_NAMES.get(status, f'status {status}')} at step {stop}"


def runs_text(study, indices=None, limit=16):
    """One ``settings: outcome`` phrase per run, joined by ``; ``, at most ``limit`` of them."""
    indices = list(range(study.run_count) if indices is None else indices)
    text = "; ".join(f"{settings_text(study, k)}: {outcome_text(study, k)}"
                     for k in indices[:limit])
    if len(indices) > limit:
        text += f"; and {len(indices) - limit} more runs"
    return text


def stop_text(study):
    """The study's steps and stop rule, e.g. ``1000 steps, stop at cost_tol 1e-12``."""
    attrs = study.attrs
    rules = [f"{key} {style.number(attrs[key])}"
             for key in ("cost_tol", "grad_tol", "diverge_above")
             if key in attrs and float(attrs[key]) >= 0]
    every = int(attrs.get("record_every", 1))
    unit = "epoch" if study.task is not None else "step"
    record = {0: "final state only recorded", 1: f"every {unit} recorded"}.get(
        every, f"recorded every {every} {unit}s")
    stop = f"stop at {', '.join(rules)}" if rules else "no stop rule"
    return f"{attrs.get('steps', '?')} {unit}s, {stop}, {record}"
