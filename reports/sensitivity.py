"""Sensitivity: final cost over a sweep of two hyperparameters, one heat map per study.

For a study whose runs use one optimizer and vary at least two hyperparameter columns
(``runs/learning_rate``, ``beta``, ``beta1``, ``beta2``, ``epsilon``, ``schedule_rate``, a
task's ``batch_size``, the initial point ``runs/init`` or ``runs/seed``; the first two that
vary, in that order), a heat map of the final cost minus the known minimum (``cost`` at
``stop_step``, ``landscape/minimum_value``, or a task's least-squares ``optimal_cost``) on a
log colour scale, gaps at or below rounding (2⁻⁵² of J*) at that floor; diverged runs
(``status`` 2) are hatched. A cell holding several runs (a third column varies) shows their
median. Written by ``optbench run`` for scenarios with a ``sweep`` over two keys.
"""

import functools
import logging

import numpy as np
from matplotlib import colors, patches, ticker

from reports import captions, style
from reports.figure import FigureJob
from reports.landscape import cost_offset
from reports.results import DIVERGED

_log = logging.getLogger(__name__)

KIND = "sensitivity"

COLUMNS = (("learning_rate", "learning rate α"), ("beta", "β"), ("beta1", "β1"),
           ("beta2", "β2"), ("epsilon", "ε"), ("schedule_rate", "schedule rate"),
           ("batch_size", "batch size"), ("init", "initial point"), ("seed", "seed"))
"""Hyperparameter columns a sweep may vary, in the order they are picked, with labels."""

_LABELS = dict(COLUMNS)

MAX_ANNOTATED_CELLS = 64
"""Cells are labelled with their value when the map has at most this many."""


def figures(results):
    """One `FigureJob` per study that sweeps two hyperparameters of one optimizer.

    Parameters
    ----------
    results : reports.results.Results

    Returns
    -------
    list of FigureJob
    """
    jobs = []
    for study in results.studies():
        axes = swept_columns(study)
        if axes is None or len(axes) < 2:
            _log.info("%s figure: skipped study %s (%s)", KIND, study.name,
                      "several optimizers" if axes is None else
                      f"{len(axes)} swept hyperparameter(s)")
            continue
        jobs.append(FigureJob(
            name=f"sensitivity-{style.slug(study.name)}", kind=KIND,
            title=f"{study.name}: final cost over {axes[0]} × {axes[1]}",
            draw=functools.partial(draw, study), caption=functools.partial(caption, study)))
    return jobs


def column_codes(study, column):
    """Distinct values of ``column`` and each run's index into them.

    ``init`` rows are numbered in order of first appearance; numbers are sorted, NaN last.

    Returns
    -------
    values : numpy.ndarray
    codes : numpy.ndarray of int, shape [K]
    """
    data = study.runs(column)
    if column == "init":
        _, first, codes = np.unique(data, axis=0, return_index=True, return_inverse=True)
        order = np.argsort(np.argsort(first))
        return data[np.sort(first)], order[codes.reshape(-1)]
    values, codes = np.unique(data, return_inverse=True)
    return values, codes.reshape(-1)


def swept_columns(study):
    """Names of the columns that vary (first two used), or None with several optimizers."""
    if study.run_count == 0 or len(set(study.runs("optimizer"))) != 1:
        return None
    return [column for column, _ in COLUMNS
            if study.results.has(f"{study.path}/runs/{column}")
            and len(column_codes(study, column)[0]) >= 2]


def heat_map(study):
    """The map's cells, from the data.

    Returns
    -------
    gap : numpy.ndarray, shape [ny, nx]
        Median over the cell's runs of the final cost minus J* (NaN for an empty cell).
    diverged : numpy.ndarray of bool, shape [ny, nx]
        Whether any run in the cell diverged.
    x, y : tuple
        ``(column, values)`` of the horizontal and vertical axes.
    """
    x_column, y_column = swept_columns(study)[:2]
    (x_values, x_codes), (y_values, y_codes) = (column_codes(study, x_column),
                                                column_codes(study, y_column))
    offset = cost_offset(study)[0]
    # A gap at or below rounding (2⁻⁵² of J*) is drawn at that floor, not as a missing cell.
    floor = max(abs(offset) * 2.0 ** -52, np.finfo(float).tiny)
    final = study.final_costs() - offset
    final = np.where(np.isfinite(final), np.maximum(final, floor), final)
    diverged_runs = study.data("status") == DIVERGED
    gap = np.full((len(y_values), len(x_values)), np.nan)
    diverged = np.zeros(gap.shape, dtype=bool)
    for i, j in sorted(set(zip(y_codes.tolist(), x_codes.tolist()))):
        cell = (y_codes == i) & (x_codes == j)
        gap[i, j] = np.median(final[cell])
        diverged[i, j] = bool(np.any(diverged_runs[cell]))
    return gap, diverged, (x_column, x_values), (y_column, y_values)


