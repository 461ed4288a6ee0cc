"""Turning a results file into a report folder: figures, ``index.md`` and ``manifest.json``.

`render` draws every figure that applies into a folder and returns the manifest;
`write_report` renders into a temporary folder and then moves the files into the output
folder, so that a failure leaves the folder as it was; `check_report` renders into a
temporary folder and compares with an existing report. Figure modules are listed in
`FIGURE_MODULES`; a new figure kind (regression tasks, throughput) is one more module there.
"""

import hashlib
import json
import logging
import os
import tempfile

import h5py
import matplotlib
import numpy as np

from reports import (MANIFEST_SCHEMA, ReportError, ecdf, index, landscape, learning_rate_curvature,
                     linear_regression, performance_profile, sensitivity, style)

_log = logging.getLogger(__name__)

FIGURE_MODULES = (landscape, learning_rate_curvature, linear_regression, sensitivity, ecdf,
                  performance_profile)
"""Figure modules in index order; each has ``KIND`` and ``figures(results)``."""

INDEX = "index.md"
MANIFEST = "manifest.json"


def file_sha256(path):
    """SHA-256 of the file at ``path``, hexadecimal."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def figure_jobs(results):
    """Every `FigureJob` that applies to ``results``, in index order.

    Raises
    ------
    ReportError
        If two figures would share a file name.
    """
    jobs = [job for module in FIGURE_MODULES for job in module.figures(results)]
    names = [job.name for job in jobs]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ReportError(f"figures share the file names {duplicates}; rename the studies")
    return jobs


def render_figure(results, job, folder):
    """Draw and save one figure; return its manifest entry and caption."""
    _log.info("drawing %s", job.name)
    with results.recording() as read:
        fig = job.draw()
        text = job.caption()
    files = style.save_figure(fig, folder, job.name)
    datasets = {path: results.digest(path) for path in sorted(read)}
    entry = {"name": job.name, "kind": job.kind, "title": job.title, "files": files,
             "datasets": datasets}
    return entry, text


def render(results, folder):
    """Write every figure, ``index.md`` and ``manifest.json`` of ``results`` into ``folder``.

    Parameters
    ----------
    results : reports.results.Results
        The open, validated results file.
    folder : str
        An existing, empty folder.

    Returns
    -------
    dict
        The manifest as written.
    """
    entries, texts = [], []
    with style.figure_style():
        for job in figure_jobs(results):
            entry, text = render_figure(results, job, folder)
            entries.append(entry)
            texts.append(text)
    with open(os.path.join(folder, INDEX), "w", encoding="utf-8", newline="\n") as stream:
        stream.write(index.markdown(results, entries, texts))
    manifest = build_manifest(results, folder, entries)
    with open(os.path.join(folder, MANIFEST), "w", encoding="utf-8", newline="\n") as stream:
        stream.write(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return manifest


def build_manifest(results, folder, entries):
    """The manifest: tools, results-file provenance, each file's and figure's digests."""
    names = [name for entry in entries for name in entry["files"]] + [INDEX]
    return {
        "schema": MANIFEST_SCHEMA,
        "results": index.provenance(results),
        "tools": {"h5py": h5py.__version__, "matplotlib": matplotlib.__version__,
                  "numpy": np.__version__},
        "files": {name: file_sha256(os.path.join(folder, name)) for name in sorted(names)},
        "figures": entries,
    }


def write_report(results, output):
    """Render into a temporary folder, then move the files into ``output``.

    Files that an earlier manifest in ``output`` listed and this one does not are removed;
    other files in ``output`` are left alone.

    Returns
    -------
    dict
        The manifest written.
    """
    os.makedirs(output, exist_ok=True)
    stale = set(read_manifest(output).get("files", {})) if _has_manifest(output) else set()
    with tempfile.TemporaryDirectory(prefix=".reports-", dir=output) as scratch:
        manifest = render(results, scratch)
        for name in sorted(manifest["files"]) + [MANIFEST]:
            os.replace(os.path.join(scratch, name), os.path.join(output, name))
    for name in sorted(stale - set(manifest["files"])):
        _log.info("removing %s, no longer part of the report", name)
        os.remove(os.path.join(output, name))
    return manifest


def _has_manifest(folder):
    return os.path.isfile(os.path.join(folder, MANIFEST))


def read_manifest(folder):
    """The ``manifest.json`` of ``folder`` as a dict.

    Raises
    ------
    ReportError
        If it is missing or not valid JSON.
    """
    path = os.path.join(folder, MANIFEST)
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except FileNotFoundError as err:
        raise ReportError(f"{path}: not found; expected a report written by reports") from err
    except json.JSONDecodeError as err:
        raise ReportError(f"{path}: not valid JSON: {err}") from err


def compare(fresh_folder, fresh, folder):
    """Names of the files that differ between a fresh report and ``folder``.

    ``folder``'s manifest must list the files of the fresh report (in ``fresh_folder``,
    with manifest ``fresh``) with the same digests, and each file kept beside it must still
    match. A folder may keep the manifest alone (as the nightly baselines do): the digests
    then stand for the figures.

    Returns
    -------
    list of str
        ``<file> (<reason>)``, sorted by file; empty when the reports are identical.
    """
    wanted, listed = fresh["files"], read_manifest(folder).get("files", {})
    problems = {name: "not in the stored manifest" for name in wanted if name not in listed}
    problems.update({name: "no longer produced" for name in listed if name not in wanted})
    for name in sorted(set(wanted) & set(listed)):
        path = os.path.join(folder, name)
        kept_and_changed = os.path.isfile(path) and file_sha256(path) != wanted[name]
        if kept_and_changed or listed[name] != wanted[name]:
            problems[name] = "changed"
    if file_sha256(os.path.join(fresh_folder, MANIFEST)) != \
            file_sha256(os.path.join(folder, MANIFEST)):
        problems[MANIFEST] = "changed"
    return [f"{name} ({reason})" for name, reason in sorted(problems.items())]


def absent_files(folder):
    """Files ``folder``'s manifest lists that are not kept beside it, sorted."""
    listed = read_manifest(folder).get("files", {})
    return sorted(name for name in listed if not os.path.isfile(os.path.join(folder, name)))


def check_report(results, folder):
    """Render ``results`` into a temporary folder and compare it with ``folder``.

    Returns
    -------
    problems : list of str
        As `compare` returns them.
    count : int
        Number of files compared (in either report), the manifest included.
    """
    stored = read_manifest(folder)
    with tempfile.TemporaryDirectory(prefix="optbench-reports-") as scratch:
        fresh = render(results, scratch)
        problems = compare(scratch, fresh, folder)
    return problems, len(set(fresh["files"]) | set(stored.get("files", {}))) + 1
