"""Performance profiles (Dolan & Moré 2002, as AlgoPerf uses them) across studies.

A problem is one study and one initial point (``runs/init``) on a landscape with a known
minimum; a solver is an optimizer (``runs/optimizer``), its cost on a problem the fewest
cost evaluations (step + 1) any of its runs there needs to bring ``cost`` − J* down to the
target (see `reports.targets`). For each target, ρ_s(τ) is the share of problems on which
optimizer s needs at most τ times the best optimizer's evaluations. Applies when at least two
studies each ran at least two optimizers. Written by ``optbench run`` for scenarios such as
``scenarios/seed/optimizer-comparison.yaml``.
"""

import logging

import numpy as np
from matplotlib import ticker

from reports import captions, style, targets
from reports.figure import FigureJob

_log = logging.getLogger(__name__)

KIND = "performance-profile"

PROFILE_GAPS = (1e-2, 1e-5, 1e-8)
"""Target gaps cost − J*, one panel each."""


def compared_studies(results):
    """Studies with a known minimum that ran two or more optimizers; logs the others."""
    chosen = []
    for study in results.studies():
        if targets.applies(study) and len(set(study.runs("optimizer"))) >= 2:
            chosen.append(study)
        else:
            _log.info("%s figure: skipped study %s (fewer than two optimizers or no known "
                      "minimum)", KIND, study.name)
    return chosen


def figures(results):
    """One `FigureJob` when two or more studies compare optimizers, else none.

    Parameters
    ----------
    results : reports.results.Results

    Returns
    -------
    list of FigureJob
    """
    studies = compared_studies(results)
    if len(studies) < 2:
        _log.info("%s figure: skipped (%d studies compare optimizers, 2 needed)", KIND,
                  len(studies))
        return []
    return [FigureJob(name="performance-profile", kind=KIND,
                      title="performance profiles of the optimizers across studies",
                      draw=lambda: draw(studies), caption=lambda: caption(studies))]


def problem_costs(studies, gap):
    """Evaluations each optimizer needs on each problem to reach ``gap``.

    Returns
    -------
    names : list of str
        Optimizers, in `reports.style.optimizer_order`.
    costs : numpy.ndarray, shape [problems, optimizers]
        Fewest evaluations (step + 1) over the optimizer's runs on the problem; ``inf``
        when none of them reached the target or it did not run there.
    """
    names = style.optimizer_order(name for study in studies for name in study.runs("optimizer"))
    rows = []
    for study in studies:
        hits = targets.hitting_steps(study, np.array([gap]))[:, 0] + 1.0
        optimizers = study.runs("optimizer")
        _, problems = np.unique(study.runs("init"), axis=0, return_inverse=True)
        for problem in range(int(problems.max()) + 1):
            rows.append([np.min(hits[(problems.reshape(-1) == problem) & (optimizers == name)],
                                initial=np.inf) for name in names])
    return names, np.array(rows, dtype=float)


def ratios(costs):
    """Performance ratios: each cost over the best cost on its problem (``inf``: failed)."""
    best = costs.min(axis=1, keepdims=True)
    with np.errstate(invalid="ignore"):
        ratio = costs / best
    return np.where(np.isfinite(costs) & np.isfinite(best), ratio, np.inf)


def profile_curve(ratio, tau_max):
    """ρ(τ) of one optimizer as a step curve from τ = 1 to ``tau_max``.

    Returns
    -------
    taus, shares : numpy.ndarray
        ``shares[i]`` is the share of problems with ratio at most ``taus[i]``.
    """
    finite = np.unique(ratio[np.isfinite(ratio)])
    taus = np.unique(np.concatenate([[1.0], finite, [tau_max]]))
    shares = np.array([np.mean(ratio <= tau) for tau in taus])
    return taus, shares


def tau_ticks(tau_max):
    """Readable ticks from 1 to ``tau_max``: 1, 1.25, 1.5, 2, 3, 4, then powers of two."""
    ticks = [1.0, 1.25, 1.5, 2.0, 3.0] if tau_max <= 4.0 else [1.0, 1.5, 2.0, 3.0]
    ticks += [float(2 ** p) for p in range(2, int(np.log2(tau_max)) + 1)]
    return [tau for tau in ticks if tau <= tau_max]


def draw(studies):
    """The profiles, one panel per target gap in `PROFILE_GAPS`.

    Parameters
    ----------
    studies : list of reports.results.Study

    Returns
    -------
    matplotlib.figure.Figure
        Curves have gids ``profile-<panel index>-<optimizer>``.
    """
    fig = style.new_figure(4.0 * len(PROFILE_GAPS) + 0.8, 3.8)
    axes = fig.subplots(1, len(PROFILE_GAPS), sharey=True)
    colours = style.optimizer_colours(name for study in studies
                                      for name in study.runs("optimizer"))
    for index, (ax, gap) in enumerate(zip(axes, PROFILE_GAPS)):
        draw_panel(ax, index, studies, gap, colours)
    axes[0].set_ylabel("share of problems ρ(τ)")
    axes[-1].legend(loc="upper left", bbox_to_anchor=(1.03, 1.0), borderaxespad=0.0,
                    title="optimizer")
    problems = problem_costs(studies, PROFILE_GAPS[0])[1].shape[0]
    fig.suptitle(style.wrap(f"Performance profiles over {problems} problems (study × "
                            f"initial point) in {len(studies)} studies", fig.get_figwidth()))
    return fig


def draw_panel(ax, index, studies, gap, colours):
    """One target's profile: a step curve per optimizer."""
    names, costs = problem_costs(studies, gap)
    ratio = ratios(costs)
    finite = ratio[np.isfinite(ratio)]
    tau_max = max(2.0, float(finite.max(initial=1.0)) * 1.5)
    widths = style.optimizer_widths(names)
    for column, name in enumerate(names):
        taus, shares = profile_curve(ratio[:, column], tau_max)
        ax.plot(taus, shares, drawstyle="steps-post", color=colours[name],
                linewidth=widths[name], label=name, gid=f"profile-{index}-{name}")
    ax.set_xscale("log", base=2)
    ax.xaxis.set_major_locator(ticker.FixedLocator(tau_ticks(tau_max)))
    ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda tau, _: f"{tau:g}"))
    ax.xaxis.set_minor_locator(ticker.NullLocator())
    ax.set(xlim=(1.0, tau_max), ylim=(-0.02, 1.02),
           xlabel="τ: evaluations / best evaluations (log₂)",
           title=f"target J − J* ≤ {style.number(gap)}")


def caption(studies):
    """Caption for ``index.md``: problems, targets, and who is best how often."""
    names, costs = problem_costs(studies, PROFILE_GAPS[-1])
    wins = ", ".join(f"{name} {int(np.sum(ratios(costs)[:, i] == 1.0))}"
                     for i, name in enumerate(names))
    sources = "; ".join(f"{study.name} of {captions.scenario_text(study)}"
                        for study in studies)
    return (f"Dolan–Moré performance profiles over {costs.shape[0]} problems (study × "
            f"initial point) for target gaps {', '.join(map(style.number, PROFILE_GAPS))}; "
            f"an optimizer's cost on a problem is the fewest evaluations (step + 1) of its "
            f"runs there. Problems on which each optimizer is best at gap "
            f"{style.number(PROFILE_GAPS[-1])}: {wins}. Studies: {sources}.")