def value_norm(gap, diverged):
    """Log colour scale over the finite positive cells that did not diverge."""
    usable = gap[np.isfinite(gap) & (gap > 0) & ~diverged]
    if usable.size == 0:
        return colors.LogNorm(1e-16, 1.0)
    low, high = float(usable.min()), float(usable.max())
    return colors.LogNorm(low, high if high > low else low * 10.0)


def draw(study):
    """The heat map of ``study``.

    Returns
    -------
    matplotlib.figure.Figure
        Axes 0 holds the map: its first collection is the `QuadMesh` whose array is the
        ``gap`` of `heat_map`, masked where not finite.
    """
    gap, diverged, x, y = heat_map(study)
    fig = style.new_figure(max(5.5, 0.75 * len(x[1]) + 3.2), max(4.2, 0.45 * len(y[1]) + 2.2))
    ax = fig.subplots()
    mesh = ax.pcolormesh(np.ma.masked_invalid(gap), norm=value_norm(gap, diverged),
                         cmap=_colour_map(), edgecolors="white", linewidth=0.5, gid="heat-map")
    bar = fig.colorbar(mesh, ax=ax, extend="max" if diverged.any() else "neither")
    bar.formatter = ticker.FuncFormatter(style.power_label)
    bar.set_label(f"final {cost_offset(study)[1]}")
    mark_diverged(ax, diverged)
    annotate(ax, gap, diverged)
    label_axes(ax, x, y)
    ax.set_title(style.wrap(f"{study.name}: final cost of {study.runs('optimizer')[0]} over "
                            f"{_LABELS[x[0]]} × {_LABELS[y[0]]}{_median_note(study, gap)}",
                            fig.get_figwidth() - 1.5, style.RC["axes.titlesize"]))
    return fig


def _median_note(study, gap):
    """``, median of N runs per cell`` when a third column varies, else nothing."""
    per_cell = study.run_count / max(1, np.count_nonzero(~np.isnan(gap)))
    return f", median of {per_cell:g} runs per cell" if per_cell > 1 else ""


def _colour_map():
    """Light for low cost, dark blue for high; grey for empty or zero cells and above the
    range of the runs that did not diverge."""
    cmap = colors.LinearSegmentedColormap.from_list("final-cost", ["#f7fbff", "#08306b"])
    cmap.set_bad("#dddddd")
    cmap.set_over("#e6e6e6")
    return cmap


def mark_diverged(ax, diverged):
    """Hatch each cell whose runs diverged (gids ``diverged-<row>-<column>``)."""
    for i, j in zip(*np.nonzero(diverged)):
        ax.add_patch(patches.Rectangle((j, i), 1, 1, fill=False, hatch="xx",
                                       edgecolor="#c62828", linewidth=0.0,
                                       gid=f"diverged-{i}-{j}"))


def annotate(ax, gap, diverged):
    """Write each cell's value (or ``diverged``) in it when the map is small enough."""
    if gap.size > MAX_ANNOTATED_CELLS:
        return
    norm = ax.collections[0].norm
    for (i, j), value in np.ndenumerate(gap):
        if np.isnan(value):
            continue
        text = "diverged" if diverged[i, j] else f"{value:.1e}"
        dark = not diverged[i, j] and np.isfinite(value) and value > 0 and norm(value) > 0.6
        box = {"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"}
        ax.text(j + 0.5, i + 0.5, text, ha="center", va="center", fontsize=7,
                color="white" if dark else "black", bbox=box if diverged[i, j] else None)


def tick_labels(column, values):
    """Tick text for ``values`` of ``column``: numbers, or points for initial points."""
    if column == "init":
        return ["(" + ", ".join(style.number(v) for v in row[:3]) +
                (", …)" if row.size > 3 else ")") for row in values]
    return [style.number(value) for value in values]


def label_axes(ax, x, y):
    """Category ticks at cell centres and axis labels from the column names."""
    for (column, values), axis in ((x, ax.xaxis), (y, ax.yaxis)):
        axis.set_ticks(np.arange(len(values)) + 0.5, tick_labels(column, values))
    ax.tick_params(axis="x", labelrotation=30 if len(x[1]) > 6 else 0)
    ax.set(xlabel=_LABELS[x[0]], ylabel=_LABELS[y[0]])
    ax.grid(False)


def caption(study):
    """Caption for ``index.md``: the swept columns, the cells and each run."""
    gap, diverged, x, y = heat_map(study)
    counts = np.bincount(study.data("status").astype(int), minlength=3)
    return (f"Study {study.name} of {captions.scenario_text(study)}: "
            f"{study.runs('optimizer')[0]} over {x[0]} ({len(x[1])} values) × {y[0]} "
            f"({len(y[1])} values), {study.run_count} runs ({counts[0]} converged, "
            f"{counts[1]} at max steps, {counts[2]} diverged, hatched); colour: final "
            f"{cost_offset(study)[1]} (median over a cell's runs). "
            f"{captions.stop_text(study)}. Runs: {captions.runs_text(study)}.")
