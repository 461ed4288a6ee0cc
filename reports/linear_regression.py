"""Regression tasks: the article's first figure, one per ``linear_regression`` task study.

Left, the training sample (``data/x``, ``data/y``; at most `MAX_POINTS` drawn) with the
ground-truth line (``data/truth``), the least-squares line (``data/optimum``) and the final
fit of each drawn run that did not diverge (``params`` at its last record). Middle, the cost
over the (w, b) grid (``/grids/...`` named by the study's ``grid`` attribute) with the truth,
the optimum and each run's path through its records. Right, cost minus the optimal cost
(``cost``, ``data`` attribute ``optimal_cost``) against epoch. Runs are coloured by batch
size (``runs/batch_size``) and dashed by learning rate.

A second figure per group of such studies that differ only in their sample size m (same
scenario, truth, noise, feature distribution and data seed) shows how far the least-squares
optimum lies from the truth (``data`` attribute ``optimum_truth_distance``) against m, with
the 1/√m line that the noise predicts. Other tasks (house prices, bounding boxes) get the
convergence panel alone. Gaps at or below rounding (2⁻⁵² of the optimal cost) are drawn at
that floor. Studies whose data or optimum are not finite are skipped. Written by
``optbench run`` for scenarios with ``task:``.
"""

import functools
import logging

import numpy as np

from reports import captions, style
from reports.figure import FigureJob
from reports.landscape import draw_contour
from reports.results import DIVERGED

_log = logging.getLogger(__name__)

KIND = "linear-regression"

MAX_RUNS = 12
"""At most this many runs are drawn per figure, evenly spaced over the study's runs."""

MAX_POINTS = 2000
"""At most this many samples are drawn in the data panel, evenly spaced."""

BATCH_COLOURS = ("tab:red", "tab:green", "tab:purple", "tab:orange", "tab:brown", "tab:pink")
"""One colour per batch size, smallest first; blue is the truth's."""


def _finite_task(study):
    """A task study with runs whose truth and least-squares optimum are finite numbers."""
    if study.task is None or study.run_count == 0:
        return False
    finite = bool(np.all(np.isfinite(study.data("data/truth"))) and
                  np.all(np.isfinite(study.data("data/optimum"))))
    if not finite:
        _log.info("%s figure: skipped study %s (its data or optimum are not finite)", KIND,
                  study.name)
    return finite


def figures(results):
    """One `FigureJob` per task study, and one per group of line fits that differ in m.

    Parameters
    ----------
    results : reports.results.Results

    Returns
    -------
    list of FigureJob
    """
    jobs = []
    groups = {}
    for study in results.studies():
        if not _finite_task(study):
            continue
        if study.task != "linear_regression":
            jobs.append(FigureJob(
                name=f"task-{style.slug(study.name)}", kind=KIND,
                title=f"{study.name}: {study.task} from {sample_count(study)} samples",
                draw=functools.partial(draw_task, study),
                caption=functools.partial(task_caption, study)))
            continue
        groups.setdefault(sample_size_group(study), []).append(study)
        jobs.append(FigureJob(
            name=f"linear-regression-{style.slug(study.name)}", kind=KIND,
            title=f"{study.name}: fitting a line to {sample_count(study)} samples",
            draw=functools.partial(draw, study), caption=functools.partial(caption, study)))
    for studies in groups.values():
        if len({sample_count(s) for s in studies}) < 2:
            continue
        stem = style.slug(studies[0].scenario)
        if sum(1 for g in groups.values() if g[0].scenario == studies[0].scenario) > 1:
            stem += "-" + style.slug(studies[0].name)
        jobs.append(FigureJob(
            name=f"linear-regression-sample-size-{stem}", kind=KIND,
            title=f"{studies[0].scenario}: distance from the optimum to the truth against "
                  f"sample size",
            draw=functools.partial(draw_sample_size, studies),
            caption=functools.partial(sample_size_caption, studies)))
    return jobs


def sample_size_group(study):
    """What must agree for two line fits to differ only in m: scenario, truth, noise, the
    feature's distribution and the data seed."""
    task = study.results.attrs(f"{study.path}/task")
    return (study.scenario, tuple(study.data("data/truth_raw")), float(task["noise_sd"]),
            int(task["seed"]), int(task["standardize"]),
            tuple(study.data("task/feature_parameters").reshape(-1)),
            tuple(str(v) for v in study.results.dataset(f"{study.path}/task/"
                                                        "feature_distribution")))


