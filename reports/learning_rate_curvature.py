"""Learning rate against curvature: the article's second figure.

A grid of panels over the 1-D quadratic studies (landscape ``quadratic``, ``dim`` 1): one row
per curvature a (the ``landscape`` attribute ``curvature``; one study per curvature), one
column per learning rate α (``runs/learning_rate``). Each panel shows the parabola
J* + a/2 (w − w*)² (``landscape/minima``, ``landscape/minimum_value``), the first iterates
``params[k, :11]`` with their stored ``cost``, the linear approximation that each gradient
step follows, and its error; the title gives a, α and αa, and the label converges,
oscillates or diverges comes from the data (``status``, sign changes of w − w*). Written by
``optbench run scenarios/seed/learning-rate-curvature.yaml``.
"""

import functools
import logging

import numpy as np

from reports import captions, style
from reports.figure import FigureJob
from reports.results import DIVERGED

_log = logging.getLogger(__name__)

KIND = "learning-rate-curvature"

ITERATES = 10
"""Updates shown per panel (iterates 0 to 10)."""

_PANEL_WIDTH = 2.8  # inches per column
_REGIME_COLOURS = {"converges": "#1a7f37", "oscillates": "#b35900", "diverges": "#c62828"}


def applies(study):
    """Whether ``study`` is a 1-D quadratic with runs."""
    return study.landscape == "quadratic" and study.dim == 1 and study.run_count > 0


def figures(results):
    """One `FigureJob` over all 1-D quadratic studies, or none.

    Parameters
    ----------
    results : reports.results.Results

    Returns
    -------
    list of FigureJob
    """
    studies = []
    for study in results.studies():
        if applies(study):
            studies.append(study)
        else:
            _log.info("%s figure: skipped study %s (landscape %s, dim %s)", KIND, study.name,
                      study.landscape, study.attrs.get("dim"))
    if not studies:
        return []
    return [FigureJob(name="learning-rate-curvature", kind=KIND,
                      title="learning rate against curvature on 1-D quadratics",
                      draw=functools.partial(draw, studies),
                      caption=functools.partial(caption, studies))]


def curvature(study):
    """The study's curvature a (``landscape`` attribute ``curvature``, first entry)."""
    value = study.results.attr(f"{study.path}/landscape", "curvature")
    return float(np.ravel(value)[0])


def layout(studies):
    """Rows (studies by curvature, then name) and columns (distinct learning rates)."""
    rows = sorted(studies, key=lambda study: (curvature(study), study.name))
    rates = np.unique(np.concatenate([study.runs("learning_rate") for study in rows]))
    return rows, rates


def regime(study, k):
    """``converges``, ``oscillates`` or ``diverges``, from run ``k``'s data.

    Diverged when its status says so; oscillating when w − w* changes sign anywhere up to
    its stop; converging otherwise.
    """
    if int(study.data("status")[k]) == DIVERGED:
        return "diverges"
    count = study.record_counts()[k]
    offset = study.data("params")[k, :count, 0] - study.data("landscape/minima")[0, 0]
    signs = np.sign(offset[offset != 0])
    return "oscillates" if np.any(signs[1:] != signs[:-1]) else "converges"


def draw(studies):
    """The panel grid: rows by curvature, columns by learning rate.

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.axes`` holds the panels of the 1-D quadratic ``studies`` row by row; a panel
        without a run is hidden.
    """
    rows, rates = layout(studies)
    fig = style.new_figure(_PANEL_WIDTH * len(rates) + 0.6, 2.5 * len(rows) + 0.9)
    axes = fig.subplots(len(rows), len(rates), squeeze=False)
    for i, study in enumerate(rows):
        runs = study.runs("learning_rate")
        for j, rate in enumerate(rates):
            matching = np.flatnonzero(runs == rate)
            if matching.size == 0:
                axes[i, j].set_visible(False)
                continue
            draw_panel(axes[i, j], study, matching)
    optimizers = sorted({str(name) for study in rows for name in study.runs("optimizer")})
    fig.suptitle(style.wrap(f"{', '.join(optimizers)} on J(w) = J* + a/2 (w − w*)²: "
                            f"learning rate α (columns) against curvature a (rows)",
                            fig.get_figwidth()))
    fig.supxlabel("parameter w")
    fig.supylabel("cost J(w)")
    first = next(ax for ax in axes.ravel() if ax.get_visible())
    first.legend(loc="best", fontsize=6.5, framealpha=0.85)
    return fig


