"""What a figure module hands to the renderer: a named figure and how to make it."""

import dataclasses
from typing import Callable

from matplotlib.figure import Figure


@dataclasses.dataclass(frozen=True)
class FigureJob:
    """One figure that applies to the results file, not drawn yet.

    Attributes
    ----------
    name : str
        File stem, unique in the report, e.g. ``landscape-rosenbrock``.
    kind : str
        The figure module's ``KIND``.
    title : str
        Heading of the figure in ``index.md``.
    draw : callable
        Returns the finished `matplotlib.figure.Figure`; reads the file through `Results`.
    caption : callable
        Returns the caption text for ``index.md``, generated from the data.
    """

    name: str
    kind: str
    title: str
    draw: Callable[[], Figure]
    caption: Callable[[], str]
