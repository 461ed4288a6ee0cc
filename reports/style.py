"""The shared look of every figure and the deterministic way each one is saved.

Every figure is drawn with matplotlib's Agg-based writers from its built-in defaults plus
`RC` (DejaVu Sans shipped with matplotlib, fixed dpi, a fixed SVG hash salt), never from the
user's matplotlibrc, and saved without dates or version strings that would change the bytes
of a regenerated file.
"""

import contextlib
import logging
import math
import os
import textwrap

import matplotlib
import numpy as np

matplotlib.use("Agg")

from matplotlib import colors, ticker  # noqa: E402  (after choosing the backend)
from matplotlib.figure import Figure  # noqa: E402

_log = logging.getLogger(__name__)

DPI = 150
"""Resolution of the PNG files, dots per inch."""

FORMATS = ("png", "svg", "pdf")
"""The files written for each figure, in this order."""

RC = {
    "font.family": "DejaVu Sans",
    "mathtext.fontset": "dejavusans",
    "font.size": 9.0,
    "axes.titlesize": 9.5,
    "axes.labelsize": 9.0,
    "legend.fontsize": 8.0,
    "figure.titlesize": 11.0,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "svg.hashsalt": "optbench-reports",
    "svg.fonttype": "path",
    "pdf.fonttype": 3,
    "path.simplify": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "grid.linewidth": 0.5,
}
"""rcParams applied on top of matplotlib's defaults while figures are drawn and saved."""

_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}

_KNOWN_OPTIMIZERS = ("gd", "momentum", "rmsprop", "adam", "adamw", "nesterov", "sgd")
_PALETTE = ("C0", "C1", "C2", "C3", "C4", "C5", "C6", "C8", "C9", "C7")
LINESTYLES = ("-", "--", ":", "-.")
"""Line styles that tell apart runs of one optimizer with different settings."""


@contextlib.contextmanager
def figure_style():
    """Draw and save inside matplotlib's defaults plus `RC`, whatever the user's rc file."""
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(RC)
        yield


def new_figure(width, height):
    """A figure of ``width`` x ``height`` inches with constrained layout, outside pyplot.

    Parameters
    ----------
    width, height : float
        Size in inches.

    Returns
    -------
    matplotlib.figure.Figure
    """
    return Figure(figsize=(width, height), dpi=DPI, layout="constrained")


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_label(value, _position=None):
    """Tick text for a log axis: ``10⁻⁵`` for powers of ten, else the number (no mathtext)."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else ""
    exponent = math.log10(abs(value))
    if abs(exponent - round(exponent)) > 1e-9:
        return f"{value:g}"
    sign = "−" if value < 0 else ""
    return f"{sign}10{str(int(round(exponent))).translate(_SUPERSCRIPTS)}"


def log_ticks(axis):
    """Label ``axis`` (an `matplotlib.axis.Axis` or a colour bar's) with `power_label`."""
    axis.set_major_formatter(ticker.FuncFormatter(power_label))
    axis.set_minor_formatter(ticker.NullFormatter())


def save_figure(fig, folder, stem):
    """Write ``fig`` as ``<stem>.png``, ``.svg`` and ``.pdf`` in ``folder``.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to save.
    folder : str
        Existing output folder.
    stem : str
        File name without extension.

    Returns
    -------
    list of str
        The file names written, in `FORMATS` order. The layout computed for the PNG is kept
        for the SVG and PDF (``fig``'s layout engine is switched off after the first save).
    """
    names = []
    for fmt in FORMATS:
        name = f"{stem}.{fmt}"
        fig.savefig(os.path.join(folder, name), format=fmt, dpi=DPI,
                    metadata=_METADATA[fmt])
        # The first save placed every axes; the other formats reuse that layout.
        fig.set_layout_engine("none")
        names.append(name)
    return names


def optimizer_colours(names):
    """One colour per optimizer name, the same in every figure for the known optimizers.

    Parameters
    ----------
    names : iterable of str
        Optimizer names present in a figure.

    Returns
    -------
    dict
        Name to matplotlib colour.
    """
    present = {str(name) for name in names}
    ordered = list(_KNOWN_OPTIMIZERS) + sorted(present - set(_KNOWN_OPTIMIZERS))
    return {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(ordered)
            if name in present}


def optimizer_widths(order):
    """Line width per optimizer: each later one thinner, so coinciding curves stay visible."""
    return {name: 1.3 + 0.4 * (len(order) - 1 - i) for i, name in enumerate(order)}


def lighter(colour, fraction):
    """``colour`` mixed with white by ``fraction`` (0: unchanged, 1: white), as RGB."""
    rgb = np.array(colors.to_rgb(colour))
    return tuple(rgb + (1.0 - rgb) * fraction)


def optimizer_order(names):
    """Distinct optimizer names, known ones in their usual order, then the rest sorted."""
    distinct = {str(name) for name in names}
    known = [name for name in _KNOWN_OPTIMIZERS if name in distinct]
    return known + sorted(distinct - set(_KNOWN_OPTIMIZERS))


def wrap(text, width_inches, fontsize=None):
    """``text`` (its lines) broken into lines that fit ``width_inches`` at ``fontsize`` points.

    Constrained layout makes room for titles above the axes but does not shorten them, so
    long titles (study names come from the file) are wrapped before they are drawn.
    """
    size = fontsize or RC["figure.titlesize"]
    columns = max(20, int(width_inches * 72.0 / (size * 0.6)))
    return "\n".join("\n".join(textwrap.wrap(line, columns, break_on_hyphens=False)) or line
                     for line in text.split("\n"))


def number(value):
    """A hyperparameter or measurement as short text: ``0.001``, ``5e-05``, ``—`` for NaN."""
    value = float(value)
    if math.isnan(value):
        return "—"
    return f"{value:.4g}"


def slug(name):
    """``name`` reduced to letters, digits, ``.``, ``_`` and ``-`` for use in file names."""
    kept = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "-" for c in name)
    return kept.strip(".-") or "unnamed"


def finite_or_nan(values):
    """``values`` as float with every non-finite entry replaced by NaN (a gap in a line)."""
    values = np.asarray(values, dtype=float)
    return np.where(np.isfinite(values), values, np.nan)