def sample_count(study):
    """The task's number of samples m."""
    return int(study.results.attr(f"{study.path}/task", "samples"))


def drawn_runs(study):
    """Indices of the runs drawn: all, or `MAX_RUNS` evenly spaced ones."""
    count = study.run_count
    if count <= MAX_RUNS:
        return np.arange(count)
    return np.unique(np.linspace(0, count - 1, MAX_RUNS).round().astype(int))


def run_styles(study, runs):
    """Colour by batch size and line style by learning rate for each drawn run; labels name
    the optimizer and the initial point too when the drawn runs differ in them."""
    batch = study.runs("batch_size")
    rate = study.runs("learning_rate")
    optimizer = study.runs("optimizer")
    init = study.runs("init")
    batches = sorted({int(batch[k]) for k in runs})
    rates = sorted({float(rate[k]) for k in runs})
    optimizers = {str(optimizer[k]) for k in runs}
    starts = {tuple(init[k]) for k in runs}
    ordered_starts = list(dict.fromkeys(tuple(point) for point in init))
    m = sample_count(study)
    styles = {}
    for k in runs:
        colour = BATCH_COLOURS[batches.index(int(batch[k])) % len(BATCH_COLOURS)]
        dash = style.LINESTYLES[rates.index(float(rate[k])) % len(style.LINESTYLES)]
        size = "full batch" if int(batch[k]) == m else f"batch {int(batch[k])}"
        label = f"{size}, α = {style.number(rate[k])}"
        if len(optimizers) > 1:
            label = f"{optimizer[k]}, {label}"
        if len(starts) > 1:
            label += (f", from ({', '.join(style.number(v) for v in init[k])})"
                      if init.shape[1] <= 2 else f", start {ordered_starts.index(tuple(init[k]))}")
        styles[k] = (colour, dash, label)
    return styles


def gap_floor(study):
    """The smallest gap drawn: 2⁻⁵² of the optimal cost (rounding), or the tiniest double."""
    optimal = study.minimum()
    return max(abs(optimal or 0.0) * 2.0 ** -52, np.finfo(float).tiny)


def draw(study):
    """The data, cost-landscape and convergence panels of ``study``.

    Returns
    -------
    matplotlib.figure.Figure
        Axes 0: data and fits; axes 1: cost over (w, b) with paths; axes 2: cost against
        epoch; then the grid's colour bar when there is a grid.
    """
    fig = style.new_figure(15.5, 4.8)
    # Room between the grid's colour bar and the cost panel's axis label.
    fig.get_layout_engine().set(wspace=0.06)
    ax_data, ax_map, ax_cost = fig.subplots(1, 3, gridspec_kw={"width_ratios": [1, 1, 1.15]})
    runs = drawn_runs(study)
    styles = run_styles(study, runs)
    draw_data(ax_data, study, runs, styles)
    draw_paths(ax_map, study, runs, styles)
    draw_gap(ax_cost, study, runs, styles)
    ax_cost.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0,
                   title="runs")
    fig.suptitle(style.wrap(f"{study.name}: y = w x + b from {sample_count(study)} noisy "
                            f"samples, {len(runs)} of {study.run_count} runs",
                            fig.get_figwidth()))
    return fig


def _line(ax, params, xs, **kwargs):
    return ax.plot(xs, params[0] * xs + params[1], **kwargs)


