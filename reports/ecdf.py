"""Runtime ECDF: fraction of (run, target) pairs reached against step, COCO style.

One figure per scenario (the study attribute ``scenario``), one panel per study on a landscape
with a known minimum and, when the scenario has several such studies, one panel over all of
them. Targets are J* + 10^k for k = 2, 1.8, ..., -8 (see `reports.targets`); a run reaches a
target at the first recorded step where ``cost`` − J* is at most the target gap. One
step curve per optimizer (``runs/optimizer``). Reads ``cost``, ``step``, ``stop_step`` and
``landscape/minimum_value``; written by ``optbench run`` for any scenario.
"""

import functools
import logging
import math

import numpy as np

from reports import captions, style, targets
from reports.figure import FigureJob

_log = logging.getLogger(__name__)

KIND = "ecdf"


def scenario_groups(results):
    """Studies with a known minimum grouped by scenario, both sorted; logs the others."""
    groups = {}
    for study in results.studies():
        if targets.applies(study):
            groups.setdefault(study.scenario, []).append(study)
        else:
            _log.info("%s figure: skipped study %s (no landscape minimum or no runs)", KIND,
                      study.name)
    return dict(sorted(groups.items()))


def figures(results):
    """One `FigureJob` per scenario with at least two runs on known-minimum landscapes.

    Parameters
    ----------
    results : reports.results.Results

    Returns
    -------
    list of FigureJob
    """
    jobs = []
    for scenario, studies in scenario_groups(results).items():
        if sum(study.run_count for study in studies) < 2:
            _log.info("%s figure: skipped scenario %s (fewer than two runs)", KIND, scenario)
            continue
        jobs.append(FigureJob(
            name=f"ecdf-{style.slug(scenario)}", kind=KIND,
            title=f"{scenario}: runs reaching cost targets against step",
            draw=functools.partial(draw, scenario, studies),
            caption=functools.partial(caption, scenario, studies)))
    return jobs


def optimizer_hits(studies):
    """Steps to every target of every run, pooled per optimizer over ``studies``.

    Returns
    -------
    dict
        Optimizer name to a flat array of hitting steps (``inf``: not reached), one entry
        per (run, target) pair; optimizers in `reports.style.optimizer_order`.
    """
    pooled = {}
    for study in studies:
        hits = targets.hitting_steps(study)
        for name, row in zip(study.runs("optimizer"), hits):
            pooled.setdefault(str(name), []).append(row)
    return {name: np.concatenate(pooled[name]) for name in style.optimizer_order(pooled)}


def ecdf_curve(hits, last_step):
    """The step curve of one optimizer.

    Parameters
    ----------
    hits : numpy.ndarray
        Hitting steps of its (run, target) pairs, ``inf`` where not reached.
    last_step : float
        Where the curve ends on the right.

    Returns
    -------
    steps, fractions : numpy.ndarray
        ``fractions[i]`` is the share of pairs reached at or before ``steps[i]``; starts at
        (0, 0) and ends at (last_step, final share), to be drawn ``steps-post``.
    """
    reached = np.sort(hits[np.isfinite(hits)])
    unique, counts = np.unique(reached, return_counts=True)
    fractions = np.cumsum(counts) / hits.size
    final = fractions[-1] if fractions.size else 0.0
    steps = np.concatenate([[0.0], unique, [max(last_step, unique.max(initial=0.0))]])
    return steps, np.concatenate([[0.0], fractions, [final]])


def draw(scenario, studies):
    """The ECDF figure of one scenario.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per study of ``studies`` (in order), then the pooled panel if there are
        several; curves have gids ``ecdf-<panel>-<optimizer>``.
    """
    panels = [(study.name, [study]) for study in studies]
    if len(studies) > 1:
        panels.append((f"all {len(studies)} studies", studies))
    columns = 2 if len(panels) == 4 else min(3, len(panels))
    rows = math.ceil(len(panels) / columns)
    fig = style.new_figure(4.0 * columns + 1.0, 3.2 * rows + 0.7)
    axes = fig.subplots(rows, columns, squeeze=False).ravel()
    colours = style.optimizer_colours(name for study in studies
                                      for name in study.runs("optimizer"))
    for ax, (title, members) in zip(axes, panels):
        draw_panel(ax, title, members, colours)
    for ax in axes[len(panels):]:
        ax.set_visible(False)
    axes[len(panels) - 1].legend(loc="upper left", title="optimizer")
    fig.suptitle(style.wrap(f"{scenario}: share of (run, target) pairs reached\ntargets "
                            f"J* + 10ᵏ, k = 2 … −8 ({targets.TARGET_GAPS.size} per run)",
                            fig.get_figwidth()))
    return fig


def draw_panel(ax, title, studies, colours):
    """One panel: an ECDF curve per optimizer over ``studies``."""
    last = max(float(study.data("step")[-1]) for study in studies)
    runs = sum(study.run_count for study in studies)
    pooled = optimizer_hits(studies)
    widths = style.optimizer_widths(list(pooled))
    for name, hits in pooled.items():
        steps, fractions = ecdf_curve(hits, last)
        ax.plot(steps, fractions, drawstyle="steps-post", color=colours[name],
                linewidth=widths[name], label=name, gid=f"ecdf-{style.slug(title)}-{name}")
    ax.set_xscale("symlog", linthresh=1.0, linscale=0.4)
    style.log_ticks(ax.xaxis)
    ax.set(xlim=(0.0, last * 1.05 if last > 0 else 1.0), ylim=(-0.02, 1.02),
           xlabel="step (log scale, 0 at left)",
           ylabel="fraction of (run, target) pairs", title=f"{title} ({runs} runs)")


def caption(scenario, studies):
    """Caption for ``index.md``: scenario, targets, and each optimizer's pooled share."""
    pooled = optimizer_hits(studies)
    shares = ", ".join(f"{name} {np.isfinite(hits).mean():.0%}"
                       for name, hits in pooled.items())
    names = ", ".join(study.name for study in studies)
    return (f"Runtime ECDF of {captions.scenario_text(studies[0])}, studies {names}. "
            f"Targets: J* + 10^k for {targets.TARGET_GAPS.size} values of k from 2 to −8; "
            f"a run reaches a target at the first recorded step where J − J* is at most "
            f"10^k. Share of all (run, target) pairs reached by the last step: {shares}.")
