"""Landscape and trajectories: the article's third figure, one per 2-D landscape study.

Left, the landscape as a filled contour of the study's grid (``/grids/<name>``: ``value``,
``x``, ``y``, named by the study attribute ``grid``; log-scaled colours when the range is
wide) or, without a grid, the domain box; the known minima (``landscape/minima``); and each
run's path ``params[k, :n_k]`` up to its stop, start marked, one colour per optimizer.
Right, cost minus the known minimum (``cost``, ``landscape/minimum_value``) against
``step`` on a log scale. Written by ``optbench run`` for studies such as those of
``scenarios/seed/optimizer-comparison.yaml``.
"""

import functools
import logging

import numpy as np
from matplotlib import colors, lines, ticker

from reports import captions, style
from reports.figure import FigureJob
from reports.results import DIVERGED

_log = logging.getLogger(__name__)

KIND = "landscape"

MAX_RUNS = 64
"""Most trajectories drawn per figure; larger studies show an evenly spaced subset."""

_LOG_COLOURS_ABOVE = 10.0  # log colours when (max - min) exceeds this times (median - min)
_LEVELS = 24
_LOG_FLOOR = 1e-6  # δ added to value - min for log colours, relative to the range


def figures(results):
    """One `FigureJob` per study with a 2-D landscape.

    Parameters
    ----------
    results : reports.results.Results
        The open results file.

    Returns
    -------
    list of FigureJob
    """
    jobs = []
    for study in results.studies():
        if study.landscape is None or study.dim != 2 or study.run_count == 0:
            _log.info("%s figure: skipped study %s (dim %s, landscape %s)", KIND, study.name,
                      study.attrs.get("dim"), study.landscape)
            continue
        jobs.append(FigureJob(
            name=f"landscape-{style.slug(study.name)}", kind=KIND,
            title=f"{study.name}: trajectories on {study.landscape}",
            draw=functools.partial(draw, study), caption=functools.partial(caption, study)))
    return jobs


def drawn_runs(study):
    """Indices of the runs drawn: all, or `MAX_RUNS` evenly spaced ones."""
    count = study.run_count
    if count <= MAX_RUNS:
        return np.arange(count)
    _log.info("%s figure: study %s has %d runs; drawing %d of them", KIND, study.name,
              count, MAX_RUNS)
    return np.unique(np.linspace(0, count - 1, MAX_RUNS).round().astype(int))


def draw(study):
    """The landscape-and-trajectories figure of ``study``.

    Parameters
    ----------
    study : reports.results.Study
        A study on a 2-D landscape.

    Returns
    -------
    matplotlib.figure.Figure
        Axes 0: landscape and trajectories; axes 1: cost against step; then a colour bar
        when the study has a grid.
    """
    fig = style.new_figure(11.5, 4.8)
    ax_map, ax_cost = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.0, 1.1]})
    runs = drawn_runs(study)
    draw_landscape(ax_map, study)
    draw_trajectories(ax_map, study, runs)
    draw_cost(ax_cost, study, runs)
    draw_legend(ax_cost, ax_map)
    subject = f"{study.landscape} landscape"
    if study.name != study.landscape:
        subject = f"{study.name}: {subject}"
    fig.suptitle(style.wrap(f"{subject}, {len(runs)} of {study.run_count} runs",
                            fig.get_figwidth()))
    return fig


def draw_landscape(ax, study):
    """Filled contour of the grid (if any), known minima and the domain box on ``ax``."""
    domain = study.data("landscape/domain")
    grid = study.grid()
    if grid is None:
        ax.set(xlim=domain[0], ylim=domain[1], title="trajectories (no grid in the file)")
    else:
        draw_contour(ax, *grid)
        ax.set(title="trajectories over J(w)")
    minima = study.data("landscape/minima")
    if minima.size:
        ax.plot(minima[:, 0], minima[:, 1], linestyle="none", marker="*", markersize=13,
                color="gold", markeredgecolor="black", label="known minimum", gid="minima",
                zorder=5)
    ax.set(xlabel="parameter w₁", ylabel="parameter w₂", aspect=map_aspect(ax))
    ax.set_autoscale_on(False)