def draw_data(ax, study, runs, styles):
    """Samples, truth, least-squares line and final fits (gids ``samples``, ``truth-line``,
    ``optimum-line``, ``fit-k``)."""
    truth, optimum = study.data("data/truth"), study.data("data/optimum")
    if study.results.has(f"{study.path}/data/x"):
        x, y = study.data("data/x")[:, 0], study.data("data/y")[:, 0]
        shown = np.unique(np.linspace(0, x.size - 1, min(x.size, MAX_POINTS)).round()
                          .astype(int))
        ax.plot(x[shown], y[shown], linestyle="none", marker="o", markersize=3, color="0.55",
                alpha=0.6, gid="samples", label="samples")
        xs = np.array([np.min(x), np.max(x)])
    else:
        xs = np.array([-1.0, 1.0])
    final = study.data("params")[:, -1, :]
    status = study.data("status")
    for k in runs:
        if status[k] == DIVERGED:
            continue
        colour, dash, _ = styles[k]
        _line(ax, final[k], xs, color=colour, linestyle=dash, linewidth=1.2, gid=f"fit-{k}")
    _line(ax, truth, xs, color="tab:blue", linewidth=2.2, gid="truth-line", label="truth")
    _line(ax, optimum, xs, color="black", linestyle=(0, (1, 1)), linewidth=1.6,
          gid="optimum-line", label="least squares")
    ax.set(xlabel="x", ylabel="y", title="data, truth and final fits")
    ax.legend(loc="best")


def draw_paths(ax, study, runs, styles):
    """Cost over the (w, b) grid with the truth, the optimum and each run's recorded path
    (gids ``truth``, ``optimum``, ``path-k``)."""
    grid = study.grid()
    truth, optimum = study.data("data/truth"), study.data("data/optimum")
    if grid is not None:
        draw_contour(ax, *grid)
    params, counts = study.data("params"), study.record_counts()
    for k in runs:
        colour, dash, _ = styles[k]
        path = params[k, :counts[k], :]
        ax.plot(path[:, 0], path[:, 1], color=colour, linestyle=dash, linewidth=1.2,
                marker=".", markersize=3, gid=f"path-{k}")
    ax.plot(*truth, linestyle="none", marker="*", markersize=14, color="tab:blue",
            markeredgecolor="black", gid="truth", label="truth", zorder=5)
    ax.plot(*optimum, linestyle="none", marker="*", markersize=11, color="gold",
            markeredgecolor="black", gid="optimum", label="least squares", zorder=6)
    if grid is not None:
        ax.set(xlim=(grid[0][0], grid[0][-1]), ylim=(grid[1][0], grid[1][-1]),
               title="paths over J(w, b)")
    else:
        # No grid in the file: frame the truth, the optimum and the paths that stayed bounded.
        status = study.data("status")
        kept = [params[k, :counts[k], :] for k in runs if status[k] != DIVERGED]
        points = np.vstack([truth, optimum] + kept)
        low, high = points.min(axis=0), points.max(axis=0)
        pad = np.maximum((high - low) * 0.08, 1e-3 * np.maximum(np.abs(high), 1.0))
        ax.set(xlim=(low[0] - pad[0], high[0] + pad[0]), ylim=(low[1] - pad[1], high[1] + pad[1]),
               title="paths (no grid in the file)")
    ax.set(xlabel="w", ylabel="b")
    ax.legend(loc="lower right")
    ax.set_autoscale_on(False)


def draw_gap(ax, study, runs, styles):
    """Cost minus the optimal cost against epoch, log scale (gids ``gap-k``)."""
    cost, counts = study.data("cost"), study.record_counts()
    optimal = study.minimum()
    offset = 0.0 if optimal is None else optimal
    floor = gap_floor(study)
    ax.set_yscale("log")
    style.log_ticks(ax.yaxis)
    status = study.data("status")
    top = []
    for k in runs:
        colour, dash, label = styles[k]
        gap = np.maximum(style.finite_or_nan(cost[k, :counts[k]] - offset), floor)
        ax.plot(study.run_steps(k, counts[k]), gap, color=colour, linestyle=dash,
                linewidth=1.3, gid=f"gap-{k}",
                label=label + (" (diverged)" if status[k] == DIVERGED else ""))
        if status[k] != DIVERGED and np.any(np.isfinite(gap)):
            top.append(np.nanmax(gap))
    if top:
        ax.set_ylim(top=max(top) * 100.0)
    ylabel = "J(w, b)" if study.dim == 2 else "J(W, c)"
    ax.set(xlabel="epoch", ylabel=f"{ylabel} − J(optimum) (log scale)",
           title="cost above the least-squares optimum")


