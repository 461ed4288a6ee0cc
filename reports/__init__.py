"""Figures and a summary rebuilt from an optbench results file alone.

Run as ``python3 -m reports RESULTS.h5 -o DIR`` to write every figure that applies to the
file (PNG, SVG and PDF), an ``index.md`` with captions generated from the data and a
``manifest.json`` with the SHA-256 of every output and of every dataset each figure read;
``python3 -m reports RESULTS.h5 --check DIR`` rebuilds them in a temporary folder and
compares. The same file gives the same bytes, whatever its path and whenever it is run.

One module per figure kind (``landscape``, ``learning_rate_curvature``, ``sensitivity``,
``ecdf``, ``performance_profile``); each exposes ``KIND`` and ``figures(results)``, and
``reports.render.FIGURE_MODULES`` lists them in the order the index shows them.
"""

SCHEMA = "optbench/1"
"""The results-file schema this package reads (root attribute ``schema``)."""

MANIFEST_SCHEMA = "optbench-reports/1"
"""The layout of the ``manifest.json`` this package writes."""


class ReportError(Exception):
    """A report that cannot be made or checked: clashing figure names, no manifest in the
    folder given to ``--check``. The command line prints it as one line and exits 2."""