def map_aspect(ax):
    """``equal`` for linear axes whose ranges are within a factor 3, else ``auto``."""
    if ax.get_xscale() != "linear" or ax.get_yscale() != "linear":
        return "auto"
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    ratio = abs(y1 - y0) / max(abs(x1 - x0), 1e-300)
    return "equal" if 1.0 / 3.0 <= ratio <= 3.0 else "auto"


def contour_values(value):
    """Values, levels and norm of the filled contour: log colours when the range is wide.

    Parameters
    ----------
    value : numpy.ndarray
        Grid values.

    Returns
    -------
    shifted : numpy.ndarray
        ``value - min(value)``, plus δ = 1e-6 of the range when the colours are logarithmic.
    levels : numpy.ndarray
    norm : matplotlib.colors.Normalize
    """
    shifted = value - np.nanmin(value)
    top = float(np.nanmax(shifted))
    if top <= 0.0:
        return shifted, np.array([0.0, 1.0]), colors.Normalize(0.0, 1.0)
    if top > _LOG_COLOURS_ABOVE * float(np.nanmedian(shifted)):
        shifted = shifted + top * _LOG_FLOOR
        levels = np.geomspace(top * _LOG_FLOOR, top * (1.0 + _LOG_FLOOR), _LEVELS)
        return shifted, levels, colors.LogNorm(levels[0], levels[-1])
    return shifted, np.linspace(0.0, top, _LEVELS), colors.Normalize(0.0, top)


def draw_contour(ax, x, y, value):
    """Filled contour of ``value - min(value)`` over ``x``, ``y`` with a colour bar.

    Returns
    -------
    matplotlib.contour.QuadContourSet
        The filled contour (``zmin``, ``zmax`` and ``levels`` describe what it shows).
    """
    shifted, levels, norm = contour_values(value)
    cmap = colors.LinearSegmentedColormap.from_list("landscape", ["#fbfbfb", "#3c3c46"])
    filled = ax.contourf(x, y, shifted, levels=levels, norm=norm, cmap=cmap)
    ax.contour(x, y, shifted, levels=levels[::3], norm=norm, colors="white",
               linewidths=0.4, alpha=0.6)
    bar = ax.figure.colorbar(filled, ax=ax, shrink=0.9, pad=0.02)
    if isinstance(norm, colors.LogNorm):
        bar.locator, bar.formatter = ticker.LogLocator(), ticker.FuncFormatter(style.power_label)
    else:
        bar.locator = ticker.MaxNLocator(6)
    bar.set_label("J(w) − min J over the grid")
    ax.set(xlim=(x[0], x[-1]), ylim=(y[0], y[-1]))
    if _is_geometric(x):
        ax.set_xscale("log")
    if _is_geometric(y):
        ax.set_yscale("log")
    return filled


def _is_geometric(axis):
    """Whether grid ``axis`` is spaced evenly on a log scale rather than linearly."""
    if axis.size < 3 or np.any(axis <= 0):
        return False
    linear = np.allclose(np.diff(axis), axis[1] - axis[0], rtol=1e-6)
    ratios = axis[1:] / axis[:-1]
    return not linear and bool(np.allclose(ratios, ratios[0], rtol=1e-6))


def run_label(study, k):
    """Legend label of run ``k``: ``<optimizer>, α = <rate>`` and a non-constant schedule."""
    label = f"{study.runs('optimizer')[k]}, α = {style.number(study.runs('learning_rate')[k])}"
    schedule = study.runs("schedule")[k]
    return label if schedule == "constant" else f"{label} ({schedule})"


def run_styles(study, runs):
    """Colour, line style, line width and legend label of each drawn run.

    Runs share a hue per optimizer; each distinct label (learning rate, schedule) within an
    optimizer gets a lighter shade and the next line style. With several optimizers, each
    later one draws a thinner line, so that runs whose paths coincide stay visible.
    """
    optimizers = study.runs("optimizer")
    order = style.optimizer_order(optimizers[runs])
    palette, widths = style.optimizer_colours(order), style.optimizer_widths(order)
    labels = {k: run_label(study, k) for k in runs}
    variants = {name: list(dict.fromkeys(labels[k] for k in runs if optimizers[k] == name))
                for name in order}
    styles = {}
    for k in runs:
        name = optimizers[k]
        index = variants[name].index(labels[k])
        shade = style.lighter(palette[name], 0.5 * index / max(1, len(variants[name]) - 1))
        styles[k] = (shade, style.LINESTYLES[index % len(style.LINESTYLES)], widths[name],
                     labels[k])
    return styles