def draw_panel(ax, study, runs):
    """Parabola, iterates, linear approximations and their errors of ``runs`` on ``ax``."""
    a = curvature(study)
    rate = float(study.runs("learning_rate")[runs[0]])
    for k in runs:
        draw_run(ax, study, k, a)
    label = regime(study, runs[0])
    ax.set_title(f"a = {style.number(a)}, α = {style.number(rate)}, "
                 f"αa = {style.number(a * rate)}\n{label}", fontsize=8.5, fontweight="bold",
                 color=_REGIME_COLOURS[label])
    ax.tick_params(labelsize=7)


def iterates(study, k):
    """Run ``k``'s first iterates up to its stop: w, their stored cost, and their count."""
    count = min(int(study.record_counts()[k]), ITERATES + 1)
    return study.data("params")[k, :count, 0], study.data("cost")[k, :count]


def draw_run(ax, study, k, a):
    """One run's parabola, iterates (gid ``iterates-<study>-<k>``) and tangent steps."""
    w, cost = iterates(study, k)
    centre = float(study.data("landscape/minima")[0, 0])
    floor = float(study.data("landscape/minimum_value")[0])
    reach = 1.15 * max(float(np.nanmax(np.abs(style.finite_or_nan(w) - centre))), 1e-12)
    grid = np.linspace(centre - reach, centre + reach, 201)
    ax.plot(grid, floor + 0.5 * a * (grid - centre) ** 2, color="C0", linewidth=1.2,
            label="J(w)", gid=f"parabola-{study.name}-{k}")
    tangent_x, tangent_y, error_x, error_y = tangent_steps(w, cost, a, centre)
    ax.plot(tangent_x, tangent_y, color="C1", linewidth=1.1, label="linear approximation",
            gid=f"tangents-{study.name}-{k}")
    ax.plot(error_x, error_y, color="C3", linewidth=1.0, linestyle=":",
            label="approximation error", gid=f"errors-{study.name}-{k}")
    ax.plot(w, cost, linestyle="none", marker="o", markersize=3.5, color="C0",
            markeredgecolor="black", markeredgewidth=0.5, label="iterate w_t",
            gid=f"iterates-{study.name}-{k}")


def tangent_steps(w, cost, a, centre):
    """Segments of each step along the tangent and of the approximation's error.

    From iterate t the step runs along the tangent J(w_t) + a (w_t − w*)(w − w_t) to
    w_{t+1}; the error is the vertical gap between that line and J(w_{t+1}). Segments are
    separated by NaN so that each kind is one line.

    Returns
    -------
    tangent_x, tangent_y, error_x, error_y : numpy.ndarray
    """
    start, end = w[:-1], w[1:]
    reached = cost[:-1] + a * (start - centre) * (end - start)
    gap = np.full(start.shape, np.nan)
    tangent_x = np.column_stack([start, end, gap]).ravel()
    tangent_y = np.column_stack([cost[:-1], reached, gap]).ravel()
    error_x = np.column_stack([end, end, gap]).ravel()
    error_y = np.column_stack([reached, cost[1:], gap]).ravel()
    return tangent_x, tangent_y, error_x, error_y


def caption(studies):
    """Caption for ``index.md``: the grid, each row's study and scenario, each run's fate."""
    rows, rates = layout(studies)
    parts = []
    for study in rows:
        fates = ", ".join(f"α = {style.number(study.runs('learning_rate')[k])} "
                          f"{regime(study, k)} ({captions.outcome_text(study, k)})"
                          for k in range(study.run_count))
        parts.append(f"a = {style.number(curvature(study))}: study {study.name} of "
                     f"{captions.scenario_text(study)}, {captions.stop_text(study)}; {fates}")
    return (f"Gradient steps on 1-D quadratics, {len(rows)} curvatures × {len(rates)} "
            f"learning rates; each panel shows up to {ITERATES} updates (dots: stored "
            f"iterates and costs; orange: the linear approximation each step follows; red "
            f"dotted: its error). Rows: " + "; ".join(parts) + ".")