def caption(study):
    """Caption for ``index.md``: the task, its optimum and each drawn run."""
    task = study.results.attrs(f"{study.path}/task")
    data = study.results.attrs(f"{study.path}/data")
    truth, optimum = study.data("data/truth"), study.data("data/optimum")
    sign = "−" if truth[1] < 0 else "+"
    return (f"Study {study.name} of {captions.scenario_text(study)}: {int(task['samples'])} "
            f"samples of y = {style.number(truth[0])} x {sign} {style.number(abs(truth[1]))} with "
            f"gaussian noise of sd {style.number(task['noise_sd'])} (seed {int(task['seed'])}); "
            f"least-squares optimum w = {optimum[0]:.6g}, b = {optimum[1]:.6g}, "
            f"{float(data['optimum_truth_distance']):.3g} from the truth, optimal cost "
            f"{float(data['optimal_cost']):.6g}. {captions.stop_text(study)}. "
            f"Runs: {captions.runs_text(study, drawn_runs(study))}.")


def draw_task(study):
    """The convergence panel of a task other than a line fit.

    Returns
    -------
    matplotlib.figure.Figure
        Axes 0: cost above the least-squares optimum against epoch.
    """
    fig = style.new_figure(10.5, 4.8)
    ax = fig.subplots()
    runs = drawn_runs(study)
    draw_gap(ax, study, runs, run_styles(study, runs))
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0, title="runs")
    fig.suptitle(style.wrap(f"{study.name}: {study.task}, {study.dim} parameters from "
                            f"{sample_count(study)} samples, {len(runs)} of {study.run_count} "
                            f"runs", fig.get_figwidth()))
    return fig


def task_caption(study):
    """Caption for ``index.md``: the task, its optimum and each drawn run."""
    task = study.results.attrs(f"{study.path}/task")
    data = study.results.attrs(f"{study.path}/data")
    return (f"Study {study.name} of {captions.scenario_text(study)}: {study.task} with "
            f"{int(task['features'])} features and {int(task['outputs'])} output(s), "
            f"{int(task['samples'])} samples, gaussian noise of sd "
            f"{style.number(task['noise_sd'])} (seed {int(task['seed'])}); the least-squares "
            f"optimum is {float(data['optimum_truth_distance']):.3g} from the truth, optimal "
            f"cost {float(data['optimal_cost']):.6g}. {captions.stop_text(study)}. "
            f"Runs: {captions.runs_text(study, drawn_runs(study))}.")


def sample_size_points(studies):
    """(m, distance) per study, sorted by m."""
    points = sorted((sample_count(s),
                     float(s.results.attr(f"{s.path}/data", "optimum_truth_distance")))
                    for s in studies)
    return np.array([p[0] for p in points], float), np.array([p[1] for p in points])


def draw_sample_size(studies):
    """|optimum − truth| against m, log-log, with c/√m through the points' geometric mean
    (gids ``distance`` and ``reference``)."""
    m, distance = sample_size_points(studies)
    fig = style.new_figure(6.0, 4.5)
    ax = fig.subplots()
    ax.loglog(m, distance, linestyle="none", marker="o", markersize=7, color="tab:red",
              gid="distance", label="|optimum − truth|")
    scale = np.exp(np.mean(np.log(distance * np.sqrt(m))))
    xs = np.geomspace(m[0], m[-1], 50)
    ax.loglog(xs, scale / np.sqrt(xs), color="0.3", linestyle="--", gid="reference",
              label="c / √m")
    style.log_ticks(ax.xaxis)
    style.log_ticks(ax.yaxis)
    ax.set(xlabel="samples m", ylabel="distance from optimum to truth",
           title="more data, closer to the truth")
    ax.legend(loc="best")
    return fig


def sample_size_caption(studies):
    """Caption: the points and the fitted log-log slope (−0.5 expected)."""
    m, distance = sample_size_points(studies)
    slope = np.polyfit(np.log(m), np.log(distance), 1)[0] if m.size >= 2 else float("nan")
    points = "; ".join(f"m = {int(a)}: {b:.3g}" for a, b in zip(m, distance))
    return (f"Distance between the least-squares optimum and the ground truth for the "
            f"linear-regression studies of {captions.scenario_text(studies[0])}: {points}. "
            f"Fitted log-log slope {slope:.2f}; noise alone predicts −0.5 (one dataset per m, "
            f"so single points scatter around the line).")