def draw_trajectories(ax, study, runs):
    """Each run's path ``params[k, :n_k]`` with its start marked (gids ``trajectory-k``)."""
    params = study.data("params")
    counts = study.record_counts()
    for k, (colour, linestyle, width, _) in run_styles(study, runs).items():
        path = style.finite_or_nan(params[k, :counts[k]])
        ax.plot(path[:, 0], path[:, 1], color=colour, linestyle=linestyle, linewidth=width,
                gid=f"trajectory-{k}")
        ax.plot(path[0, 0], path[0, 1], marker="o", markersize=6, color=colour,
                markerfacecolor="white", markeredgewidth=1.5, linestyle="none",
                gid=f"start-{k}", zorder=4)


def cost_offset(study):
    """The value subtracted from costs and the matching axis label."""
    minimum = study.minimum()
    if minimum is None:
        return 0.0, "cost J(w)"
    return minimum, "cost J(w) − J*"


def draw_cost(ax, study, runs):
    """Cost minus J* against step for each run, log scale (gids ``cost-k``)."""
    cost = study.data("cost")
    counts = study.record_counts()
    offset, label = cost_offset(study)
    ax.set_yscale("log")
    style.log_ticks(ax.yaxis)
    labelled = set()
    for k, (colour, linestyle, width, name) in run_styles(study, runs).items():
        gap = style.finite_or_nan(cost[k, :counts[k]] - offset)
        ax.plot(study.run_steps(k, counts[k]), gap, color=colour, linestyle=linestyle,
                linewidth=width, gid=f"cost-{k}", label=None if name in labelled else name)
        labelled.add(name)
    tolerance = float(study.attrs.get("cost_tol", -1.0))
    if tolerance > 0:
        ax.axhline(tolerance, color="0.4", linestyle=":", linewidth=1.0,
                   label=f"cost_tol = {style.number(tolerance)}")
    clip_diverged(ax, study, runs, offset)
    ax.set(xlabel="step", ylabel=f"{label} (log scale)", title="cost against step")


def draw_legend(ax, ax_map):
    """Legend right of ``ax``: its runs, then the map's minima and a start marker."""
    handles, labels = ax.get_legend_handles_labels()
    extra, extra_labels = ax_map.get_legend_handles_labels()
    start = lines.Line2D([], [], marker="o", markersize=6, color="0.3", linestyle="none",
                         markerfacecolor="white", markeredgewidth=1.5)
    ax.legend(handles + extra + [start], labels + extra_labels + ["start"],
              loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0,
              title="optimizer, α")


def clip_diverged(ax, study, runs, offset):
    """Keep the axis on the runs that did not diverge; diverged curves leave at the top."""
    status = study.data("status")
    kept = [k for k in runs if status[k] != DIVERGED]
    if len(kept) == len(runs) or not kept:
        return
    cost, counts = study.data("cost"), study.record_counts()
    top = max(np.nanmax(style.finite_or_nan(cost[k, :counts[k]] - offset)) for k in kept)
    if np.isfinite(top) and top > 0:
        ax.set_ylim(top=top * 100.0)


def caption(study):
    """Caption for ``index.md``: study, landscape, stop rule, runs and scenario."""
    grid = study.attrs.get("grid")
    background = f"contour of grid {grid}" if grid else "domain box (no grid in the file)"
    return (f"Study {study.name} of {captions.scenario_text(study)}. "
            f"Landscape {captions.landscape_text(study)}; {background}; stars mark the "
            f"known minima, circles the starting points. {captions.stop_text(study)}. "
            f"Runs: {captions.runs_text(study, drawn_runs(study))}.")
